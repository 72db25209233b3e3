using System.Text.Json;
using Contradictions.Mentions;
using Contradictions.Time;

namespace Contradictions.Tests.Mentions;

/// <summary>
/// Time mentions measured as TempEval-3 measures them, on text the project annotated: the five retold articles of
/// fixtures/articles, whose TIMEX3 extents, types and days are in fixtures/articles/timex.json (annotated by hand after
/// the TimeML guidelines, not from the tagger's output).
/// </summary>
public sealed class AnnotatedArticlesTimexTests
{
    private sealed record Gold(string Article, int Start, int End, string Type, string? First, string? Last);

    private static (List<Gold> Gold, List<(string Article, TimeMention Mention)> Found) Tag()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repository.Path("fixtures", "articles", "timex.json")));
        var gold = new List<Gold>();
        var found = new List<(string, TimeMention)>();
        var tagger = new MentionTagger();
        foreach (var article in json.RootElement.GetProperty("articles").EnumerateObject())
        {
            foreach (var g in article.Value.EnumerateArray())
            {
                var value = g.TryGetProperty("value", out var v) ? v : (JsonElement?)null;
                gold.Add(new Gold(article.Name, g.GetProperty("start").GetInt32(), g.GetProperty("end").GetInt32(), g.GetProperty("type").GetString()!,
                    value?.GetProperty("start").GetString(), value?.GetProperty("end").GetString()));
            }

            var path = Repository.Path("fixtures", "articles", article.Name + ".txt");
            using var sidecar = JsonDocument.Parse(File.ReadAllText(path + ".source.json"));
            var published = PartialDate.Parse(sidecar.RootElement.GetProperty("published").GetString()!).GetValueOrThrow();
            found.AddRange(tagger.Tag(File.ReadAllText(path), published).OfType<TimeMention>().Select(m => (article.Name, m)));
        }

        return (gold, found);
    }

    private static double F1(int matchedGold, int gold, int matchedFound, int found)
    {
        var (precision, recall) = ((double)matchedFound / found, (double)matchedGold / gold);
        return 2 * precision * recall / (precision + recall);
    }

    [Fact]
    public void Spans_StrictAndRelaxedF1_AreAtLeastThoseOfTheBestPublishedSystems()
    {
        var (gold, found) = Tag();
        bool Same(Gold g, (string Article, TimeMention Mention) f) => f.Article == g.Article && f.Mention.Span.Start == g.Start && f.Mention.Span.End == g.End;
        bool Overlap(Gold g, (string Article, TimeMention Mention) f) => f.Article == g.Article && f.Mention.Span.Start < g.End && g.Start < f.Mention.Span.End;
        var strict = F1(gold.Count(g => found.Any(f => Same(g, f))), gold.Count, found.Count(f => gold.Any(g => Same(g, f))), found.Count);
        var relaxed = F1(gold.Count(g => found.Any(f => Overlap(g, f))), gold.Count, found.Count(f => gold.Any(g => Overlap(g, f))), found.Count);

        // TempEval-3's best: about 81 % strict and 90 % relaxed span F1.
        Assert.True(strict >= 0.81, $"strict span F1 {strict:P1}");
        Assert.True(relaxed >= 0.90, $"relaxed span F1 {relaxed:P1}");
    }

    [Fact]
    public void Values_OfTheDatesTheTextFixes_AreTheAnnotatedDays()
    {
        var (gold, found) = Tag();
        var valued = gold.Where(g => g.First is not null).ToList();
        var right = valued.Count(g => found.Any(f => f.Article == g.Article && f.Mention.Span.Start < g.End && g.Start < f.Mention.Span.End
            && f.Mention.Time is { } time && time.Reading.Start?.ToString("yyyy-MM-dd", null) == g.First && time.Reading.End?.ToString("yyyy-MM-dd", null) == g.Last));
        Assert.True(right >= 0.9 * valued.Count, $"{right} of {valued.Count} values right");
    }
}
