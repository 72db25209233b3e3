using System.CommandLine;
using Contradictions.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions validate &lt;file-or-dir&gt;...</c>: loads claim files and lists every problem; exit 0 when valid, 2 otherwise.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliConsole console, IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Claim files, or directories of *.json claim files.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("validate", "Load and validate claim files; list every problem with its file and JSON path.") { paths };
        command.SetAction(parsed => Run(services.GetRequiredService<ClaimSetLoader>(), parsed.GetValue(paths)!, console));
        return command;
    }

    private static int Run(ClaimSetLoader loader, string[] paths, CliConsole console)
    {
        var result = loader.LoadFiles(paths);
        ErrorPrinter.PrintSkippedFiles(result, console.Error);
        if (!result.Success)
        {
            ErrorPrinter.Print(result.Errors, console.Error);
            return ExitCodes.InvalidInput;
        }

        var set = result.ClaimSet;
        console.Output.WriteLine($"valid: {set.Claims.Length} claims from {set.Sources.Length} sources, {set.Vocabulary.Properties.Count} properties.");
        return ExitCodes.Success;
    }
}
