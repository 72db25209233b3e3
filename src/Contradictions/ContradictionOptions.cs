using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using Contradictions.Vocabulary;

namespace Contradictions;

/// <summary>
/// Everything that can be configured: how vague quantities and times are read, the vocabulary available to every
/// claim set, and input limits. Configure it through <c>services.AddContradictions(options =&gt; …)</c>, or pass it to
/// <see cref="ClaimSetLoader"/> and <see cref="Checking.ContradictionChecker"/> directly. Do not change it after the
/// components that use it are built.
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

    /// <summary>Adds a property to <see cref="Vocabulary"/>, replacing one with the same id.</summary>
    /// <returns>These options, so that calls chain.</returns>
    public ContradictionOptions AddProperty(PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(property);
        Vocabulary = Vocabulary.With(property);
        return this;
    }
}
