using System.Collections.Immutable;
using Contradictions.Serialization;

namespace Contradictions.Cli;

/// <summary>Prints load errors one per line, as <c>file: path: message [code]</c>, with a count.</summary>
internal static class ErrorPrinter
{
    /// <summary>Names, once each, the files of a directory that were left out as JSON of another kind.</summary>
    public static void PrintSkippedFiles(ClaimSetLoadResult result, TextWriter writer)
    {
        foreach (var file in result.SkippedFiles)
        {
            writer.WriteLine(Reporting.TerminalText.Safe($"skipped {file}: not a claim set (it declares no format and has none of the format's fields)"));
        }
    }

    public static void Print(ImmutableArray<ClaimSetError> errors, TextWriter writer)
    {
        foreach (var error in errors)
        {
            writer.WriteLine(Reporting.TerminalText.Safe(error.ToString()));
        }

        writer.WriteLine($"{errors.Length} error{(errors.Length == 1 ? string.Empty : "s")}.");
    }
}
