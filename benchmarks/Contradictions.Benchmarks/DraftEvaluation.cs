using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Drafting;
using Contradictions.Serialization;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- draft-eval &lt;seed folder&gt;</c>: the
/// rule-based drafter with <c>fixtures/lexicon/dprk-russia.json</c> on the original seed articles (each fixture
/// source's note names its seed file), held to the annotated fixtures as <c>DraftComparison</c> defines a recovered
/// claim (the fixtures' spans are offsets into the seeds); then the drafts checked with the reference facts, unedited,
/// against the expected errors. The seeds are read here only — never by the build or the tests.
/// </summary>
internal static partial class DraftEvaluation
{
    public static int Run(string seeds)
    {
        var root = FindRoot();
        var lexiconFile = new ClaimSetLoader().LoadFiles([Path.Combine(root, "fixtures", "lexicon", "dprk-russia.json")]).GetClaimSetOrThrow();
        var reviewed = new ClaimSetLoader().LoadFiles([Path.Combine(root, "fixtures", "dprk-russia")]).GetClaimSetOrThrow();
        var articles = new List<Article>();
        foreach (var source in reviewed.Sources.OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            var seed = SeedName().Match(source.Note ?? string.Empty);
            var path = Path.Combine(seeds, seed.Groups[1].Value);
            if (!seed.Success || !File.Exists(path))
            {
                Console.Error.WriteLine($"{source.Id}: no seed file named in its note, or {path} is missing");
                return 2;
            }

            articles.Add(new Article(source, File.ReadAllText(path)));
        }

        var drafter = new RuleBasedClaimDrafter(lexiconFile.Vocabulary, lexiconFile.Lexicon);
        var watch = Stopwatch.StartNew();
        var drafts = drafter.Draft(articles);
        var elapsed = watch.Elapsed;
        var matches = DraftComparison.Match(reviewed.Claims, drafts.Claims.Claims, c => c.Span);
        var recovered = matches.Count(m => m.Draft is not null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"seed articles: {articles.Count}, {articles.Sum(a => a.Text.Length):N0} characters; drafted in {elapsed.TotalMilliseconds:F0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"drafts: {drafts.Claims.Claims.Length}; unplaced mentions: {drafts.Unplaced.Length}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"recovered: {recovered} of {matches.Count} annotated claims ({100.0 * recovered / matches.Count:F1} %)"));
        foreach (var (claim, _) in matches.Where(m => m.Draft is null))
        {
            var near = drafts.Claims.Claims.Where(d => d.Source.Id == claim.Source.Id && d.Span is { } s && claim.Span is { } c && s.Start < c.End && c.Start < s.End)
                .Select(d => $"{d.Subject} {d.Property} {d.ValueText ?? d.Value.ToString()}");
            Console.WriteLine($"  missed {claim.Id}: {claim.Subject} {claim.Property} {claim.ValueText} — drafted there: {string.Join("; ", near.DefaultIfEmpty("nothing"))}");
        }

        var extra = drafts.Claims.Claims.Count(d => matches.All(m => !ReferenceEquals(m.Draft, d)));
        Console.WriteLine($"drafts that recover no annotated claim: {extra}");

        var draftOf = matches.Where(m => m.Draft is not null).ToDictionary(m => m.Reviewed.Id, m => m.Draft!.Id);
        var reference = new ClaimSetLoader().LoadFiles([Path.Combine(root, "fixtures", "reference")]).GetClaimSetOrThrow();
        var set = new ClaimSetBuilder().AddClaimSet(drafts.Claims).AddClaimSet(reference).Build().GetClaimSetOrThrow();
        var report = ContradictionChecker.CreateDefault().Check(set);
        var reverse = draftOf.ToDictionary(p => p.Value, p => p.Key);
        Console.WriteLine($"check of the drafts with the reference facts: {report.Errors} errors, {report.Warnings} warnings");
        foreach (var d in report.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            Console.WriteLine($"  {d.Severity.ToString().ToLowerInvariant()} {d.Kind}: {string.Join(", ", d.ClaimIds.Select(id => reverse.TryGetValue(id, out var annotated) ? $"{id} (= {annotated})" : id))}");
        }

        HeldOut(root, drafter);
        return 0;
    }

    /// <summary>
    /// The same measure on fixtures/heldout: invented articles written after the lexicon and never used to tune the
    /// drafter, each claim file naming its text — what the drafter does on words its lexicon was not made from.
    /// </summary>
    private static void HeldOut(string root, RuleBasedClaimDrafter drafter)
    {
        var folder = Path.Combine(root, "fixtures", "heldout");
        var annotated = new ClaimSetLoader().LoadFiles([folder]).GetClaimSetOrThrow();
        var articles = annotated.Sources.Select(s => new Article(s, File.ReadAllText(Path.Combine(folder, s.Text!)))).ToList();
        var drafts = drafter.Draft(articles);
        var matches = DraftComparison.Match(annotated.Claims, drafts.Claims.Claims, c => c.Span);
        var recovered = matches.Count(m => m.Draft is not null);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out articles ({articles.Count}): recovered {recovered} of {matches.Count} annotated claims ({100.0 * recovered / matches.Count:F1} %); drafts {drafts.Claims.Claims.Length}, unplaced {drafts.Unplaced.Length}"));
        foreach (var (claim, _) in matches.Where(m => m.Draft is null))
        {
            Console.WriteLine($"  missed {claim.Id}: {claim.Subject} {claim.Property} {claim.ValueText}");
        }
    }

    internal static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Contradictions.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }

    [GeneratedRegex(@"Seed (\S+\.txt)")]
    private static partial Regex SeedName();
}
