namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>Finds the published plugin executable the tests start.</summary>
public static class PluginBinary
{
    public const string EnvironmentVariable = "SCPGATEWAY_PLUGIN";
    public const string FileName = "pulumi-resource-scpgateway";

    /// <summary>
    /// <c>$SCPGATEWAY_PLUGIN</c> if set, else <c>bin/pulumi-resource-scpgateway</c> next to
    /// <c>PulumiScpGateway.sln</c> above the test's base directory.
    /// </summary>
    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new FileNotFoundException($"{EnvironmentVariable} points at '{configured}', which does not exist.");
        }

        var root = RepositoryRoot();
        var binary = Path.Combine(root, "bin", FileName);
        return File.Exists(binary)
            ? binary
            : throw new FileNotFoundException($"The plugin binary '{binary}' is missing: run `make provider` first.");
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PulumiScpGateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No PulumiScpGateway.sln above '{AppContext.BaseDirectory}'; set {EnvironmentVariable} to the plugin binary.");
    }
}
