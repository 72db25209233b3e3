using System.CommandLine;
using Contradictions.Diagnostics;

namespace Contradictions.Cli.Commands;

/// <summary><c>contradictions explain &lt;code-or-kind&gt;</c>: what a diagnostic kind means and how to resolve it; without an argument, lists them all.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliConsole console)
    {
        var key = new Argument<string?>("code-or-kind") { Description = "A code such as CX0005 or a kind such as date-mismatch.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("explain", "Explain a diagnostic kind and how to resolve it.") { key };
        command.SetAction(parsed => Run(console, parsed.GetValue(key)));
        return command;
    }

    private static int Run(CliConsole console, string? key)
    {
        if (key is null)
        {
            foreach (var d in DiagnosticDescriptors.All)
            {
                console.Output.WriteLine($"{d.Code}  {d.Kind,-20} {d.Title}");
            }

            return ExitCodes.Success;
        }

        if (!DiagnosticDescriptors.TryFind(key, out var descriptor))
        {
            console.Error.WriteLine($"error: no diagnostic '{key}'. Known: {string.Join(", ", DiagnosticDescriptors.All.Select(d => $"{d.Code} {d.Kind}"))}.");
            return ExitCodes.InvalidInput;
        }

        console.Output.WriteLine($"{descriptor.Code} {descriptor.Kind}: {descriptor.Title}");
        console.Output.WriteLine($"Category: {descriptor.Category}; default severity: {descriptor.DefaultSeverity.ToString().ToLowerInvariant()} (change it with --severity {descriptor.Code}=off|info|warning|error)");
        console.Output.WriteLine();
        console.Output.WriteLine(descriptor.Description);
        console.Output.WriteLine();
        console.Output.WriteLine($"How to resolve it: {descriptor.Help}");
        if (descriptor.HelpLink is { } link)
        {
            console.Output.WriteLine($"More: {link.OriginalString}");
        }
        return ExitCodes.Success;
    }
}
