namespace Contradictions.Tests;

/// <summary>Paths in the repository the tests run from.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string TestData(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Contradictions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Contradictions.sln above {AppContext.BaseDirectory}.");
    }
}
