using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider;

/// <summary>
/// The composition root: the scpgateway package, with its create journal, served by the plugin
/// host (PROTOCOL.md §1).
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) =>
        PluginHost.RunAsync(args, () => ScpGatewayPackage.ForCurrentProcess(
            CreateJournal.ForEnvironment(PackageSchema.PackageName, Environment.GetEnvironmentVariable, OutcomeUnknown)));

    /// <summary>A create that failed this way may have made its object: its journal entry stays.</summary>
    private static bool OutcomeUnknown(Exception error) => error is ScpApiException { OutcomeUnknown: true };
}
