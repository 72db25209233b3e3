namespace Contradictions.Diagnostics;

/// <summary>
/// The severity a user gives a diagnostic code (<see cref="ContradictionOptions.Diagnostics"/>), as an
/// <c>.editorconfig</c> file does for analyzers: a finding that holds under every reading gets it, a finding that
/// holds only under the default reading one step less (a warning becomes an info); <see cref="Off"/> drops them.
/// </summary>
public enum SeverityOverride
{
    /// <summary>Findings of the code are not reported.</summary>
    Off,

    /// <summary>Findings of the code are infos.</summary>
    Info,

    /// <summary>Findings of the code that hold under every reading are warnings; the others infos.</summary>
    Warning,

    /// <summary>Findings of the code that hold under every reading are errors; the others warnings.</summary>
    Error,
}
