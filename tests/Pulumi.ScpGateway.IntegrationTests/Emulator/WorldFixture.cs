namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>One emulator with one <see cref="World"/> for a test class whose tests only read or fail.</summary>
public sealed class WorldFixture : IAsyncLifetime
{
    public RunningEmulator Emulator { get; private set; } = null!;

    public World World { get; private set; } = null!;

    public SigningClient Client => Emulator.Client;

    public async Task InitializeAsync()
    {
        Emulator = await RunningEmulator.StartAsync();
        World = await World.CreateAsync(Emulator.Client);
    }

    public async Task DisposeAsync() => await Emulator.DisposeAsync();

    /// <summary>Fills <c>{api}</c>, <c>{resource}</c>, <c>{plan}</c>, <c>{key}</c>, <c>{auth}</c>, <c>{acl}</c>, <c>{ple}</c>, <c>{queue}</c>, <c>{stage}</c>, <c>{deployment}</c>.</summary>
    public string Fill(string template) => template
        .Replace("{api}", World.ApiId, StringComparison.Ordinal)
        .Replace("{resource}", World.ResourceId, StringComparison.Ordinal)
        .Replace("{plan}", World.UsagePlanId, StringComparison.Ordinal)
        .Replace("{key}", World.ApiKeyId, StringComparison.Ordinal)
        .Replace("{auth}", World.AuthId, StringComparison.Ordinal)
        .Replace("{acl}", World.AccessControlId, StringComparison.Ordinal)
        .Replace("{ple}", World.PrivateLinkEndpointId, StringComparison.Ordinal)
        .Replace("{queue}", World.QueueId, StringComparison.Ordinal)
        .Replace("{stage}", World.StageName, StringComparison.Ordinal)
        .Replace("{deployment}", World.DeploymentId, StringComparison.Ordinal);
}
