namespace Contradictions.Cli;

/// <summary>The streams a command writes to and reads from, so that tests can run commands in-process.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, TextReader input, bool colors)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public TextReader Input { get; } = input;

    /// <summary>Gets how to open standard input as bytes, for claim files read from it (<c>check -</c>): UTF-8 is checked by the loader, not decoded here.</summary>
    public Func<Stream> OpenInput { get; init; } = Console.OpenStandardInput;

    /// <summary>Whether text output may use ANSI colours.</summary>
    public bool Colors { get; } = colors;

    /// <summary>Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public static bool ColorsWanted() =>
        !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
