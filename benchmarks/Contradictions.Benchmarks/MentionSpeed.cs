using System.Diagnostics;
using System.Globalization;
using Contradictions.Mentions;
using Contradictions.Time;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- mentions-speed &lt;text file&gt; [rounds]</c>:
/// warm throughput of the mention tagger on one thread (the text tagged once to warm up, then <c>rounds</c> times),
/// beside the cost of its first stage alone (sentences cut and tokenized), so that a slowdown can be placed.
/// </summary>
internal static class MentionSpeed
{
    public static int Run(string path, int rounds)
    {
        var text = File.ReadAllText(path);
        var megabytes = text.Length / 1e6;
        var tagger = new MentionTagger();
        var published = PartialDate.FromYear(2025);
        var mentions = tagger.Tag(text, published).Length;

        var tokens = 0L;
        var watch = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (start, end) in MentionTagger.Sentences(text))
            {
                tokens += TimeToken.Tokenize(text[start..end]).Count;
            }
        }

        var tokenizing = watch.Elapsed.TotalSeconds / rounds;
        var runs = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            watch.Restart();
            tagger.Tag(text, published);
            runs.Add(watch.Elapsed.TotalSeconds);
        }

        runs.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{megabytes:F1} M characters, {mentions:N0} mentions, {tokens / rounds:N0} tokens"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sentences + tokens only: {megabytes / tokenizing:F1} MB/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"tagging, warm, one thread: best {megabytes / runs[0]:F1} MB/s, median {megabytes / runs[runs.Count / 2]:F1} MB/s ({rounds} runs)"));
        return 0;
    }
}
