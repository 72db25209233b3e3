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
/// the ratio of the check's time to sorting the same claims, the largest set again under the other garbage collector
/// modes; then JSON loading throughput under each mode; then the SQL baselines.
/// Options: <c>--sizes 10000,100000,1000000</c>, <c>--adversarial 100000</c>, <c>--sql-max 100000</c>, <c>--seed 7</c>,
/// <c>--settle-seconds 5</c> (0 for a quick run that only shows the command works: 3 runs before measuring),
/// <c>--tool &lt;installed contradictions&gt;</c> to end with the cold runs of the tool as a process (<see cref="ColdRun"/>,
/// which also runs alone as the <c>cold</c> command).
/// </summary>
internal static class ScaleRun
{
    public static int Run(string[] args)
    {
        var sizes = Option(args, "--sizes", "10000,100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var adversarial = int.Parse(Option(args, "--adversarial", "100000"), CultureInfo.InvariantCulture);
        var sqlMax = int.Parse(Option(args, "--sql-max", "100000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed", "7"), CultureInfo.InvariantCulture);
        SettleSeconds = int.Parse(Option(args, "--settle-seconds", "5"), CultureInfo.InvariantCulture);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; garbage collector: {GcModes[0].Name} unless a row says otherwise");
        Console.WriteLine();
        Console.WriteLine("| set | claims | first check | check (best of 3) | claims/s | sort (best of 3) | check / sort | peak working set, first check | set in memory, settled | peak working set while checking, settled | allocated per check | diagnostics (error/warning/info) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        var checkTimes = new Dictionary<int, TimeSpan>();
        foreach (var size in sizes)
        {
            checkTimes[size] = MeasureInChild(size, seed, adversarial: false);
        }

        if (adversarial > 0)
        {
            MeasureInChild(adversarial, seed, adversarial: true);
        }

        // The largest set again under the other garbage collector modes an application may choose.
        foreach (var mode in GcModes.Skip(1))
        {
            MeasureInChild(sizes.Max(), seed, adversarial: false, mode);
        }

        for (var i = 1; i < sizes.Length; i++)
        {
            Console.WriteLine($"growth {sizes[i - 1]:N0} → {sizes[i]:N0}: time × {checkTimes[sizes[i]] / checkTimes[sizes[i - 1]]:F1} for claims × {(double)sizes[i] / sizes[i - 1]:F0}");
        }

        Console.WriteLine();
        Console.WriteLine("| JSON loading | claims | JSON | load (best of 3) | MiB/s | claims/s | GC pauses per load | allocated per load |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var mode in GcModes)
        {
            Child(["load-one", Invariant(sizes.Where(s => s <= 100_000).DefaultIfEmpty(sizes.Min()).Max()), Invariant(seed), mode.Name], mode);
        }

        Console.WriteLine();
        Console.WriteLine("| baseline | claims | load + index | queries | checker (2 rules) | queries / checker | same groups flagged |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---|");
        var disagreements = 0;
        foreach (var size in sizes.Where(s => s <= sqlMax))
        {
            var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed }).ClaimSet;
            Settle(() => SqlBaseline.RunChecker(set).Elapsed);
            var ours = Enumerable.Range(0, 3).Select(_ => SqlBaseline.RunChecker(set)).MinBy(r => r.Elapsed);
            foreach (var (name, run) in new (string, Func<ClaimSet, ContradictionOptions, SqlBaseline.Result>)[]
            {
                ("SQLite", (s, o) => SqlBaseline.RunSqlite(s, o.Tolerance)),
                ("DuckDB", (s, o) => SqlBaseline.RunDuckDb(s, o.Tolerance)),
            })
            {
                var result = run(set, new ContradictionOptions());
                var same = result.Mismatches.SetEquals(ours.Mismatches) && result.Decreases.SetEquals(ours.Decreases);
                disagreements += same ? 0 : 1;
                Console.WriteLine($"| {name} | {size:N0} | {Ms(result.Load)} | {Ms(result.Queries)} | {Ms(ours.Elapsed)} | {result.Queries / ours.Elapsed:F1} | {(same ? "yes" : $"no: SQL {result.Mismatches.Count}+{result.Decreases.Count}, checker {ours.Mismatches.Count}+{ours.Decreases.Count}")} |");
            }
        }

        // A baseline that flags other groups than the checker means one of the two is wrong: fail, so CI notices.
        var tool = Option(args, "--tool", string.Empty);
        if (tool.Length > 0)
        {
            Console.WriteLine();
            ColdRun.Run(["--tool", tool, "--seed", Invariant(seed)]);
        }

        return disagreements == 0 ? 0 : 1;
    }

    // How long Settle waits at least (--settle-seconds); the parent passes it to its children in the environment.
    private const string SettleVariable = "CONTRADICTIONS_SETTLE_SECONDS";
    private static int SettleSeconds = int.TryParse(Environment.GetEnvironmentVariable(SettleVariable), CultureInfo.InvariantCulture, out var seconds) ? seconds : 5;

    /// <summary>The garbage collector modes measured: the default first, then the two an application can switch to.</summary>
    private static readonly (string Name, string? Variable)[] GcModes =
    [
        ("workstation, concurrent (the default)", null),
        ("workstation, non-concurrent", "DOTNET_gcConcurrent=0"),
        ("server", "DOTNET_gcServer=1"),
    ];

    /// <summary>
    /// Each size is measured in a process of its own, so that its working set is not inflated by the sets measured
    /// before it; the child prints its table row and its best check time.
    /// </summary>
    private static TimeSpan MeasureInChild(int size, int seed, bool adversarial, (string Name, string? Variable)? mode = null) =>
        Child(["scale-one", Invariant(size), Invariant(seed), adversarial ? "adversarial" : "generated", mode?.Name ?? string.Empty], mode ?? GcModes[0]);

    /// <summary>Runs this program with <paramref name="arguments"/> under a garbage collector mode; echoes its table row and returns its best time.</summary>
    private static TimeSpan Child(string[] arguments, (string Name, string? Variable) mode)
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            info.ArgumentList.Add(typeof(ScaleRun).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        if (mode.Variable?.Split('=') is [var name, var value])
        {
            info.Environment[name] = value;
        }

        info.Environment[SettleVariable] = Invariant(SettleSeconds);

        using var child = Process.Start(info) ?? throw new InvalidOperationException("Could not start the measuring process.");
        var best = TimeSpan.Zero;
        while (child.StandardOutput.ReadLine() is { } line)
        {
            if (line.StartsWith("best-ms ", StringComparison.Ordinal))
            {
                best = TimeSpan.FromMilliseconds(double.Parse(line["best-ms ".Length..], CultureInfo.InvariantCulture));
            }
            else
            {
                Console.WriteLine(line);
            }
        }

        child.WaitForExit();
        return child.ExitCode == 0 ? best : throw new InvalidOperationException($"The measuring process '{string.Join(' ', arguments)}' failed with exit code {child.ExitCode}.");
    }

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// <c>scale-one SIZE SEED generated|adversarial</c>: generates one set and measures its check. After generating, the
    /// process's high-water mark of resident memory is reset (Linux <c>/proc/self/clear_refs</c>), so that the peak
    /// reported is the peak while checking — with the claim set itself in memory — not the generator's transient peak.
    /// </summary>
    public static int RunOne(string[] args)
    {
        var size = int.Parse(args[0], CultureInfo.InvariantCulture);
        var seed = int.Parse(args[1], CultureInfo.InvariantCulture);
        var adversarial = args[2] == "adversarial";
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed, Adversarial = adversarial }).ClaimSet;
        var checker = ContradictionChecker.CreateDefault();
        var sort = Enumerable.Range(0, 3).Select(_ => SortTime(set)).Min();

        // The first check runs in a cold process (just-in-time compilation included), as in a pipeline that loads a set
        // and checks it once; its peak working set is read too. The measured ones come once the times have settled.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        var firstPeakReset = TryResetPeak();
        var watch = Stopwatch.StartNew();
        var report = checker.Check(set);
        var first = watch.Elapsed;
        process.Refresh();
        var firstPeak = process.PeakWorkingSet64;
        report = null;
        Settle(() => Time(() => checker.Check(set)));

        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var inMemory = process.WorkingSet64;
        var peakReset = TryResetPeak();
        var best = TimeSpan.MaxValue;
        long allocated = 0;
        for (var i = 0; i < 3; i++)
        {
            report = null;
            GC.Collect();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            watch.Restart();
            report = checker.Check(set);
            watch.Stop();
            allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var name = (adversarial ? $"adversarial group {size:N0}" : $"generated {size:N0}") + (args.Length > 3 && args[3].Length > 0 ? $" ({args[3]} GC)" : string.Empty);
        Console.WriteLine($"| {name} | {size:N0} | {Ms(first)} | {Ms(best)} | {size / best.TotalSeconds:N0} | {Ms(sort)} | {best / sort:F1} | {Mib(firstPeak)}{(firstPeakReset ? string.Empty : " (includes generation)")} | {Mib(inMemory)} | {Mib(peak)}{(peakReset ? string.Empty : " (includes generation)")} | {Mib(allocated)} | {report!.Diagnostics.Length:N0} ({report.Errors:N0}/{report.Warnings:N0}/{report.Infos:N0}) |");
        Console.WriteLine($"best-ms {best.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}");
        return 0;
    }

    /// <summary>
    /// Repeats <paramref name="run"/> until the runtime has finished compiling its hot code with full optimization
    /// (tiered compilation starts with quick code and recompiles what runs often, in the background): at least
    /// 25 runs and five seconds (<c>--settle-seconds</c>; the runtime promotes code on counts and on delays), then until
    /// three runs in a row do not beat the best by 5 %, at most <paramref name="limit"/> runs. Stopping at the first
    /// plateau is not enough: at 10⁵ claims the check took about 150 ms for its first dozen runs and about 50 ms from
    /// the twentieth on.
    /// </summary>
    private static void Settle(Func<TimeSpan> run, int limit = 400)
    {
        var (minimum, seconds) = SettleSeconds > 0 ? (25, SettleSeconds) : (3, 0);
        var best = TimeSpan.MaxValue;
        var elapsed = Stopwatch.StartNew();
        for (var (i, calm) = (0, 0); i < limit && (i < minimum || elapsed.Elapsed < TimeSpan.FromSeconds(seconds) || calm < 3); i++)
        {
            var time = run();
            (best, calm) = time < best * 0.95 ? (time, 0) : (time < best ? time : best, calm + 1);
        }
    }

    /// <summary>Resets the peak resident set size (Linux 4.0 and later); false where that is not possible.</summary>
    private static bool TryResetPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static string Mib(long bytes) => $"{bytes / (1024.0 * 1024):N0} MiB";

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

    /// <summary>
    /// <c>load-one SIZE SEED MODE</c>: JSON loading (read, validate, resolve) of a generated set, settled like the check,
    /// then best of 3, each after a full collection.
    /// </summary>
    public static int LoadOne(string[] args)
    {
        var size = int.Parse(args[0], CultureInfo.InvariantCulture);
        var seed = int.Parse(args[1], CultureInfo.InvariantCulture);
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = size, Seed = seed }).ClaimSet;
        var json = System.Text.Encoding.UTF8.GetBytes(ClaimSetWriter.ToJson(set));
        set = null;
        var loader = new ClaimSetLoader();
        Settle(() => Time(() => loader.Load([new ClaimSetInput("generated.json", json)])));
        var best = TimeSpan.MaxValue;
        var (pauses, allocated) = (TimeSpan.Zero, 0L);
        for (var i = 0; i < 3; i++)
        {
            GC.Collect();
            var (pauseBefore, allocatedBefore) = (GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));
            var watch = Stopwatch.StartNew();
            var loaded = loader.Load([new ClaimSetInput("generated.json", json)]);
            watch.Stop();
            if (!loaded.Success)
            {
                throw new InvalidOperationException(string.Join(Environment.NewLine, loaded.Errors.Take(5)));
            }

            if (watch.Elapsed < best)
            {
                (best, pauses, allocated) = (watch.Elapsed, GC.GetTotalPauseDuration() - pauseBefore, GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            }
        }

        var mib = json.Length / (1024.0 * 1024);
        Console.WriteLine($"| {args[2]} | {size:N0} | {mib:F1} MiB | {Ms(best)} | {mib / best.TotalSeconds:F1} | {size / best.TotalSeconds:N0} | {Ms(pauses)} | {Mib(allocated)} |");
        Console.WriteLine($"best-ms {best.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)}");
        return 0;
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
