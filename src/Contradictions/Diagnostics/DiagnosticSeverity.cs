namespace Contradictions.Diagnostics;

/// <summary>How certain a finding is. Ordered: a higher value is more severe.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not a contradiction: values differ but are consistent once their times are considered.</summary>
    Info = 0,

    /// <summary>A contradiction under the default reading only: a wider honest reading of a tolerance or a vague period makes the claims compatible.</summary>
    Warning = 1,

    /// <summary>A contradiction under every reading within the claims' stated bounds, precision and validity.</summary>
    Error = 2,
}
