using System.Globalization;
using System.Text;
using Contradictions.Serialization;

namespace Contradictions.Tests.Serialization;

/// <summary>
/// Claims are compiled in chunks on several threads and merged in file order. The result must not depend on that:
/// the same errors in the same order, the same claims, duplicates found across chunks and files.
/// </summary>
public sealed class ParallelLoadingTests
{
    private const int FirstFileClaims = 2_500, ThirdFileClaims = 2_600;

    [Fact]
    public void Load_OnEveryCore_EqualsLoadOnOne()
    {
        var inputs = Inputs();
        var sequential = Loader(1).Load(inputs, skipInvalidClaims: true);
        var parallel = Loader(-1).Load(inputs, skipInvalidClaims: true);

        Assert.Equal(sequential.Errors.Select(e => e.ToString()), parallel.Errors.Select(e => e.ToString()));
        Assert.Equal(sequential.SkippedClaims.AsEnumerable(), parallel.SkippedClaims.AsEnumerable());
        // As sequences: ImmutableArray's own equality compares the arrays' identity.
        Assert.Equal(sequential.ClaimSet!.Claims.AsEnumerable(), parallel.ClaimSet!.Claims.AsEnumerable());
    }

    [Fact]
    public void Load_ManyChunks_ReportsEveryPlantedProblemOnceInFileOrder()
    {
        var result = Loader(-1).Load(Inputs(), skipInvalidClaims: true);

        var expected = new List<(string File, string Path, string Code)>();
        foreach (var (file, count) in new[] { ("a.json", FirstFileClaims), ("c.json", ThirdFileClaims) })
        {
            for (var i = 0; i < count; i++)
            {
                if (Problem(file, i) is { } code)
                {
                    expected.Add((file, code == ClaimSetErrorCodes.DuplicateId ? $"claims[{i}].id" : code == ClaimSetErrorCodes.WrongType ? $"claims[{i}].negated" : $"claims[{i}].value", code));
                }
            }
        }

        Assert.Equal(expected, result.Errors.Select(e => (e.File, e.Path, e.Code)));
        var duplicate = result.Errors.First(e => e.Code == ClaimSetErrorCodes.DuplicateId);
        Assert.Contains("a.json: claims[", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal(FirstFileClaims + ThirdFileClaims - expected.Count, result.ClaimSet!.Claims.Length);
        Assert.Equal(expected.Count, result.SkippedClaims.Length);

        // Every loaded claim is found by its id, and the rejected duplicates did not replace the originals.
        foreach (var claim in result.ClaimSet.Claims)
        {
            Assert.True(result.ClaimSet.TryGetClaim(claim.Id, out var found) && ReferenceEquals(found, claim));
        }
    }

    [Fact]
    public void Load_WithoutProblems_FindsEveryClaimById()
    {
        var json = Document("a.json", FirstFileClaims, withProblems: false);
        var result = Loader(-1).Load([ClaimSetInput.FromJson("a.json", json)]);
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Errors.Take(3)));
        for (var i = 0; i < result.ClaimSet!.Claims.Length; i++)
        {
            Assert.True(result.ClaimSet.TryGetClaim($"a.json-{i}", out var claim));
            Assert.Same(result.ClaimSet.Claims[i], claim);
        }

        Assert.False(result.ClaimSet.TryGetClaim("a.json-999999", out _));
    }

    [Fact]
    public void Load_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Loader(-1).Load(Inputs(), cancellationToken: cancellation.Token));
    }

    [Fact]
    public void Load_ManySources_BindsThemInChunks_WithTheErrorsOfOneThreadInFileOrder()
    {
        // Sources are bound in chunks of 1,024 on every core: 3,000 of them, every 113th with a date that is none and
        // every 211th reusing the id of an earlier one, each cited by a claim.
        const int count = 3_000;
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""{ "format": "contradictions/claim-set@1", {{ClaimSetLoaderTests.Vocabulary}}, "sources": [""");
        var (expected, duplicates) = (new List<(string Path, string Code)>(), new List<(string Path, string Code)>());
        for (var i = 0; i < count; i++)
        {
            var (id, published) = (i % 211 == 7 ? $"s{i - 5}" : $"s{i}", i % 113 == 3 ? "2025-13-40" : "2025-10-10");
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{ "id": "{{id}}", "title": "T{{i}}", "published": "{{published}}" }""");
            if (i % 113 == 3)
            {
                expected.Add(($"sources[{i}].published", ClaimSetErrorCodes.InvalidDate));
            }

            if (i % 211 == 7)
            {
                duplicates.Add(($"sources[{i}].id", ClaimSetErrorCodes.DuplicateId));
            }
        }

        json.Append("""], "claims": [""");
        for (var i = 0; i < count; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{{(i == 0 ? "" : ",")}}{ "id": "c{{i}}", "source": "s{{i}}", "subject": "x", "property": "killed", "value": "{{i}}" }""");
        }

        var input = ClaimSetInput.FromJson("many.json", json.Append("] }").ToString());
        var sequential = Loader(1).Load([input], skipInvalidClaims: true);
        var parallel = Loader(-1).Load([input], skipInvalidClaims: true);

        Assert.Equal(sequential.Errors.Select(e => e.ToString()), parallel.Errors.Select(e => e.ToString()));
        // Each source's own problems in file order, then the ids used twice (found when the files' sources are merged).
        Assert.Equal(expected.Concat(duplicates), parallel.Errors.Where(e => e.Path.StartsWith("sources", StringComparison.Ordinal)).Select(e => (e.Path, e.Code)));

        // A claim finds its source, in whichever chunk it was bound; one naming an invalid or a reused id does not load.
        var claims = parallel.ClaimSet!.Claims;
        Assert.All(claims, c => Assert.Equal($"s{c.Id[1..]}", c.Source.Id));
        Assert.Equal(count - expected.Count - duplicates.Count, claims.Length);
    }

    private static ClaimSetLoader Loader(int parallelism) => new(new ContradictionOptions { MaxDegreeOfParallelism = parallelism });

    private static ClaimSetInput[] Inputs() =>
    [
        ClaimSetInput.FromJson("a.json", Document("a.json", FirstFileClaims, withProblems: true)),
        ClaimSetInput.FromJson("b.json", """{ "format": "contradictions/claim-set@1", "claims": [] }"""),
        ClaimSetInput.FromJson("c.json", Document("c.json", ThirdFileClaims, withProblems: true)),
    ];

    // Planted problems: in c.json every 97th claim reuses an id of a.json, every 101st has an unreadable value and
    // every 89th a field of the wrong type; a.json has only unreadable values, at every 101st claim.
    private static string? Problem(string file, int i) =>
        file == "c.json" && i % 97 == 5 ? ClaimSetErrorCodes.DuplicateId
        : i % 101 == 7 ? ClaimSetErrorCodes.InvalidExpression
        : file == "c.json" && i % 89 == 3 ? ClaimSetErrorCodes.WrongType
        : null;

    private static string Document(string file, int count, bool withProblems)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""{ "format": "contradictions/claim-set@1", {{ClaimSetLoaderTests.Vocabulary}}, """);
        json.Append(CultureInfo.InvariantCulture, $$"""
            "sources": [ { "id": "{{file}}-s", "title": "T", "published": "2025-10-10" } ], "claims": [
            """);
        for (var i = 0; i < count; i++)
        {
            var problem = withProblems ? Problem(file, i) : null;
            var id = problem == ClaimSetErrorCodes.DuplicateId ? $"a.json-{i * 3 % FirstFileClaims}" : $"{file}-{i}";
            var value = problem == ClaimSetErrorCodes.InvalidExpression ? "a great many" : $"about {i % 50 * 100}";
            var negated = problem == ClaimSetErrorCodes.WrongType ? "\"no\"" : "false";
            json.Append(CultureInfo.InvariantCulture, $$"""
                {{(i == 0 ? "" : ",")}}{ "id": "{{id}}", "source": "{{file}}-s", "subject": "subject-{{i % 40}}", "property": "killed",
                  "value": "{{value}}", "time": "{{(i % 3 == 0 ? "in September" : "last week")}}", "negated": {{negated}} }
                """);
        }

        return json.Append("] }").ToString();
    }
}
