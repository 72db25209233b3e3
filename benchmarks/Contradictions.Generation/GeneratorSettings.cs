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
}
