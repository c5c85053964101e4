using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Provider.Resources;
using System.Text.Json.Nodes;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.ScpEmulator.Faults;

namespace Pulumi.ScpGateway.IntegrationTests.Resources;

/// <summary>Auth through the real plugin against the emulator.</summary>
public sealed class AuthTests(ProtectedApiFixture fixture) : IClassFixture<ProtectedApiFixture>
{
    private const string Type = "Auth";
    private readonly ProviderAgainstEmulator provider = fixture.Provider;

    private PropertyMap Program(string name, params string[] stages) => new PropertyMap([])
        .With("apiId", fixture.ApiId)
        .With("name", name)
        .With("expirationPeriod", 30.0)
        .With("connectedStages", PropertyValue.FromArray(stages.Select(PropertyValue.FromString)));

    private async Task<JsonObject> HeldAsync(string authId) =>
        (await provider.ScpHoldsAsync()).Auth(fixture.ApiId, authId) ?? throw new InvalidOperationException($"SCP holds no auth {authId}");

    [Fact]
    public async Task A_preview_with_an_unknown_api_calls_no_scp_and_leaves_the_outputs_unknown()
    {
        var before = await provider.RequestCountAsync("CreateAuth");

        var preview = await provider.CreateAsync(Type, "preview", Program("preview-auth").With("apiId", PropertyValue.Computed()), preview: true);

        Assert.Equal(before, await provider.RequestCountAsync("CreateAuth"));
        Assert.True(preview.Outputs["authId"].IsComputed);
        Assert.True(preview.Outputs["accessToken"].IsComputed);
        Assert.True(preview.Outputs["apiId"].IsComputed);
    }

    [Fact]
    public async Task Create_answers_the_id_the_outputs_and_the_token_as_a_secret()
    {
        var created = await provider.CreateAsync(Type, "create", Program("create-auth", "stg", "dev"));

        var authId = created.Outputs.GetString("authId");
        Assert.Equal($"{fixture.ApiId}/{authId}", created.Id);
        Assert.True(created.Outputs.IsSecret("accessToken"));
        Assert.False(string.IsNullOrEmpty(created.Outputs["accessToken"].SecretValue.AsString));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("expiredAt")));
        Assert.False(string.IsNullOrEmpty(created.Outputs.GetString("authMethod")));
        var auth = await HeldAsync(authId);
        Assert.Equal(["dev", "stg"], auth.Texts("connected_stages"));
        Assert.Equal(auth.Text("access_token"), created.Outputs["accessToken"].SecretValue.AsString);
    }

    [Fact]
    public async Task A_refresh_right_after_create_shows_no_diff_and_keeps_the_token()
    {
        var program = Program("refresh-auth", "dev", "stg");
        var created = await provider.CreateAsync(Type, "refresh", program);

        var refreshed = await provider.RefreshAsync(created);

        Assert.NotNull(refreshed);
        Assert.Equal(created.Outputs["accessToken"], refreshed.Outputs["accessToken"]);
        Assert.Equal(30.0, refreshed.Inputs["expirationPeriod"].AsNumber);
        await provider.AssertNoDiffAsync(refreshed, program);
    }

    [Fact]
    public async Task A_stage_change_made_outside_pulumi_shows_as_a_connectedStages_diff()
    {
        var program = Program("drift-auth", "dev");
        var created = await provider.CreateAsync(Type, "drift", program);
        await provider.Scp.ApiGateway.SetAuthAsync(fixture.ApiId, created.Outputs.GetString("authId"),
            new AuthSetRequest { ConnectedStages = ["dev", "prod"] }, CancellationToken.None);

        var refreshed = await provider.RefreshAsync(created);
        var diff = await provider.DiffAsync(refreshed!, program);

        Assert.Equal(DiffResponse.Types.DiffChanges.DiffSome, diff.Changes);
        Assert.Equal(["connectedStages"], diff.DetailedDiff.Keys);
        Assert.Equal(PropertyDiff.Types.Kind.Update, diff.DetailedDiff["connectedStages"].Kind);
    }

    [Fact]
    public async Task Stages_update_in_place_with_one_call_and_everything_else_replaces()
    {
        var created = await provider.CreateAsync(Type, "update", Program("update-auth", "dev"));
        var before = await provider.RequestCountAsync("SetAuth");

        var updated = await provider.UpdateAsync(created, Program("update-auth", "prod", "stg"));

        Assert.Equal(before + 1, await provider.RequestCountAsync("SetAuth"));
        Assert.Equal(created.Outputs["authId"], updated.Outputs["authId"]);
        Assert.Equal(created.Outputs["accessToken"], updated.Outputs["accessToken"]);
        Assert.Equal(["prod", "stg"], (await HeldAsync(updated.Outputs.GetString("authId"))).Texts("connected_stages"));
        await provider.EachReplacesAsync(updated, ("name", "other-auth"), ("expirationPeriod", 60.0), ("apiId", fixture.PrivateApiId));
    }

    [Fact]
    public async Task Import_by_api_and_auth_id_gives_inputs_that_check_and_show_no_diff_but_no_token()
    {
        var created = await provider.CreateAsync(Type, "import-source", Program("import-auth", "dev", "prod"));

        var imported = await provider.ImportsCleanlyAsync(Type, created.Id);

        Assert.False(imported.Inputs.ContainsKey("expirationPeriod"));
        Assert.False(imported.Outputs.TryGetValue("accessToken", out var token) && !token.IsNull);
        Assert.Equal("import-auth", imported.Inputs.GetString("name"));
    }

    [Fact]
    public async Task Delete_removes_it_a_second_delete_succeeds_and_a_refresh_then_finds_nothing()
    {
        var created = await provider.CreateAsync(Type, "delete", Program("delete-auth"));

        await provider.DeletesForGoodAsync(created, scp => scp.Auth(fixture.ApiId, created.Outputs.GetString("authId")));
    }

    [Fact]
    public async Task An_auth_that_SCP_lists_only_after_a_moment_is_still_found()
    {
        await provider.SetFaultsAsync(new FaultSettings { NotFoundAfterCreateMs = 1500, Operations = ["ListAuths"] });
        try
        {
            var created = await provider.CreateAsync(Type, "slow", Program("slow-auth"));

            Assert.Equal($"{fixture.ApiId}/{created.Outputs.GetString("authId")}", created.Id);
        }
        finally
        {
            await provider.SetFaultsAsync(new FaultSettings());
        }
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_records_the_auth_without_a_token_instead_of_orphaning_it()
    {
        var (error, failure, partial) = await provider.CreatePartlyAsync(
            new FaultSettings { Rate504AfterProcessing = 1, Operations = ["CreateAuth"] }, Type, "lost-answer", Program("lost-answer-auth"));

        var authId = partial.Outputs.GetString("authId");
        Assert.Equal($"{fixture.ApiId}/{authId}", failure.Id);
        Assert.Equal("lost-answer-auth", (await HeldAsync(authId)).Text("name"));
        Assert.False(partial.Outputs.TryGetValue("accessToken", out var token) && !token.IsNull);
        Assert.Contains("replace the auth to get a token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_auth_a_killed_run_created_is_made_again_so_that_the_stack_gets_its_token()
    {
        var program = Program("resumed-auth", "dev");
        var checkedInputs = await provider.CheckedAsync(Type, "resumed", program);
        // What a killed run leaves: the auth in SCP (the answer holding its token lost) and the plugin's journal entry.
        var scp = provider.Scp.ApiGateway;
        await scp.CreateAuthAsync(fixture.ApiId, new AuthCreateRequest { Name = "resumed-auth", ExpirationPeriod = 30, ConnectedStages = ["dev"] }, CancellationToken.None);
        var leftOver = (await provider.ScpHoldsAsync()).Auths(fixture.ApiId).Single(auth => auth.Text("name") == "resumed-auth").Text("id");
        var journal = new CreateJournal(Path.Combine(provider.Session.Plugin.StateDirectory, "creates"));
        var urn = ProviderAgainstEmulator.UrnOf(Type, "resumed");
        journal.Record(CreateJournalEntry.For(ResourceDeclaration.For<AuthResource>(), urn, checkedInputs, DateTimeOffset.UtcNow));

        var created = await provider.CreateAsync(Type, "resumed", program);

        var auth = Assert.Single((await provider.ScpHoldsAsync()).Auths(fixture.ApiId), auth => auth.Text("name") == "resumed-auth");
        Assert.Equal(auth.Text("id"), created.Outputs.GetString("authId"));
        Assert.NotEqual(leftOver, auth.Text("id"));
        Assert.Equal(auth.Text("access_token"), created.Outputs["accessToken"].SecretValue.AsString);
        Assert.False(string.IsNullOrEmpty(created.Outputs["accessToken"].SecretValue.AsString));
        await provider.RefreshAsync(created); // the engine shows it holds the auth
        Assert.Null(journal.Find(urn));
    }

    [Fact]
    public async Task An_auth_SCP_never_lists_is_reported_partly_created_and_the_next_update_finds_it()
    {
        var program = Program("unlisted-auth", "dev");
        var (error, failure, partial) = await provider.CreatePartlyAsync(
            new FaultSettings { NotFoundAfterCreateMs = 600_000, Operations = ["ListAuths"] }, Type, "unlisted", program);

        Assert.Equal($"{fixture.ApiId}/unlisted-auth", failure.Id);
        Assert.True(partial.Outputs.IsSecret("accessToken"));
        var token = partial.Outputs["accessToken"].SecretValue.AsString;
        Assert.DoesNotContain(token, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(token, provider.Session.Plugin.Stderr.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(provider.Session.Engine.Logs, entry => entry.Message.Contains(token, StringComparison.Ordinal));
        Assert.Contains(provider.Session.Engine.Logs, entry => entry.Message.Contains("waiting for auth 'unlisted-auth' to be listed", StringComparison.Ordinal));

        // Until then a refresh finds it by name.
        Assert.Equal("unlisted-auth", (await provider.RefreshAsync(partial))!.Outputs.GetString("name"));

        // The engine updates a resource left with init errors on the next up.
        var converged = await provider.UpdateAsync(partial, program);
        var authId = converged.Outputs.GetString("authId");
        Assert.Equal("unlisted-auth", (await HeldAsync(authId)).Text("name"));
        Assert.Equal(partial.Outputs["accessToken"], converged.Outputs["accessToken"]);
        var refreshed = await provider.RefreshAsync(converged);
        await provider.AssertNoDiffAsync(refreshed!, program);
    }
}
