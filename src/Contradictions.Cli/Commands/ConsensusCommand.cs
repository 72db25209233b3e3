using System.CommandLine;
using System.Globalization;
using Contradictions.Consensus;
using Contradictions.Reporting;
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

        var contested = result.Items.Where(i => i.Bodies > 1 && !i.Outliers.IsEmpty).ToList();
        console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Items.Length:N0} subject · property · time items; {contested.Count:N0} where bodies disagree (settled in {result.Iterations} rounds)."));
        foreach (var item in contested)
        {
            var when = item.Time.Start is null && item.Time.End is null ? "at any time" : item.Time.ToString();
            console.Output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture,
                $"  {item.Subject} · {item.Property} · {when}: {ConsensusJsonWriter.Describe(item.Value)} {item.Unit} (confidence {item.Confidence:0.00}, {item.Bodies} bodies; supported by {string.Join(", ", item.Support)}; outliers {string.Join(", ", item.Outliers)})")));
        }

        console.Output.WriteLine("Bodies, least trusted first (trust learned from the figures other bodies also gave):");
        foreach (var body in result.Bodies.Where(b => b.Contested > 0).OrderBy(b => b.Trust).ThenBy(b => b.Name, StringComparer.Ordinal))
        {
            console.Output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture,
                $"  {body.Name}: {body.Trust:0.00} (prior {body.Prior:0.00}; {body.Supported} of {body.Contested} contested figures support the consensus)")));
        }

        return ExitCodes.Success;
    }
}
