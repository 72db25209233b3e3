namespace Contradictions.Serialization;

/// <summary>
/// A document's <c>claims</c> array kept as the UTF-8 it was read from, with where each item starts and ends, so that
/// the compiler reads each claim just before it resolves it: a claim's draft lives for one claim, not for the whole
/// load, and no document tree of the claims is ever built.
/// </summary>
/// <remarks>
/// Where items start is recorded only for the first <c>LoadLimits.MaxClaims + 1</c> of them; more than that is an
/// error before any claim is read, and a hostile file of a hundred million tiny items costs no memory for the rest.
/// </remarks>
internal sealed class EncodedClaims(ReadOnlyMemory<byte> utf8, List<Range> items, int count, int maxDepth)
{
    /// <summary>Gets how many items the array has.</summary>
    public int Count => count;

    /// <summary>Reads item <paramref name="index"/> with <paramref name="reader"/>, reporting to <paramref name="errors"/>.</summary>
    public ClaimDocument Read(int index, ClaimJsonReader reader, List<ClaimSetError> errors) =>
        reader.Read(utf8.Span[items[index]], ClaimPath(index), errors);

    /// <summary>The depth limit the document was checked against, for the claim reader.</summary>
    public int MaxDepth => maxDepth;

    /// <summary>The path of claim <paramref name="index"/> of a document.</summary>
    public static string ClaimPath(int index) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"claims[{index}]");
}
