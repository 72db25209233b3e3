using Contradictions.Serialization;

namespace Contradictions.Tests.Reliability;

/// <summary>A corpus of broken files: each is reported with path-addressed errors, never a crash, never a silent drop.</summary>
public sealed class HostileInputTests
{
    private static readonly string Corpus = Repository.TestData("hostile");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Corpus, "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryHostileFile_IsRejectedWithPathAddressedErrors(string name)
    {
        var paths = name.StartsWith("duplicate-ids", StringComparison.Ordinal)
            ? new[] { Path.Combine(Corpus, "duplicate-ids-a.json"), Path.Combine(Corpus, "duplicate-ids-b.json") }
            : [Path.Combine(Corpus, name)];
        var result = new ClaimSetLoader().LoadFiles(paths);
        Assert.False(result.Success);
        Assert.Null(result.ClaimSet);
        Assert.NotEmpty(result.Errors);
        Assert.All(result.Errors, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Path));
            Assert.False(string.IsNullOrWhiteSpace(e.Code));
            Assert.DoesNotContain("   at ", e.Message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryHostileFile_WithSkipInvalid_ListsEveryClaimItLeavesOut(string name)
    {
        var result = new ClaimSetLoader().LoadFiles([Path.Combine(Corpus, name)], skipInvalidClaims: true);
        var loaded = result.ClaimSet?.Claims.Select(c => c.Id).ToHashSet() ?? [];
        foreach (var error in result.Errors.Where(e => e.ClaimId is not null))
        {
            Assert.DoesNotContain(error.ClaimId!, loaded);
        }

        Assert.All(result.SkippedClaims, id => Assert.Contains(result.Errors, e => e.ClaimId == id || e.Path.Length > 0 && id.Contains(e.Path.Split('.')[0], StringComparison.Ordinal)));
    }

    [Fact]
    public void AHundredMegabyteFile_IsRejectedQuicklyWithoutACrash()
    {
        var file = Path.Combine(Path.GetTempPath(), $"contradictions-big-{Guid.NewGuid():N}.json");
        try
        {
            using (var writer = new StreamWriter(file))
            {
                writer.Write("{ \"format\": \"contradictions/claim-set@1\", \"claims\": \"");
                var chunk = new string('x', 1 << 20);
                for (var i = 0; i < 100; i++)
                {
                    writer.Write(chunk);
                }

                writer.Write("\" }");
            }

            var result = new ClaimSetLoader().LoadFiles([file]);
            var error = Assert.Single(result.Errors);
            Assert.Equal(("claims", ClaimSetErrorCodes.WrongType), (error.Path, error.Code));
            Assert.True(error.Message.Length < 300, error.Message);

            var limits = new ContradictionOptions();
            limits.Limits.MaxFileBytes = 10 * 1024 * 1024;
            Assert.Equal(ClaimSetErrorCodes.LimitExceeded, Assert.Single(new ClaimSetLoader(limits).LoadFiles([file]).Errors).Code);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
