using Pulumi.ScpGateway.Host;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>A resource as the engine keeps it in state between calls.</summary>
public sealed record StateEntry(string Type, string Name, string Id, PropertyMap Inputs, PropertyMap Outputs)
{
    public string Urn => ProviderAgainstEmulator.UrnOf(Type, Name);
}

/// <summary>
/// The real plugin binary, configured against an in-process SCP emulator, driven call by call the
/// way the engine drives it (PROTOCOL.md §2). Out-of-band changes go through the normal SCP API with
/// the emulator's keys (<see cref="Scp"/>), as a colleague with console access would make them; what
/// the plugin did in SCP is read raw from the emulator (<see cref="ScpHoldsAsync"/>).
/// </summary>
public sealed class ProviderAgainstEmulator : IAsyncDisposable
{
    private static readonly HttpClient Admin = new();
    private readonly ScpClients scp;

    private ProviderAgainstEmulator(EmulatorHost emulator, EngineSession session, ScpClients scp)
    {
        Emulator = emulator;
        Session = session;
        this.scp = scp;
    }

    public EmulatorHost Emulator { get; }

    public EngineSession Session { get; }

    /// <summary>The SCP API with the emulator's keys, for setting things up and for out-of-band changes.</summary>
    public ScpClients Scp => scp;

    public static string UrnOf(string type, string name) => $"urn:pulumi:test::scpgw::{type}::{name}";

    public static string Token(string name) => $"scpgateway:index:{name}";

    public static async Task<ProviderAgainstEmulator> StartAsync(
        EmulatorOptions? options = null, ProviderConfig? extraConfig = null, IReadOnlyDictionary<string, string?>? pluginEnvironment = null)
    {
        var emulator = await EmulatorHost.StartAsync(options ?? new EmulatorOptions { ApiCreateDelayMs = 0, QueueCreateDelayMs = 0 }, CancellationToken.None);
        var session = await EngineSession.StartAsync(new EngineSessionOptions { Environment = pluginEnvironment ?? new Dictionary<string, string?>() });
        var config = (extraConfig ?? new ProviderConfig())
            .SetSecret("accessKey", emulator.AccessKey)
            .SetSecret("secretKey", emulator.SecretKey)
            .Set("apiGatewayEndpoint", emulator.Endpoint)
            .Set("queueServiceEndpoint", emulator.Endpoint);
        var outcome = await session.ConfigureAsync(config);
        if (outcome.Response is null)
        {
            throw new InvalidOperationException("CheckConfig failed: " + string.Join("; ", outcome.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }
        var scp = ScpClients.Create(new ScpSettings
        {
            AccessKey = emulator.AccessKey,
            SecretKey = emulator.SecretKey,
            ApiGatewayEndpoint = new Uri(emulator.Endpoint),
            QueueServiceEndpoint = new Uri(emulator.Endpoint),
        });
        return new ProviderAgainstEmulator(emulator, session, scp);
    }

    /// <summary>Check as the engine sends it for a new resource (olds empty) or an existing one.</summary>
    public Task<CheckResponse> CheckAsync(string type, string name, PropertyMap news, PropertyMap? olds = null, byte[]? randomSeed = null) =>
        Session.CallAsync<CheckRequest, CheckResponse>(ResourceProviderMethods.Check, new CheckRequest
        {
            Urn = UrnOf(type, name),
            Type = Token(type),
            Name = name,
            Olds = StructConverter.ToStruct(olds ?? PropertyMap.Empty),
            News = StructConverter.ToStruct(news),
            RandomSeed = ByteString.CopyFrom(randomSeed ?? SeedFor(type, name)),
        });

    /// <summary>Check, then Create with what Check returned; fails the test on CheckFailures.</summary>
    public async Task<StateEntry> CreateAsync(string type, string name, PropertyMap inputs, bool preview = false, double timeoutSeconds = 0)
    {
        var checkedInputs = await CheckedAsync(type, name, inputs);
        var created = await Session.CallAsync<CreateRequest, CreateResponse>(ResourceProviderMethods.Create, new CreateRequest
        {
            Urn = UrnOf(type, name),
            Type = Token(type),
            Name = name,
            Properties = StructConverter.ToStruct(checkedInputs),
            Preview = preview,
            Timeout = timeoutSeconds,
        });
        return new StateEntry(type, name, created.Id, checkedInputs, StructConverter.ToPropertyMap(created.Properties));
    }

    /// <summary>Refresh: Read with the old outputs and inputs; null when the resource is gone.</summary>
    public async Task<StateEntry?> RefreshAsync(StateEntry entry)
    {
        var read = await Session.CallAsync<ReadRequest, ReadResponse>(ResourceProviderMethods.Read, new ReadRequest
        {
            Id = entry.Id,
            Urn = entry.Urn,
            Type = Token(entry.Type),
            Name = entry.Name,
            Properties = StructConverter.ToStruct(entry.Outputs),
            Inputs = StructConverter.ToStruct(entry.Inputs),
        });
        return read.Id.Length == 0 ? null : entry with { Id = read.Id, Inputs = StructConverter.ToPropertyMap(read.Inputs), Outputs = StructConverter.ToPropertyMap(read.Properties) };
    }

    /// <summary>Import: Read with the id alone; the inputs it returns are what `pulumi import` writes into the program.</summary>
    public async Task<StateEntry?> ImportAsync(string type, string name, string id)
    {
        var read = await Session.CallAsync<ReadRequest, ReadResponse>(ResourceProviderMethods.Read, new ReadRequest
        {
            Id = id,
            Urn = UrnOf(type, name),
            Type = Token(type),
            Name = name,
        });
        return read.Id.Length == 0 ? null : new StateEntry(type, name, read.Id, StructConverter.ToPropertyMap(read.Inputs), StructConverter.ToPropertyMap(read.Properties));
    }

    /// <summary>Diff of the state against new (unchecked) inputs: Check with the old inputs first, as the engine does.</summary>
    public async Task<DiffResponse> DiffAsync(StateEntry entry, PropertyMap news, IEnumerable<string>? ignoreChanges = null)
    {
        var checkedNews = await CheckedAsync(entry.Type, entry.Name, news, entry.Inputs);
        return await DiffCheckedAsync(entry, checkedNews, ignoreChanges);
    }

    public Task<DiffResponse> DiffCheckedAsync(StateEntry entry, PropertyMap checkedNews, IEnumerable<string>? ignoreChanges = null)
    {
        var request = new DiffRequest
        {
            Id = entry.Id,
            Urn = entry.Urn,
            Type = Token(entry.Type),
            Name = entry.Name,
            Olds = StructConverter.ToStruct(entry.Outputs),
            OldInputs = StructConverter.ToStruct(entry.Inputs),
            News = StructConverter.ToStruct(checkedNews),
        };
        request.IgnoreChanges.AddRange(ignoreChanges ?? []);
        return Session.CallAsync<DiffRequest, DiffResponse>(ResourceProviderMethods.Diff, request);
    }

    /// <summary>Check then Update in place; returns the new state.</summary>
    public async Task<StateEntry> UpdateAsync(StateEntry entry, PropertyMap news, bool preview = false)
    {
        var checkedNews = await CheckedAsync(entry.Type, entry.Name, news, entry.Inputs);
        var updated = await Session.CallAsync<UpdateRequest, UpdateResponse>(ResourceProviderMethods.Update, new UpdateRequest
        {
            Id = entry.Id,
            Urn = entry.Urn,
            Type = Token(entry.Type),
            Name = entry.Name,
            Olds = StructConverter.ToStruct(entry.Outputs),
            OldInputs = StructConverter.ToStruct(entry.Inputs),
            News = StructConverter.ToStruct(checkedNews),
            Preview = preview,
        });
        return entry with { Inputs = checkedNews, Outputs = StructConverter.ToPropertyMap(updated.Properties) };
    }

    public Task DeleteAsync(StateEntry entry) =>
        Session.CallAsync<DeleteRequest, Google.Protobuf.WellKnownTypes.Empty>(ResourceProviderMethods.Delete, new DeleteRequest
        {
            Id = entry.Id,
            Urn = entry.Urn,
            Type = Token(entry.Type),
            Name = entry.Name,
            Properties = StructConverter.ToStruct(entry.Outputs),
            OldInputs = StructConverter.ToStruct(entry.Inputs),
        });

    public async Task<PropertyMap> InvokeAsync(string function, PropertyMap args)
    {
        var response = await Session.CallAsync<InvokeRequest, InvokeResponse>(ResourceProviderMethods.Invoke, new InvokeRequest
        {
            Tok = Token(function),
            Args = StructConverter.ToStruct(args),
        });
        if (response.Failures.Count > 0)
        {
            throw new InvalidOperationException("Invoke failed: " + string.Join("; ", response.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }
        return StructConverter.ToPropertyMap(response.Return);
    }

    /// <summary>Everything the emulator holds (<c>/_emulator/state</c>).</summary>
    public async Task<JsonNode> EmulatorStateAsync() =>
        (await Admin.GetFromJsonAsync<JsonNode>(new Uri(Emulator.BaseUrl, "_emulator/state")))!;

    /// <summary>What SCP holds now, raw, for asserting what the plugin did there (not read through our SCP client).</summary>
    public async Task<ScpRecords> ScpHoldsAsync() => new(await EmulatorStateAsync());

    /// <summary>Per-operation request counts (<c>/_emulator/requests</c>).</summary>
    public async Task<int> RequestCountAsync(string operation)
    {
        var counts = (await Admin.GetFromJsonAsync<JsonNode>(new Uri(Emulator.BaseUrl, "_emulator/requests")))!;
        return counts["operations"]?[operation]?["count"]?.GetValue<int>() ?? 0;
    }

    /// <summary>Replaces the emulator's fault switches (<c>PUT /_emulator/faults</c>, snake_case fields); <c>new { }</c> turns faults off.</summary>
    public async Task SetFaultsAsync(object settings)
    {
        using var response = await Admin.PutAsJsonAsync(new Uri(Emulator.BaseUrl, "_emulator/faults"), settings);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Check that must pass; returns the checked inputs.</summary>
    public async Task<PropertyMap> CheckedAsync(string type, string name, PropertyMap news, PropertyMap? olds = null)
    {
        var response = await CheckAsync(type, name, news, olds);
        if (response.Failures.Count > 0)
        {
            throw new InvalidOperationException($"Check of {type} {name} failed: " + string.Join("; ", response.Failures.Select(f => $"{f.Property}: {f.Reason}")));
        }
        return StructConverter.ToPropertyMap(response.Inputs);
    }

    public async ValueTask DisposeAsync()
    {
        scp.Dispose();
        await Session.DisposeAsync();
        await Emulator.DisposeAsync();
    }

    /// <summary>The engine keeps one random seed per resource; a stable one keeps autonames stable across calls.</summary>
    private static byte[] SeedFor(string type, string name) =>
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(UrnOf(type, name)));
}
