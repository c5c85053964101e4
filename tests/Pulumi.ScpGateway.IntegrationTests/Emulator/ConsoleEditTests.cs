using System.Net;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>PATCH /_emulator/apis/... changes a stored stage or API key the way an edit in the SCP console would.</summary>
public sealed class ConsoleEditTests : IAsyncLifetime
{
    private RunningEmulator _emulator = null!;
    private World _world = null!;

    private SigningClient Client => _emulator.Client;

    public async Task InitializeAsync()
    {
        _emulator = await RunningEmulator.StartAsync();
        _world = await World.CreateAsync(Client);
    }

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    [Fact]
    public async Task A_stage_edit_by_names_changes_only_the_given_fields_and_shows_in_the_scp_api()
    {
        var edit = await Client.AdminAsync("PATCH", $"/_emulator/apis/world-api/stages/{World.Stage}", new { cors_enabled = true, allow_origins = new[] { "https://a.example", "https://b.example" } });

        Assert.Equal(HttpStatusCode.OK, edit.Status);
        var stage = (await World.Expect(Client.GetAsync(_world.Fill("/v1/apis/{api_id}/stages/{stage_name}")))).Body.GetProperty("stage");
        Assert.True(stage.GetProperty("cors_enabled").GetBoolean());
        Assert.Equal(["https://a.example", "https://b.example"], stage.GetProperty("allow_origins").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("world stage", stage.GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_api_key_edit_by_ids_changes_its_description()
    {
        var edit = await Client.AdminAsync("PATCH", _world.Fill("/_emulator/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys/{api_key_id}"), new { description = "edited" });

        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.False(edit.Body.TryGetProperty("key", out _));
        var keys = (await World.Expect(Client.GetAsync(_world.Fill("/v1/apis/{api_id}/usage-plans/{usage_plan_id}/api-keys")))).Body.GetProperty("api_keys");
        Assert.Equal("edited", keys[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task A_bad_value_is_refused_and_changes_nothing()
    {
        var edit = await Client.AdminAsync("PATCH", $"/_emulator/apis/world-api/stages/{World.Stage}", new { cors_enabled = true, allow_methods = new[] { "FETCH" } });

        Assert.Equal(HttpStatusCode.BadRequest, edit.Status);
        Assert.StartsWith("allow_methods: 'FETCH' is not one of", Assert.Single(edit.Errors), StringComparison.Ordinal);
        var stage = (await World.Expect(Client.GetAsync(_world.Fill("/v1/apis/{api_id}/stages/{stage_name}")))).Body.GetProperty("stage");
        Assert.False(stage.GetProperty("cors_enabled").GetBoolean());
    }

    [Fact]
    public async Task Unknown_fields_and_objects_are_refused()
    {
        var field = await Client.AdminAsync("PATCH", $"/_emulator/apis/world-api/stages/{World.Stage}", new { deployment_id = "x" });
        var stage = await Client.AdminAsync("PATCH", "/_emulator/apis/world-api/stages/no-such-stage", new { description = "x" });
        var key = await Client.AdminAsync("PATCH", "/_emulator/apis/world-api/usage-plans/world-plan/api-keys/no-such-key", new { description = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, field.Status);
        Assert.StartsWith("deployment_id: cannot be edited here", Assert.Single(field.Errors), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, stage.Status);
        Assert.Equal(HttpStatusCode.NotFound, key.Status);
    }
}
