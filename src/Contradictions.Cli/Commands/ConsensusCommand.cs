using System.CommandLine;
using Contradictions.Consensus;
using Contradictions.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions consensus &lt;file-or-dir&gt;... [--format json|text]</c>: the best-supported value of everything
/// the claims give figures for, and each source's trust (<see cref="ConsensusEstimator"/>). Exit 0, or 2 for invalid input.
/// </summary>
internal static class ConsensusCommand
{
    public static Command Create(CliConsole console, IServiceProvider services)
    {
        var paths = new Argument<string[]>("paths") { Description = "Claim files, or directories of *.json claim files; - reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "json (contradictions/consensus@1, every item, body and source) or text (the items where bodies disagree, and the bodies' trust).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "text");
        var command = new Command("consensus", "The best-supported value of each subject, property and time, and each source's trust, learned from the whole claim set.") { paths, format };
        command.SetAction(parsed => Run(console, services, parsed.GetValue(paths)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, IServiceProvider services, string[] paths, string format)
    {
        using var input = paths.Contains("-") ? console.OpenInput() : null;
        var loaded = services.GetRequiredService<ClaimSetLoader>().LoadFiles(paths, skipInvalidClaims: false, input);
        ErrorPrinter.PrintSkippedFiles(loaded, console.Error);
        if (loaded.ClaimSet is null || !loaded.Errors.IsEmpty)
        {
            ErrorPrinter.Print(loaded.Errors, console.Error);
            return ExitCodes.InvalidInput;
        }

        var result = new ConsensusEstimator(services.GetRequiredService<IOptions<ContradictionOptions>>().Value).Estimate(loaded.ClaimSet);
        if (format == "json")
        {
            ConsensusJsonWriter.Write(result, console.Output);
            return ExitCodes.Success;
        }

        ConsensusText.Write(console.Output, result);
        return ExitCodes.Success;
    }
}
