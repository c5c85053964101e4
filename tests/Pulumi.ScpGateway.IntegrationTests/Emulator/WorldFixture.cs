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

    public string Fill(string template) => World.Fill(template);
}
