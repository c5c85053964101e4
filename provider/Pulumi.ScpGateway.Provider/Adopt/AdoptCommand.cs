using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Provider.Configuration;
using Pulumi.ScpGateway.Provider.Resources;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.ApiGateway;
using Pulumi.ScpGateway.Scp.QueueService;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// <c>pulumi-resource-scpgateway adopt</c>: resolves the SCP settings as the provider's Configure does
/// (flags, then the environment, then <c>~/.scpconf</c>), reads what was asked for with the provider's
/// Read, and writes the YAML program, the C# program and the <c>pulumi import --file</c> JSON.
/// </summary>
public static class AdoptCommand
{
    public const string Name = "adopt";

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        AdoptCommandLine commandLine;
        try
        {
            commandLine = AdoptCommandLine.Parse(args);
        }
        catch (AdoptUsageException usage)
        {
            await errors.WriteLineAsync($"adopt: {usage.Message}\n{AdoptCommandLine.Usage}");
            return 2;
        }

        var variables = commandLine.Config.ToDictionary(pair => ProviderConfigure.VariablePrefix + pair.Key, pair => pair.Value, StringComparer.Ordinal);
        var configured = await ProviderConfigure.ResolveAsync(null, variables, ScpSettingsResolver.ForCurrentProcess(), cancellationToken);
        if (configured.Settings is not { } settings)
        {
            foreach (var problem in configured.Problems)
            {
                await errors.WriteLineAsync($"adopt: config {problem.Property}: {problem.Reason}");
            }
            foreach (var missing in configured.MissingKeys)
            {
                await errors.WriteLineAsync($"adopt: config {missing.Name} is missing: {missing.Description} (or --config {missing.Name}=...)");
            }
            return 2;
        }

        var progress = new AdoptProgress(output);
        progress.Line($"adopt: reading API Gateway at {settings.ApiGatewayEndpoint} and Queue Service at {settings.QueueServiceEndpoint}");
        using var clients = ScpClients.Create(settings, options: new ScpClientOptions { ProviderVersion = PackageVersion.Of(typeof(AdoptCommand).Assembly) });
        var reads = new CachedApiGatewayReads(clients.ApiGateway);
        var registry = PackageCatalog.Create();
        registry.Configure(ProviderServices.None.With<IApiGatewayClient>(reads).With<IQueueServiceClient>(clients.QueueService));
        IReadOnlyList<FoundObject> found;
        using (var reader = new AdoptReader(registry, reads, clients.QueueService, progress))
        {
            found = await reader.ReadAsync(commandLine.Selection, cancellationToken);
        }

        var program = AdoptProgramBuilder.Build(found, registry);
        var written = await WriteAsync(commandLine, program, registry.DeclarationOf, cancellationToken);
        Summary(progress, program, written);
        return found.Count == 0 ? 1 : 0;
    }

    private static async Task<IReadOnlyList<string>> WriteAsync(AdoptCommandLine commandLine, IReadOnlyList<AdoptedResource> program, Func<string, ResourceDeclaration> declarationOf, CancellationToken cancellationToken)
    {
        var files = new (string Path, string Text)[]
        {
            (Path.Combine(commandLine.OutputDirectory, "yaml", "Pulumi.yaml"), YamlProgramWriter.Write(commandLine.Project, program)),
            (Path.Combine(commandLine.OutputDirectory, "csharp", "Program.cs"), CSharpProgramWriter.Write(program, declarationOf)),
            (Path.Combine(commandLine.OutputDirectory, "import.json"), ImportFileWriter.Write(program)),
        };
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, text, cancellationToken);
        }
        return [.. files.Select(file => file.Path)];
    }

    private static void Summary(AdoptProgress progress, IReadOnlyList<AdoptedResource> program, IReadOnlyList<string> written)
    {
        progress.Line($"adopted {program.Count} objects: {AdoptProgress.Count([.. program.Select(resource => resource.Found)])}");
        progress.Line($"wrote {string.Join(", ", written)}");
        var notReadable = program.SelectMany(resource => resource.NotReadable.Select(input => $"{resource.Found.Type}.{input.Name}"))
            .GroupBy(name => name, StringComparer.Ordinal).Select(group => $"{group.Key} ({group.Count()})").ToList();
        if (notReadable.Count > 0)
        {
            progress.Line($"inputs SCP cannot give back, left as comments to fill in: {string.Join(", ", notReadable)}");
        }
        var notAdopted = progress.NotAdoptedItems;
        if (notAdopted.Count > 0)
        {
            progress.Line($"not adopted ({notAdopted.Count}; --all-deployments adopts them too):");
            foreach (var item in notAdopted)
            {
                progress.Line($"  {item}");
            }
        }
        var skipped = progress.SkippedItems;
        if (skipped.Count > 0)
        {
            progress.Line($"skipped ({skipped.Count}):");
            foreach (var item in skipped)
            {
                progress.Line($"  {item}");
            }
        }
    }
}
