namespace Pulumi.ScpGateway.Tests;

/// <summary>Files of the repository checkout the tests run from (found by walking up to the solution file).</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Directory = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "PulumiScpGateway.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (PulumiScpGateway.sln) was not found above the test directory.");
    });

    /// <summary>The absolute path of a file or directory given relative to the repository root.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Directory.Value, .. parts]);
}
