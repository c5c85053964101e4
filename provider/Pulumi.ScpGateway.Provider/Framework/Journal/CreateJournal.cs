using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Pulumi.ScpGateway.Provider.Scp;

namespace Pulumi.ScpGateway.Provider.Framework;

/// <summary>
/// The creates in flight, one small file per URN in a directory that outlives the plugin. The
/// engine forgets a create whose call never answered (the plugin was killed) and the next run
/// proposes a new autoname, orphaning what the killed create made. With an entry left behind, the
/// next run reuses the name (Check) and adopts the object if it exists (Create) instead of making
/// a second one.
/// </summary>
public sealed class CreateJournal(string directory)
{
    /// <summary>Overrides where the plugin keeps its state; the journal is its <c>creates</c> folder.</summary>
    public const string StateDirectoryVariable = "SCPGATEWAY_STATE_DIR";

    public string Directory { get; } = directory;

    /// <summary>
    /// <c>$SCPGATEWAY_STATE_DIR/creates</c>, else <c>$PULUMI_HOME/scpgateway/creates</c> (PULUMI_HOME
    /// defaults to <c>~/.pulumi</c>); null when there is no home to keep it in.
    /// </summary>
    public static CreateJournal? ForEnvironment(Func<string, string?> variable)
    {
        if (variable(StateDirectoryVariable) is { Length: > 0 } stateDirectory)
        {
            return new CreateJournal(Path.Combine(stateDirectory, "creates"));
        }
        var pulumiHome = variable("PULUMI_HOME") is { Length: > 0 } home
            ? home
            : variable("HOME") is { Length: > 0 } user ? Path.Combine(user, ".pulumi") : null;
        return pulumiHome is null ? null : new CreateJournal(Path.Combine(pulumiHome, "scpgateway", "creates"));
    }

    /// <summary>The unfinished create of <paramref name="urn"/>, or null; an unreadable entry counts as none.</summary>
    public CreateJournalEntry? Find(string urn)
    {
        // Check asks for every new resource and almost never finds one: no exception for that case.
        var path = PathOf(urn);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(path), CreateJournalJson.Default.CreateJournalEntry);
            return entry?.Urn == urn && entry.Identity is not null ? entry : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry durably (flushed to disk, then renamed into place) before the create starts.</summary>
    public async Task RecordAsync(CreateJournalEntry entry, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var path = PathOf(entry.Urn);
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, entry, CreateJournalJson.Default.CreateJournalEntry, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Forgets the create of <paramref name="urn"/>: its outcome reached the engine.</summary>
    public void Remove(string urn) => File.Delete(PathOf(urn));

    /// <summary>
    /// Runs <paramref name="create"/> with its entry recorded. When an earlier run left an entry for
    /// the same object, the create's SCP calls look the object up before posting
    /// (<see cref="ResumedCreate"/>). A definite failure (nothing was made) forgets the entry at
    /// once. Otherwise it stays until the engine shows it holds the resource (<see cref="Forget"/>
    /// from a Check with old state, a Read, Update or Delete): a plugin killed while its answer is on
    /// the way leaves the engine without the object, so the answer's arrival, not the create's end,
    /// is what makes the entry useless.
    /// </summary>
    public async Task<T> RunAsync<T>(CreateJournalEntry entry, Func<Task<T>> create, IResourceLog log, CancellationToken cancellationToken)
    {
        if (Find(entry.Urn) is { } earlier && earlier.SameObjectAs(entry))
        {
            await log.InfoAsync($"an earlier create of this resource, started {earlier.StartedAt:u}, did not finish: adopting what it made, if it exists", cancellationToken).ConfigureAwait(false);
            ResumedCreate.Mark();
        }
        try
        {
            await RecordAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Creating still works; only recovery after a killed plugin would be lost.
            await log.WarnAsync($"could not record the create in {Directory} ({error.Message}); if the plugin is killed during it, the next run may create a second object", cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return await create().ConfigureAwait(false);
        }
        catch (Exception error) when (MadeNothing(error))
        {
            Forget(entry.Urn);
            throw;
        }
    }

    /// <summary>A failure after which SCP holds nothing of the create (a partial create made something).</summary>
    private static bool MadeNothing(Exception error) =>
        error is not (OperationCanceledException or ScpApiException { OutcomeUnknown: true } or ResourceInitFailure);

    /// <summary>Drops the entry of <paramref name="urn"/>: the engine holds the resource, so its create's outcome reached it.</summary>
    public void Forget(string urn)
    {
        try
        {
            Remove(urn);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A stale entry only makes the next create of this URN look its object up first.
        }
    }

    /// <summary>URNs hold characters no file name may; a hash of it names the file.</summary>
    private string PathOf(string urn) =>
        Path.Combine(Directory, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(urn)))[..32] + ".json");
}
