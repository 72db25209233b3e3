using System.CommandLine;
using Contradictions.Cli.Commands;

namespace Contradictions.Cli;

/// <summary>The command line: <c>validate</c>, <c>resolve</c>. Usage errors exit with 2.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = new RootCommand("Finds where sources contradict each other. See https://github.com/contradictions/contradictions#readme.")
        {
            ValidateCommand.Create(console),
            ResolveCommand.Create(console),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                console.Error.WriteLine($"error: {error.Message}");
            }

            console.Error.WriteLine("Run 'contradictions --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = console.Output, Error = console.Error });
        }
        catch (IOException e)
        {
            console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
