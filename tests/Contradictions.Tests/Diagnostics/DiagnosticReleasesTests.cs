using Contradictions.Diagnostics;

namespace Contradictions.Tests.Diagnostics;

/// <summary>The release files list every code once, and the catalog agrees with them.</summary>
public sealed class DiagnosticReleasesTests
{
    private static IEnumerable<(string File, string Section, string[] Cells)> Rows()
    {
        foreach (var name in new[] { "DiagnosticReleases.Shipped.md", "DiagnosticReleases.Unshipped.md" })
        {
            var section = string.Empty;
            foreach (var line in File.ReadAllLines(Repository.Path("src", "Contradictions", "Diagnostics", name)))
            {
                if (line.StartsWith("### ", StringComparison.Ordinal))
                {
                    section = line[4..].Trim();
                }
                else if (line.StartsWith("CX", StringComparison.Ordinal))
                {
                    yield return (name, section, [.. line.Split('|').Select(c => c.Trim())]);
                }
            }
        }
    }

    [Fact]
    public void EveryBuiltInCode_IsListedOnceWithItsCategoryAndSeverity()
    {
        var added = Rows().Where(r => r.Section == "New Rules").ToList();
        Assert.Equal(added.Count, added.Select(r => r.Cells[0]).Distinct().Count());
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            var row = Assert.Single(added, r => r.Cells[0] == descriptor.Code);
            Assert.Equal(descriptor.Category, row.Cells[1]);
            Assert.Equal(descriptor.DefaultSeverity.ToString(), row.Cells[2]);
            Assert.StartsWith(descriptor.Kind, row.Cells[3], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryListedCode_IsInTheCatalogOrRetired()
    {
        var removed = Rows().Where(r => r.Section == "Removed Rules").Select(r => r.Cells[0]).ToHashSet();
        foreach (var (_, _, cells) in Rows().Where(r => r.Section == "New Rules"))
        {
            Assert.True(removed.Contains(cells[0]) || DiagnosticDescriptors.All.Any(d => d.Code == cells[0]), $"{cells[0]} is listed but neither in the catalog nor removed.");
        }

        Assert.Equal(DiagnosticDescriptors.All.Length, DiagnosticDescriptors.All.Select(d => d.Code).Distinct().Count());
    }
}
