using Pulumi.ScpGateway.EngineSimulator.Deployment;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

public class StateFileTests
{
    [Fact]
    public void State_round_trips_with_secrets_seeds_and_flags()
    {
        var outputs = PropertyMap.Empty
            .With("name", "api")
            .With("token", PropertyValue.MakeSecret("t0k"))
            .With("tags", PropertyValue.FromObject(PropertyMap.Empty.With("env", "dev")))
            .With("ports", PropertyValue.FromArray(1, 2.5));
        var state = new StackState("shop", "dev", PropertyMap.Empty.With("secretKey", PropertyValue.MakeSecret("sk")), [
            new ResourceState("urn:a", "scpgateway:index:Api", "a", "id-1", PropertyMap.Empty.With("name", "api"), outputs, [], [1, 2, 3], Protect: true),
            new ResourceState("urn:b", "scpgateway:index:Stage", "b", "id-2", PropertyMap.Empty, PropertyMap.Empty, ["urn:a"], [4], PendingDelete: true, PartialFailure: true),
        ]);

        var text = StateFile.Serialize(state);
        var back = StateFile.Parse(text);

        Assert.Equal(state.Project, back.Project);
        Assert.Equal(state.ProviderConfig, back.ProviderConfig);
        Assert.Equal(state.Resources.Count, back.Resources.Count);
        for (var i = 0; i < state.Resources.Count; i++)
        {
            var (expected, actual) = (state.Resources[i], back.Resources[i]);
            Assert.Equal(expected with { RandomSeed = [], Dependencies = [] }, actual with { RandomSeed = [], Dependencies = [] });
            Assert.Equal(expected.RandomSeed, actual.RandomSeed);
            Assert.Equal(expected.Dependencies, actual.Dependencies);
        }

        Assert.True(back.Resources[0].Outputs["token"].IsSecret);
        Assert.Contains("1b47061264138c4ac30d75fd1eb44270", text, StringComparison.Ordinal);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_state_file_is_readable_by_its_owner_only()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("scpgw-state-").FullName, "dev.json");
        var state = new StackState("shop", "dev", PropertyMap.Empty.With("secretKey", PropertyValue.MakeSecret("sk")), []);

        await StateFile.SaveAsync(path, state, CancellationToken.None);
        await StateFile.SaveAsync(path, state, CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
    }

    [Fact]
    public void Stack_outputs_round_trip_with_their_secrets()
    {
        var state = new StackState("shop", "dev", PropertyMap.Empty, []) { Outputs = PropertyMap.Empty.With("url", "https://x").With("key", PropertyValue.MakeSecret("k")) };

        var back = StateFile.Parse(StateFile.Serialize(state));

        Assert.Equal(state.Outputs, back.Outputs);
        Assert.True(back.Outputs["key"].IsSecret);
    }
}
