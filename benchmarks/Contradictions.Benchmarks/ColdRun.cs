using System.Diagnostics;
using System.Globalization;
using Contradictions.Checking;
using Contradictions.Generation;
using Contradictions.Reporting;
using Contradictions.Serialization;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- cold --tool &lt;contradictions&gt;</c>:
/// the tool as a user runs it — one cold process per run on a file of a news archive's shape
/// (<see cref="GeneratorSettings.News"/>) — for <c>validate</c> and for <c>check</c> with each output format written to
/// a file; best and median wall time and peak working set of several runs; then the same file loaded, checked and
/// written in this process, warm, for the ratio of end-to-end to in-process.
/// Options: <c>--sizes 100000,1000000</c>, <c>--runs 3</c>, <c>--formats json,sarif,text</c>, <c>--seed 7</c>,
/// <c>--work &lt;folder for the generated files and reports&gt;</c> (default: a folder under the system's temporary one;
/// generated files are kept there and reused).
/// </summary>
/// <remarks>
/// The peak working set is read from <c>/usr/bin/time</c> when it is installed (the kernel's maximum resident set of
/// the child), otherwise from the child's <c>VmHWM</c> in <c>/proc</c>, read every 10 ms until it exits (which can miss
/// growth in its last few milliseconds).
/// </remarks>
internal static class ColdRun
{
    private const string TimeCommand = "/usr/bin/time";

    public static int Run(string[] args)
    {
        var tool = Option(args, "--tool", null) ?? throw new ArgumentException("--tool <path of the installed contradictions command> is required");
        var sizes = (Option(args, "--sizes", null) ?? "100000,1000000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var runs = int.Parse(Option(args, "--runs", null) ?? "3", CultureInfo.InvariantCulture);
        var formats = (Option(args, "--formats", null) ?? "json,sarif,text").Split(',');
        var seed = int.Parse(Option(args, "--seed", null) ?? "7", CultureInfo.InvariantCulture);
        var work = Option(args, "--work", null) ?? Path.Combine(Path.GetTempPath(), "contradictions-cold");
        Directory.CreateDirectory(work);

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores; tool: {tool}; peak working set from {(File.Exists(TimeCommand) ? TimeCommand : "/proc VmHWM polling")}");
        Console.WriteLine();
        Console.WriteLine("| claims | file | command | wall, best | wall, median | MB/s (best) | peak working set, best | median |");
        Console.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|");
        var inProcess = new List<string>();
        foreach (var size in sizes)
        {
            var file = Path.Combine(work, FormattableString.Invariant($"news-{size}-{seed}.json"));
            if (!File.Exists(file))
            {
                using var stream = File.Create(file);
                ClaimSetWriter.Write(ClaimSetGenerator.Generate(GeneratorSettings.News(size, seed)).ClaimSet, stream);
            }

            var megabytes = new FileInfo(file).Length / 1e6;
            var commands = new List<(string Name, string[] Arguments)> { ("validate", ["validate", file]) };
            commands.AddRange(formats.Select(f => ($"check --format {f}", new[] { "check", file, "--format", f, "--output", Path.Combine(work, $"report.{f}"), "--quiet" })));
            foreach (var (name, arguments) in commands)
            {
                var measured = Enumerable.Range(0, runs).Select(_ => RunOnce(tool, arguments)).ToList();
                var walls = measured.Select(m => m.Wall.TotalSeconds).Order().ToList();
                var peaks = measured.Select(m => m.PeakMiB).Order().ToList();
                Console.WriteLine(FormattableString.Invariant(
                    $"| {size:N0} | {megabytes:F0} MB | `{name}` | {walls[0]:F2} s | {Median(walls):F2} s | {megabytes / walls[0]:F0} | {peaks[0]:F0} MiB | {Median(peaks):F0} MiB |"));
            }

            inProcess.Add(InProcess(file, size));
        }

        Console.WriteLine();
        Console.WriteLine("In this process, warm (the second of two runs): load, check, write the JSON report to a file");
        Console.WriteLine();
        Console.WriteLine("| claims | load | check | write JSON | diagnostics |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        inProcess.ForEach(Console.WriteLine);
        return 0;
    }

    private static string InProcess(string file, int size)
    {
        var (load, check, write, diagnostics) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, 0);
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            var watch = Stopwatch.StartNew();
            var set = new ClaimSetLoader().LoadFiles([file]).GetClaimSetOrThrow();
            load = watch.Elapsed;
            watch.Restart();
            var report = ContradictionChecker.CreateDefault().Check(set);
            check = watch.Elapsed;
            watch.Restart();
            using (var output = new StreamWriter(Path.Combine(Path.GetDirectoryName(file)!, "in-process.json")))
            {
                new JsonReportWriter().Write(report, output);
            }

            write = watch.Elapsed;
            diagnostics = report.Diagnostics.Length;
        }

        return FormattableString.Invariant($"| {size:N0} | {load.TotalSeconds:F2} s | {check.TotalSeconds:F2} s | {write.TotalSeconds:F2} s | {diagnostics:N0} |");
    }

    private static (TimeSpan Wall, double PeakMiB) RunOnce(string tool, string[] arguments)
    {
        var viaTime = File.Exists(TimeCommand);
        var start = new ProcessStartInfo(viaTime ? TimeCommand : tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (viaTime)
        {
            start.ArgumentList.Add("-f");
            start.ArgumentList.Add("peak-kb %M");
            start.ArgumentList.Add(tool);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        var polledKb = 0L;
        while (!process.WaitForExit(10))
        {
            polledKb = Math.Max(polledKb, HighWaterMarkKb(process.Id));
        }

        watch.Stop();
        var stderr = error.Result;
        _ = output.Result;
        if (process.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"{string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr}");
        }

        var peakKb = viaTime
            ? long.Parse(stderr.Split('\n').Last(l => l.StartsWith("peak-kb ", StringComparison.Ordinal))["peak-kb ".Length..], CultureInfo.InvariantCulture)
            : polledKb;
        return (watch.Elapsed, peakKb / 1024.0);
    }

    private static long HighWaterMarkKb(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static double Median(List<double> sorted) => sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;

    private static string? Option(string[] args, string name, string? fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }
}
