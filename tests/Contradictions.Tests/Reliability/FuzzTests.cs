using System.Text;
using Contradictions.Checking;
using Contradictions.Drafting;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Reliability;

/// <summary>
/// Bounded randomized mutation tests, deterministic from their seeds: mutated claim files, random expressions and
/// mutated articles never make the loader, the parsers, the checker, the mention tagger or the drafter throw. A longer run: set CONTRADICTIONS_FUZZ_ITERATIONS.
/// </summary>
public sealed class FuzzTests
{
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("CONTRADICTIONS_FUZZ_ITERATIONS"), out var n) ? n : 1_500;

    private static readonly string[] Tokens =
    [
        "{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e400", "-1", "NaN", "\"value\"", "\"time\"", "\"claims\"", "\"asOf\"",
        "\"from\"", "\"2025-02-30\"", "\"\\u0000\"", "\"\\ud800\"", "\"recently\"", "0", "\"id\"", "{\"amount\": -5}",
    ];

    private static readonly string[] Words =
    [
        "in", "since", "at", "least", "late", "early", "mid", "the", "end", "of", "year", "month", "week", "last", "next", "this",
        "earlier", "later", "Q3", "quarter", "half", "first", "third", "September", "Feb.", "Friday", "ago", "two", "weeks",
        "2024", "2025-02-30", "31", "29", "00", "-", "/", "..", ",", "by", "before", "after", "until", "from", "to", "between",
        "and", "about", "approximately", "more", "than", "up", "million", "thousands", "km", "%", "$", "1,2,3", "9.9.9",
        "99999999999999999999999999999", "recently", "today", "yesterday", "as", "\u0000", "é", "😀",
    ];

    [Fact]
    public void MutatedClaimFiles_NeverCrashTheLoaderOrTheChecker()
    {
        var original = File.ReadAllBytes(Repository.TestData("every-kind.json"));
        var random = new Random(20251124);
        var loader = new ClaimSetLoader();
        var checker = ContradictionChecker.CreateDefault();
        for (var i = 0; i < Iterations; i++)
        {
            var bytes = Mutate(original, random);
            var result = loader.Load([new ClaimSetInput("fuzz.json", bytes)], skipInvalidClaims: random.Next(2) == 0);
            Assert.True(result.Success || !result.Errors.IsEmpty, $"iteration {i}: failed without errors");
            if (result.ClaimSet is { } set)
            {
                _ = checker.Check(set);
            }
        }
    }

    [Fact]
    public void RandomExpressions_NeverCrashTheParsers()
    {
        var random = new Random(7);
        var resolver = new TimeExpressionResolver();
        var parser = new QuantityParser();
        var anchors = new[] { PartialDate.FromDate(new LocalDate(2025, 10, 10)), PartialDate.FromYearMonth(2025, 3), PartialDate.FromYear(2024), PartialDate.FromDate(new LocalDate(1, 1, 1)), PartialDate.FromDate(new LocalDate(9999, 12, 31)) };
        for (var i = 0; i < Iterations * 10; i++)
        {
            var text = string.Join(random.Next(3) == 0 ? string.Empty : " ", Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(10) == 0 ? ((char)random.Next(1, 0x3000)).ToString() : Words[random.Next(Words.Length)]));
            var time = resolver.Resolve(text, anchors[random.Next(anchors.Length)]);
            Assert.True(time.Success || time.Error!.Message.Length > 0);
            var quantity = parser.Parse(text);
            Assert.True(quantity.Success || quantity.Error!.Message.Length > 0);
        }
    }

    [Fact]
    public void MutatedArticles_NeverCrashTheTaggerOrTheDrafter()
    {
        var lexiconFile = new ClaimSetLoader().LoadFiles([Repository.Path("fixtures", "lexicon", "dprk-russia.json")]).GetClaimSetOrThrow();
        var drafter = new RuleBasedClaimDrafter(lexiconFile.Vocabulary, lexiconFile.Lexicon);
        var articles = Directory.GetFiles(Repository.Path("fixtures", "articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
        var random = new Random(20261202);
        var published = new[] { "2025", "2025-03", "2024-11-30", "1900-01", "2099-12-31" };

        // Fewer than the claim files: each iteration tags and drafts a whole article.
        for (var i = 0; i < Math.Max(50, Iterations / 10); i++)
        {
            var text = new StringBuilder(articles[random.Next(articles.Length)]);
            for (var m = random.Next(1, 12); m > 0; m--)
            {
                var at = random.Next(text.Length + 1);
                switch (random.Next(4))
                {
                    case 0: text.Insert(at, Words[random.Next(Words.Length)] + " "); break;
                    case 1: text.Remove(Math.Min(at, text.Length - 1), Math.Min(text.Length - Math.Min(at, text.Length - 1), random.Next(1, 30))); break;
                    case 2: text.Insert(at, (char)random.Next(0, 0xFFFF)); break;
                    default: text.Insert(at, string.Concat(Enumerable.Repeat(Words[random.Next(Words.Length)] + " ", random.Next(1, 200)))); break;
                }
            }

            var article = text.ToString();
            var source = new Contradictions.Claims.Source("f", "fuzz", PartialDate.Parse(published[random.Next(published.Length)]).GetValueOrThrow());
            var drafts = drafter.Draft([new Article(source, article)]);
            Assert.All(drafts.Claims.Claims, c => Assert.Equal(c.Quote, article[c.Span!.Value.Start..c.Span.Value.End]));
            Assert.All(drafts.Unplaced, u => Assert.True(u.Span.End <= article.Length, $"iteration {i}: {u}"));
        }
    }

    [Fact]
    public void LongHostileExpressions_AreRefusedInLinearTime()
    {
        var resolver = new TimeExpressionResolver(new TimeResolutionOptions { MaximumLength = 1_000_000 });
        var parser = new QuantityParser { MaximumLength = 1_000_000 };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in new[] { string.Concat(Enumerable.Repeat("late ", 100_000)), new string('9', 500_000), string.Concat(Enumerable.Repeat("1,", 200_000)) + "1" })
        {
            Assert.False(resolver.Resolve(text, new LocalDate(2025, 1, 1)).Success);
            _ = parser.Parse(text);
        }

        // Generous on a shared machine; a backtracking parser would take minutes on these inputs.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{watch.Elapsed}");
    }

    private static byte[] Mutate(byte[] original, Random random)
    {
        var bytes = new List<byte>(original);
        for (var m = random.Next(1, 5); m > 0; m--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(bytes.Count - at, random.Next(1, 40)));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Tokens[random.Next(Tokens.Length)]));
                    break;
                case 3:
                    var length = Math.Min(bytes.Count - at, random.Next(1, 200));
                    bytes.InsertRange(random.Next(bytes.Count), bytes.GetRange(at, length));
                    break;
                default:
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
            }

            if (bytes.Count == 0)
            {
                break;
            }
        }

        return [.. bytes];
    }
}
