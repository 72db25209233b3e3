using System.CommandLine;
using Contradictions.Cli.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace Contradictions.Cli;

/// <summary>The command line: <c>check</c>, <c>validate</c>, <c>resolve</c>, <c>explain</c>. Usage errors exit with 2.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, CliConsole console)
    {
        using var services = new ServiceCollection().AddContradictions().BuildServiceProvider();
        var root = new RootCommand("Finds where sources contradict each other.\n\nExit codes: 0 no error-severity finding, 1 at least one (contradictions found), 2 invalid input, usage or I/O error, 130 interrupted.")
        {
            CheckCommand.Create(console, services),
            ValidateCommand.Create(console, services),
            ConsensusCommand.Create(console, services),
            ExplainCommand.Create(console),
            ResolveCommand.Create(console),
            MentionsCommand.Create(console),
            DraftCommand.Create(console, services),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // An unknown command also makes "Required command was not provided": the first says what is wrong.
            var unrecognized = parsed.Errors.Where(e => e.Message.StartsWith("Unrecognized", StringComparison.Ordinal)).ToList();
            foreach (var error in unrecognized.Count > 0 ? unrecognized : parsed.Errors)
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
