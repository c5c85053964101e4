using Microsoft.Extensions.Time.Testing;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Framework.Values;
using static Pulumi.ScpGateway.Tests.Framework.TestRegistry;

namespace Pulumi.ScpGateway.Tests.Framework;

public sealed class CreateJournalTests : IDisposable
{
    private static readonly string GatewayUrn = Urn(GatewayToken, "my-gw");
    private static readonly PropertyMap Region = Map(("region", "kr-west1"));

    private readonly DirectoryInfo _home = Directory.CreateTempSubdirectory("scpgw-journal-test-");
    private readonly CreateJournal _journal;
    private readonly TestRegistry _test = new();

    public CreateJournalTests()
    {
        _journal = new CreateJournal(Path.Combine(_home.FullName, "creates"), error => error is ScpApiException { OutcomeUnknown: true });
        _test.Registry.WithCreateJournal(_journal);
    }

    public void Dispose() => _home.Delete(recursive: true);

    [Fact]
    public void The_directory_is_the_state_directory_override_else_pulumi_home_else_the_users_pulumi_folder()
    {
        Dictionary<string, string?> variables = new() { ["SCPGATEWAY_STATE_DIR"] = "/srv/scpgw", ["PULUMI_HOME"] = "/p", ["HOME"] = "/home/u" };
        Assert.Equal("/srv/scpgw/creates", CreateJournal.ForEnvironment("scpgateway", name => variables.GetValueOrDefault(name))!.Directory);
        variables.Remove("SCPGATEWAY_STATE_DIR");
        Assert.Equal("/p/scpgateway/creates", CreateJournal.ForEnvironment("scpgateway", name => variables.GetValueOrDefault(name))!.Directory);
        variables.Remove("PULUMI_HOME");
        Assert.Equal("/home/u/.pulumi/scpgateway/creates", CreateJournal.ForEnvironment("scpgateway", name => variables.GetValueOrDefault(name))!.Directory);
        variables.Remove("HOME");
        Assert.Null(CreateJournal.ForEnvironment("scpgateway", name => variables.GetValueOrDefault(name)));
    }

    [Fact]
    public void A_recorded_entry_is_found_by_its_urn_only_until_it_is_removed()
    {
        var entry = Entry("gw-abc1234");
        _journal.Record(entry);

        var found = _journal.Find(GatewayUrn);
        Assert.NotNull(found);
        Assert.Equal("gw-abc1234", found.Identity["name"]);
        Assert.Equal(entry.StartedAt, found.StartedAt);
        Assert.Null(_journal.Find(Urn(GatewayToken, "other-gw")));
        Assert.Single(Directory.GetFiles(_journal.Directory)); // No temporary file stays behind.

        _journal.Remove(GatewayUrn);
        Assert.Null(_journal.Find(GatewayUrn));
    }

    [Fact]
    public void Entries_another_process_writes_or_removes_after_a_lookup_are_seen_by_the_next_one()
    {
        // The journal keeps a listing of its directory so that Check does not touch a file per resource;
        // a killed run's entries, or another plugin's, must still be seen.
        var elsewhere = new CreateJournal(_journal.Directory);
        Assert.Null(_journal.Find(GatewayUrn));

        elsewhere.Record(Entry("gw-abc1234"));
        Assert.Equal("gw-abc1234", _journal.Find(GatewayUrn)?.Identity["name"]);

        elsewhere.Record(Entry("gw-abc1234") with { Urn = Urn(GatewayToken, "second-gw") });
        elsewhere.Remove(GatewayUrn);
        Assert.Null(_journal.Find(GatewayUrn));
        Assert.NotNull(_journal.Find(Urn(GatewayToken, "second-gw")));
    }

    [Fact]
    public void Check_sees_another_process_entries_once_its_listing_is_a_second_old_and_its_own_at_once()
    {
        // Check looks up every new resource: from a listing up to a second old, without a system call each.
        var clock = new FakeTimeProvider();
        var journal = new CreateJournal(_journal.Directory, clock: clock);
        var elsewhere = new CreateJournal(_journal.Directory);
        Assert.Null(journal.FindRecent(GatewayUrn));

        elsewhere.Record(Entry("gw-abc1234"));
        clock.Advance(CreateJournal.RecentListing - TimeSpan.FromMilliseconds(1));
        Assert.Null(journal.FindRecent(GatewayUrn));
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("gw-abc1234", journal.FindRecent(GatewayUrn)?.Identity["name"]);

        var second = Urn(GatewayToken, "second-gw");
        journal.Record(Entry("gw-second1") with { Urn = second });
        Assert.Equal("gw-second1", journal.FindRecent(second)?.Identity["name"]);
        journal.Remove(second);
        Assert.Null(journal.FindRecent(second));
    }

    [Fact]
    public async Task An_unreadable_entry_counts_as_none()
    {
        _journal.Record(Entry("gw-abc1234"));
        await File.WriteAllTextAsync(Directory.GetFiles(_journal.Directory).Single(), "{\"urn\": ");

        Assert.Null(_journal.Find(GatewayUrn));
    }

    [Fact]
    public void The_identity_holds_the_name_and_replace_inputs_but_no_secret_or_unknown()
    {
        var declaration = ResourceDeclaration.For<GatewayResource>();
        var inputs = Map(("name", "gw-abc1234"), ("endpointType", PropertyValue.MakeSecret("PRIVATE")), ("description", "not identifying"),
            ("tags", Object(("team", "ops"))), ("password", PropertyValue.MakeSecret("hunter2")));

        var entry = CreateJournalEntry.For(declaration, GatewayUrn, inputs, DateTimeOffset.UnixEpoch);

        Assert.Equal(new Dictionary<string, string> { ["name"] = "gw-abc1234" }, entry.Identity);
        Assert.Null(CreateJournalEntry.For(declaration, GatewayUrn, Map(("name", PropertyValue.Unknown)), DateTimeOffset.UnixEpoch).Identity.GetValueOrDefault("name"));
    }

    [Fact]
    public async Task A_name_the_program_made_secret_is_kept_as_a_digest_that_still_tells_names_apart()
    {
        var declaration = ResourceDeclaration.For<GatewayResource>();
        CreateJournalEntry SecretName(string name) =>
            CreateJournalEntry.For(declaration, GatewayUrn, Map(("name", PropertyValue.MakeSecret(name))), DateTimeOffset.UnixEpoch);

        _journal.Record(SecretName("gw-hidden1"));
        var text = await File.ReadAllTextAsync(Directory.GetFiles(_journal.Directory).Single());

        Assert.DoesNotContain("gw-hidden1", text, StringComparison.Ordinal);
        Assert.True(_journal.Find(GatewayUrn)!.SameObjectAs(SecretName("gw-hidden1")));
        Assert.False(_journal.Find(GatewayUrn)!.SameObjectAs(SecretName("gw-hidden2")));
        Assert.Empty(_journal.Find(GatewayUrn)!.Identity); // Nothing for Check to reuse as a name.
    }

    [Fact]
    public async Task A_new_resource_gets_the_name_its_unfinished_create_used_instead_of_a_new_one()
    {
        _journal.Record(Entry("gw-abc1234"));

        var check = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region, seed: "a fresh seed");

        Assert.Empty(check.Failures);
        Assert.Equal("gw-abc1234", check.Inputs.GetString("name"));
    }

    [Fact]
    public async Task A_given_name_or_an_existing_resource_ignores_the_unfinished_create()
    {
        _journal.Record(Entry("gw-abc1234"));

        var given = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Map(("region", "kr-west1"), ("name", "gw-mine")));
        var existing = await _test.CheckAsync(GatewayToken, Map(("region", "kr-west1"), ("name", "gw-old")), Region);
        var other = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region, name: "other-gw");

        Assert.Equal("gw-mine", given.Inputs.GetString("name"));
        Assert.Equal("gw-old", existing.Inputs.GetString("name"));
        Assert.StartsWith("other-gw-", other.Inputs.GetString("name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_create_looks_for_its_object_first_only_when_an_earlier_run_created_the_same_name()
    {
        _journal.Record(Entry("gw-abc1234"));

        Assert.False(await MarkedDuringAsync(Entry("gw-abc1234") with { Urn = Urn(GatewayToken, "other-gw") }));
        Assert.False(await MarkedDuringAsync(Entry("gw-other00")));
        _journal.Record(Entry("gw-abc1234"));
        Assert.True(await MarkedDuringAsync(Entry("gw-abc1234")));
    }

    [Fact]
    public async Task The_entry_goes_when_nothing_was_made_and_stays_while_the_answer_may_not_have_reached_the_engine()
    {
        await AssertEntryAfterAsync(new ScpApiException("CreateApi", System.Net.HttpStatusCode.Conflict, "name taken", ""), stays: false);
        await AssertEntryAfterAsync(failure: null, stays: true);
        await AssertEntryAfterAsync(new ResourceInitFailure("gw-1", PropertyMap.Empty, PropertyMap.Empty, ["not Active"], null), stays: true);
        await AssertEntryAfterAsync(new ScpApiException("CreateApi", null, "no answer", "") { OutcomeUnknown = true }, stays: true);
        await AssertEntryAfterAsync(new OperationCanceledException(), stays: true);
    }

    [Fact]
    public async Task A_created_resource_keeps_its_entry_until_a_check_with_its_state_shows_the_engine_holds_it()
    {
        var check = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region);
        var created = await _test.Registry.CreateAsync(new ResourceCreateRequest(GatewayUrn, check.Inputs), CancellationToken.None);
        Assert.NotNull(_journal.Find(GatewayUrn));

        // A run whose engine never got the answer: Check without state reuses the recorded name.
        var again = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region, seed: "another seed");
        Assert.Equal(check.Inputs.GetString("name"), again.Inputs.GetString("name"));

        await _test.CheckAsync(GatewayToken, created.Properties, Region);
        Assert.Null(_journal.Find(GatewayUrn));
        Assert.Single(_test.Store.Gateways);
    }

    [Fact]
    public async Task Deleting_the_resource_drops_its_entry()
    {
        var check = await _test.CheckAsync(GatewayToken, PropertyMap.Empty, Region);
        var created = await _test.Registry.CreateAsync(new ResourceCreateRequest(GatewayUrn, check.Inputs), CancellationToken.None);

        await _test.Registry.DeleteAsync(new ResourceDeleteRequest(created.Id, GatewayUrn, created.Properties), CancellationToken.None);

        Assert.Null(_journal.Find(GatewayUrn));
    }

    [Fact]
    public void A_long_run_of_creates_writes_over_the_files_of_removed_entries_instead_of_making_new_ones()
    {
        // Making and deleting a file per create made ext4 look past every recently deleted inode on
        // each new one: a quarter of the plugin's CPU in a 500-resource up after a refresh.
        var spares = Path.Combine(_journal.Directory, ".spares");
        for (var create = 0; create < 50; create++)
        {
            var urn = Urn(GatewayToken, $"gw-{create}");
            _journal.Record(Entry($"gw-{create}") with { Urn = urn });
            Assert.Empty(Directory.GetFiles(spares)); // The spare became the entry.
            Assert.Equal($"gw-{create}", _journal.Find(urn)!.Identity["name"]);

            _journal.Remove(urn);
            Assert.Null(_journal.Find(urn));
            Assert.Empty(Directory.GetFiles(_journal.Directory));
            Assert.Single(Directory.GetFiles(spares)); // Kept for the next record, not deleted.
        }
    }

    [Fact]
    public void The_next_plugin_writes_over_the_files_an_ended_one_kept()
    {
        var longName = "gw-" + new string('a', 200);
        _journal.Record(Entry(longName));
        _journal.Remove(GatewayUrn);
        var kept = Assert.Single(Directory.GetFiles(Path.Combine(_journal.Directory, ".spares")));

        var next = new CreateJournal(_journal.Directory);
        next.Record(Entry("gw-abc1234")); // Shorter than what the spare held.

        Assert.False(File.Exists(kept)); // It became the next plugin's entry.
        Assert.Equal("gw-abc1234", next.Find(GatewayUrn)!.Identity["name"]);
        Assert.Equal("gw-abc1234", new CreateJournal(_journal.Directory).Find(GatewayUrn)!.Identity["name"]);
    }

    private static CreateJournalEntry Entry(string name) =>
        new(GatewayUrn, new Dictionary<string, string> { ["name"] = name }, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero));

    private Task<bool> MarkedDuringAsync(CreateJournalEntry entry) =>
        _journal.RunAsync(entry, Task.FromResult, SilentResourceLog.Instance, CancellationToken.None);

    /// <summary>Runs a create that fails with <paramref name="failure"/> (or succeeds, for null) and checks the entry afterwards.</summary>
    private async Task AssertEntryAfterAsync(Exception? failure, bool stays)
    {
        var entry = Entry("gw-abc1234");
        var passedOn = await Record.ExceptionAsync(() =>
            _journal.RunAsync(entry, _ => failure is null ? Task.FromResult(0) : throw failure, SilentResourceLog.Instance, CancellationToken.None));

        // The journal passes the create's own failure on, unchanged: swallowing it would report a create that never happened.
        Assert.Same(failure, passedOn);
        Assert.Equal(stays, _journal.Find(GatewayUrn) is not null);
        _journal.Remove(GatewayUrn);
    }
}
