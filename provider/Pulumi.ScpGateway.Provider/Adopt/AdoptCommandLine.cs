namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// <c>pulumi-resource-scpgateway adopt</c>'s arguments: what to read (<see cref="AdoptSelection"/>), where
/// to write, and config given as <c>--config key=value</c> (the provider's keys, with or without <c>scpgateway:</c>).
/// </summary>
public sealed record AdoptCommandLine(AdoptSelection Selection, string OutputDirectory, string Project, IReadOnlyDictionary<string, string> Config)
{
    public const string Usage = """
        usage: pulumi-resource-scpgateway adopt [what] [--out DIR] [--project NAME] [--config KEY=VALUE]...
          what (at least one):
            --api ID|NAME                 an API and everything below it (repeatable)
            --all-apis                    every API of the account
            --queue ID|NAME               a queue (repeatable)
            --all-queues                  every queue
            --all-privatelink-endpoints   every PrivateLink endpoint
            --all-deployments             also deployments no stage serves (listed, not adopted, by default)
          --out DIR         where yaml/Pulumi.yaml, csharp/Program.cs and import.json go (default: adopted)
          --project NAME    the YAML program's project name (default: adopted)
          --config KEY=VALUE  a provider setting (accessKey, region, apiGatewayEndpoint, ...); settings not
                            given come from the environment and ~/.scpconf, as for the provider
        """;

    public static AdoptCommandLine Parse(IReadOnlyList<string> args)
    {
        var apis = new List<string>();
        var queues = new List<string>();
        var config = new Dictionary<string, string>(StringComparer.Ordinal);
        var selection = new AdoptSelection();
        var output = "adopted";
        var project = "adopted";
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new AdoptUsageException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--api": apis.Add(Value()); break;
                case "--queue": queues.Add(Value()); break;
                case "--all-apis": selection = selection with { AllApis = true }; break;
                case "--all-queues": selection = selection with { AllQueues = true }; break;
                case "--all-privatelink-endpoints": selection = selection with { AllPrivateLinkEndpoints = true }; break;
                case "--all-deployments": selection = selection with { AllDeployments = true }; break;
                case "--out": output = Value(); break;
                case "--project": project = Value(); break;
                case "--config":
                    var setting = Value();
                    var equals = setting.IndexOf('=', StringComparison.Ordinal);
                    if (equals <= 0)
                    {
                        throw new AdoptUsageException($"--config {setting}: expected KEY=VALUE");
                    }
                    var key = setting[..equals];
                    config[key.StartsWith(PackageSchema.PackageName + ":", StringComparison.Ordinal) ? key[(PackageSchema.PackageName.Length + 1)..] : key] = setting[(equals + 1)..];
                    break;
                default: throw new AdoptUsageException($"unknown argument '{args[i]}'");
            }
        }
        selection = selection with { Apis = apis, Queues = queues };
        return selection.IsEmpty
            ? throw new AdoptUsageException("say what to adopt: --api, --all-apis, --queue, --all-queues or --all-privatelink-endpoints")
            : new AdoptCommandLine(selection, output, project, config);
    }
}

public sealed class AdoptUsageException(string message) : Exception(message);
