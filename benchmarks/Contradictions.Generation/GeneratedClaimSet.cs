using Contradictions.Claims;

namespace Contradictions.Generation;

/// <summary>A generated claim set and the contradictions planted in it.</summary>
public sealed record GeneratedClaimSet(ClaimSet ClaimSet, IReadOnlyList<PlantedContradiction> Planted);
