namespace Contradictions.Generation;

/// <summary>What to generate. The same settings always give the same claim set.</summary>
public sealed record GeneratorSettings
{
    /// <summary>Gets the number of claims to generate (approximately: whole subjects are generated).</summary>
    public int Claims { get; init; } = 10_000;

    /// <summary>Gets the seed of the pseudo-random generator.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Gets the share of claims replaced by a contradicting one (0 for a consistent world).</summary>
    public double ContradictionShare { get; init; } = 0.01;

    /// <summary>Gets a value indicating whether to generate the adversarial case: one group whose claims mostly overlap in time.</summary>
    public bool Adversarial { get; init; }

    /// <summary>
    /// Gets the number of sources per claim: 0.04 (the default) gives few sources that each carry some 25 claims, as a
    /// curated data set does; 0.59 gives the shape of a news archive, where most articles carry one or two claims.
    /// </summary>
    public double SourcesPerClaim { get; init; } = 0.04;

    /// <summary>Gets a value indicating whether sources carry what a news archive's do: a headline-length title and a URL.</summary>
    public bool FullSourceDetails { get; init; }

    /// <summary>
    /// Gets the settings of a news archive as a user meets it (issue 13): about 0.59 sources per claim with titles and
    /// URLs, relative time expressions, a few per cent planted errors; about one claim in ten takes part in a
    /// reconciliation (running totals reported at different times).
    /// </summary>
    public static GeneratorSettings News(int claims, int seed) => new()
    {
        Claims = claims,
        Seed = seed,
        ContradictionShare = 0.02,
        SourcesPerClaim = 0.59,
        FullSourceDetails = true,
    };
}
