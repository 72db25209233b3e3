using System.Diagnostics;
using System.Globalization;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Generation;
using Contradictions.Serialization;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- scale</c>: checks generated sets of growing
/// size and the adversarial group, and prints claims per second, wall time, peak working set, diagnostics found, and
/// the ratio of the check's time to sorting the same claims; then JSON loading throughput; then the SQL baselines.
/// Options: <c>--sizes 10000,100000,1000000</c>, <c>--adversarial 100000</c>, <c>--sql-max 100000</c>, <c>--seed 7</c>.
/// </summary>
internal static class ScaleRun
{
    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var adversarial = int.Parse(Option(args, "--adversarial", "100000"), CultureInfo.InvariantCulture);
        var sqlMax = int.Parse(Option(args, "--sql-max", "100000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed", "7"), CultureInfo.InvariantCulture);
        var checker = ContradictionChecker.CreateDefault();

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, server GC {System.Runtime.GCSettings.IsServerGC}");
        Console.WriteLine();
        Console.WriteLine("| set | claims | check (best of 3) | claims/s | sort (best of 3) | check / sort | peak working set | diagnostics (error/warning/info) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");
        var checkTimes = new Dictionary<int, TimeSpan>();
        foreach (var size in sizes)
        {
            var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed }).ClaimSet;
            checkTimes[size] = Measure($"generated {size:N0}", set, checker);
        }

        if (adversarial > 0)
        {
            var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = adversarial, Seed = seed, Adversarial = true }).ClaimSet;
            Measure($"adversarial group {adversarial:N0}", set, checker);
        }

        for (var i = 1; i < sizes.Length; i++)
        {
            Console.WriteLine($"growth {sizes[i - 1]:N0} → {sizes[i]:N0}: time × {checkTimes[sizes[i]] / checkTimes[sizes[i - 1]]:F1} for claims × {(double)sizes[i] / sizes[i - 1]:F0}");
        }

        Console.WriteLine();
        LoadThroughput(sizes.Where(s => s <= 100_000).DefaultIfEmpty(sizes.Min()).Max(), seed);

        Console.WriteLine();
        Console.WriteLine("| baseline | claims | load + index | queries | checker (2 rules) | queries / checker | same groups flagged |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        foreach (var size in sizes.Where(s => s <= sqlMax))
        {
            var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed }).ClaimSet;
            var ours = Enumerable.Range(0, 3).Select(_ => SqlBaseline.RunChecker(set)).MinBy(r => r.Elapsed);
            foreach (var (name, run) in new (string, Func<ClaimSet, ContradictionOptions, SqlBaseline.Result>)[]
            {
                ("SQLite", (s, o) => SqlBaseline.RunSqlite(s, o.Tolerance)),
                ("DuckDB", (s, o) => SqlBaseline.RunDuckDb(s, o.Tolerance)),
            })
            {
                var result = run(set, new ContradictionOptions());
                var same = result.Mismatches.SetEquals(ours.Mismatches) && result.Decreases.SetEquals(ours.Decreases);
                Console.WriteLine($"| {name} | {size:N0} | {Ms(result.Load)} | {Ms(result.Queries)} | {Ms(ours.Elapsed)} | {result.Queries / ours.Elapsed:F1} | {(same ? "yes" : $"no: SQL {result.Mismatches.Count}+{result.Decreases.Count}, checker {ours.Mismatches.Count}+{ours.Decreases.Count}")} |");
            }
        }

        return 0;
    }

    private static TimeSpan Measure(string name, ClaimSet set, ContradictionChecker checker)
    {
        var claims = set.Claims.Length;
        var sort = Enumerable.Range(0, 3).Select(_ => SortTime(set)).Min();
        Diagnostics.ContradictionReport? report = null;
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            report = checker.Check(set);
            watch.Stop();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"| {name} | {claims:N0} | {Ms(best)} | {claims / best.TotalSeconds:N0} | {Ms(sort)} | {best / sort:F1} | {peak / (1024 * 1024):N0} MiB | {report!.Diagnostics.Length:N0} ({report.Errors:N0}/{report.Warnings:N0}/{report.Infos:N0}) |");
        return best;
    }

    /// <summary>The lower bound any checker that orders claims pays: sorting them by (subject, property, start).</summary>
    private static TimeSpan SortTime(ClaimSet set)
    {
        var keys = set.Claims.Select(c => new SortKey(c.Subject, c.Property, Days(c))).ToArray();
        var items = set.Claims.ToArray();
        GC.Collect();
        var watch = Stopwatch.StartNew();
        Array.Sort(keys, items);
        watch.Stop();
        return watch.Elapsed;
    }

    private static long Days(Claim claim) => claim.Validity.Time.Reading.Start is { } s ? s.ToDateOnly().DayNumber : long.MinValue;

    private static void LoadThroughput(int size, int seed)
    {
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed }).ClaimSet;
        var json = System.Text.Encoding.UTF8.GetBytes(ClaimSetWriter.ToJson(set));
        var loader = new ClaimSetLoader();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var loaded = loader.Load([new ClaimSetInput("generated.json", json)]);
            watch.Stop();
            if (!loaded.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors.Take(5)));
            }

            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        Console.WriteLine($"JSON loading: {size:N0} claims, {json.Length / (1024.0 * 1024):F1} MiB in {Ms(best)} (best of 3): {json.Length / (1024.0 * 1024) / best.TotalSeconds:F1} MiB/s, {size / best.TotalSeconds:N0} claims/s");
    }

    private static string Ms(TimeSpan time) => $"{time.TotalMilliseconds:N0} ms";

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private readonly record struct SortKey(string Subject, string Property, long Start) : IComparable<SortKey>
    {
        public int CompareTo(SortKey other)
        {
            var order = string.CompareOrdinal(Subject, other.Subject);
            if (order == 0)
            {
                order = string.CompareOrdinal(Property, other.Property);
            }

            return order == 0 ? Start.CompareTo(other.Start) : order;
        }
    }
}
