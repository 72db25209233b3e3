namespace Contradictions.Generation;

/// <summary>A claim the generator made contradict the world, and the kind of diagnostic that should find it.</summary>
public sealed record PlantedContradiction(string ClaimId, string Kind);
