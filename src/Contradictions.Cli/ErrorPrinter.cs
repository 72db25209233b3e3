using System.Collections.Immutable;
using Contradictions.Serialization;

namespace Contradictions.Cli;

/// <summary>Prints load errors one per line, as <c>file: path: message [code]</c>, with a count.</summary>
internal static class ErrorPrinter
{
    public static void Print(ImmutableArray<ClaimSetError> errors, TextWriter writer)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(Reporting.TerminalText.Safe(error.ToString()));
        }

        writer.WriteLine($"{errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}.");
    }
}
