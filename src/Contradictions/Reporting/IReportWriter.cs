using Contradictions.Diagnostics;

namespace Contradictions.Reporting;

/// <summary>Writes a <see cref="ContradictionReport"/> in one format. Formatting never re-runs a check.</summary>
public interface IReportWriter
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/>.</summary>
    void Write(ContradictionReport report, TextWriter output);
}
