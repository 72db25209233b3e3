using System.Diagnostics;

namespace Contradictions.Tests.Generation;

/// <summary>
/// Runs the benchmarks' scale command at 10⁴ claims, as a process, so that it cannot rot. Nothing here asserts a time:
/// only that every part ran and that the SQL baselines flag exactly the groups the checker flags.
/// </summary>
public sealed class ScaleRunTests
{
    [Fact]
    public void ScaleCommand_AtTenThousandClaims_RunsEveryPartAndTheBaselinesAgree()
    {
        // Without settling: the figures do not matter here, every part running does.
        var (exitCode, output) = RunScale("--sizes", "10000", "--adversarial", "5000", "--sql-max", "10000", "--settle-seconds", "0");

        Assert.True(exitCode == 0, output);
        Assert.Contains("| generated 10,000 | 10,000 |", output, StringComparison.Ordinal);
        Assert.Contains("| adversarial group 5,000 | 5,000 |", output, StringComparison.Ordinal);
        foreach (var mode in new[] { "workstation, non-concurrent", "server" })
        {
            Assert.Contains($"| generated 10,000 ({mode} GC) | 10,000 |", output, StringComparison.Ordinal);
            Assert.Contains($"| {mode} | 10,000 |", output, StringComparison.Ordinal);
        }

        Assert.Contains("| workstation, concurrent (the default) | 10,000 |", output, StringComparison.Ordinal);
        foreach (var database in new[] { "SQLite", "DuckDB" })
        {
            var row = output.Split('\n').SingleOrDefault(l => l.StartsWith($"| {database} | 10,000 |", StringComparison.Ordinal));
            Assert.True(row is not null, $"no {database} row in:{Environment.NewLine}{output}");
            Assert.EndsWith("| yes |", row.TrimEnd(), StringComparison.Ordinal);
        }
    }

    private static (int ExitCode, string Output) RunScale(params string[] args)
    {
        // Built in the same configuration as the tests (a project reference builds it first).
        var framework = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(framework))!;
        var program = Repository.Path("benchmarks", "Contradictions.Benchmarks", "bin", configuration, "net10.0", "Contradictions.Benchmarks.dll");
        Assert.True(File.Exists(program), $"The benchmarks are not built: {program}");

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(program);
        start.ArgumentList.Add("scale");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The scale command did not finish in five minutes.");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
