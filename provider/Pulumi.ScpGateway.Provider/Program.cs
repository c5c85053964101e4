using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Scp;

namespace Pulumi.ScpGateway.Provider;

/// <summary>
/// The composition root: the scpgateway package, with its create journal, served by the plugin
/// host (PROTOCOL.md §1); or, as <c>pulumi-resource-scpgateway adopt ...</c>, the adopt command.
/// </summary>
public static class Program
{
    public static Task<int> Main(string[] args) => args is [Adopt.AdoptCommand.Name, .. var adoptArgs]
        ? Adopt.AdoptCommand.RunAsync(adoptArgs, Console.Out, Console.Error, CancellationToken.None)
        : PluginHost.RunAsync(args, () => ScpGatewayPackage.ForCurrentProcess(
            CreateJournal.ForEnvironment(PackageSchema.PackageName, Environment.GetEnvironmentVariable, OutcomeUnknown)));

    /// <summary>A create that failed this way may have made its object: its journal entry stays.</summary>
    private static bool OutcomeUnknown(Exception error) => error is ScpApiException { OutcomeUnknown: true };
}
