using System.Diagnostics;

namespace Contradictions.Tests.Cli;

/// <summary>
/// Runs the built command-line program in its own process. It cannot be loaded into the test process: its assembly
/// name, <c>contradictions</c>, differs from the library's only by case.
/// </summary>
internal static class CliRunner
{
    public static string Program { get; } = FindProgram();

    public static (int ExitCode, string Output, string Error) Run(string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"contradictions {string.Join(' ', args)} did not finish.");
        }

        return (process.ExitCode, output.Result, error.Result);
    }

    private static string FindProgram()
    {
        // The tests are built in the same configuration as the program (a project reference builds it first).
        var framework = Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory);
        var configuration = Path.GetFileName(Path.GetDirectoryName(framework))!;
        var path = Repository.Path("src", "Contradictions.Cli", "bin", configuration, "net10.0", "contradictions.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("The command-line program is not built.", path);
    }
}
