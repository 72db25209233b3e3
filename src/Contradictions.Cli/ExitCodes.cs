namespace Contradictions.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    /// <summary>Success; for <c>check</c>: no error-severity diagnostic.</summary>
    public const int Success = 0;

    /// <summary>For <c>check</c>: at least one error-severity diagnostic.</summary>
    public const int ContradictionsFound = 1;

    /// <summary>Invalid input or usage.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted (Ctrl-C): 128 + SIGINT, as shells report it.</summary>
    public const int Cancelled = 130;
}
