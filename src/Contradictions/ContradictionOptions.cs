using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using Contradictions.Vocabulary;

namespace Contradictions;

/// <summary>
/// Everything that can be configured: how vague quantities and times are read, the vocabulary available to every
/// claim set, and input limits. Configure it through <c>services.AddContradictions(options =&gt; …)</c>, or pass it to
/// <see cref="ClaimSetLoader"/> and <see cref="Checking.ContradictionChecker"/> directly. Each of those validates the
/// options once and keeps a copy when it is built, so changing them afterwards changes nothing they do.
/// </summary>
public sealed class ContradictionOptions
{
    /// <summary>Gets how qualified amounts ("approximately", "nearly", round figures) become intervals.</summary>
    public TolerancePolicy Tolerance { get; } = new();

    /// <summary>Gets how vague time expressions ("recently") are read.</summary>
    public TimeResolutionOptions Time { get; } = new();

    /// <summary>Gets the limits on input size.</summary>
    public LoadLimits Limits { get; } = new();

    /// <summary>
    /// Gets or sets how many threads one check or one load may use: -1 (the default) lets the scheduler use every
    /// core, 1 does everything on the calling thread. A check runs its rules and builds its groups in parallel; a load
    /// compiles its claims in chunks in parallel. Results never depend on it.
    /// </summary>
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>
    /// Gets or sets the vocabulary every claim set starts from; claim files may add properties to it but not redefine them.
    /// Default: empty (each claim set brings its own).
    /// </summary>
    public PropertyVocabulary Vocabulary { get; set; } = PropertyVocabulary.Empty;

    /// <summary>
    /// Gets the severity given to diagnostic codes, keyed by code (<c>CX0010</c>, case ignored), like an
    /// <c>.editorconfig</c>'s analyzer severities: <c>options.Diagnostics["CX0010"] = SeverityOverride.Off</c>. A code
    /// not listed keeps its descriptor's default severity.
    /// </summary>
    public IDictionary<string, SeverityOverride> Diagnostics { get; } = new Dictionary<string, SeverityOverride>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds a property to <see cref="Vocabulary"/>, replacing one with the same id.</summary>
    /// <returns>These options, so that calls chain.</returns>
    public ContradictionOptions AddProperty(PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(property);
        Vocabulary = Vocabulary.With(property);
        return this;
    }

    /// <summary>A deep copy, which the components that read the options keep so that later changes do not reach them.</summary>
    internal ContradictionOptions Snapshot()
    {
        var copy = new ContradictionOptions { MaxDegreeOfParallelism = MaxDegreeOfParallelism, Vocabulary = Vocabulary };
        (copy.Tolerance.Approximately, copy.Tolerance.ApproximatelyWidest, copy.Tolerance.Nearly, copy.Tolerance.NearlyWidest, copy.Tolerance.RoundFiguresMayBeRounded) =
            (Tolerance.Approximately, Tolerance.ApproximatelyWidest, Tolerance.Nearly, Tolerance.NearlyWidest, Tolerance.RoundFiguresMayBeRounded);
        (copy.Time.Recently, copy.Time.RecentlyAtMost, copy.Time.MaximumLength) = (Time.Recently, Time.RecentlyAtMost, Time.MaximumLength);
        (copy.Limits.MaxFileBytes, copy.Limits.MaxClaims, copy.Limits.MaxExpressionLength, copy.Limits.MaxDepth) =
            (Limits.MaxFileBytes, Limits.MaxClaims, Limits.MaxExpressionLength, Limits.MaxDepth);
        foreach (var (code, severity) in Diagnostics)
        {
            copy.Diagnostics[code] = severity;
        }

        return copy;
    }

    /// <summary>Validates the options and returns a copy (<see cref="Snapshot"/>) of them.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    internal ContradictionOptions ValidatedSnapshot(string parameterName)
    {
        var problems = new Validation.ContradictionOptionsValidator().Validate(this);
        return problems.IsValid
            ? Snapshot()
            : throw new ArgumentException($"Invalid options: {string.Join(" ", problems.Errors.Select(e => e.ErrorMessage))}", parameterName);
    }
}
