using Microsoft.Win32.SafeHandles;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// The creates in flight, one small file per URN in a directory that outlives the plugin. The
/// engine forgets a create whose call never answered (the plugin was killed) and the next run
/// proposes a new autoname, orphaning what the killed create made. With an entry left behind, the
/// next run reuses the name (Check) and adopts the object if it exists (Create) instead of making
/// a second one.
/// </summary>
/// <param name="directory">Where the entries are kept.</param>
/// <param name="outcomeUnknown">
/// Tells the errors after which the object may exist (a timeout or reset after the request was
/// sent): their entry stays. The package knows its client's errors; the framework does not.
/// </param>
/// <param name="clock">Times <see cref="FindRecent"/>'s listing (tests pass a fake one).</param>
public sealed class CreateJournal(string directory, Func<Exception, bool>? outcomeUnknown = null, TimeProvider? clock = null)
{
    private readonly Func<Exception, bool> _outcomeUnknown = outcomeUnknown ?? (static _ => false);
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly Lock _gate = new();

    /// <summary>How old a listing <see cref="FindRecent"/> takes without looking at the directory again.</summary>
    public static readonly TimeSpan RecentListing = TimeSpan.FromSeconds(1);

    // The entries' file names, kept up to date with this process's own records and removals and
    // listed again when the directory changes otherwise (a killed run's entries, another plugin's):
    // Check asks for every resource, and that costs no system call while the listing is under a
    // second old (one stat after that), and no hash and no file opened while the journal is empty. A directory time too coarse to tell two changes apart (file systems keep it
    // in clock ticks) is caught by listing again while the change it was listed for is recent.
    private static readonly TimeSpan RecentChange = TimeSpan.FromSeconds(2);
    private HashSet<string>? _names;
    private DateTime _listedFor;
    private bool _listedRecently;
    private long _lookedAt;

    // Removed entries, kept to be written over by later records (enough for a 500-resource up after
    // its refresh). Beside the entries, not among them: Holds lists only the entries' folder.
    private readonly SpareFiles _spares = new(Path.Combine(directory, ".spares"), capacity: 1024);

    public string Directory { get; } = directory;

    /// <summary>The variable that overrides where a package's plugin keeps its state, e.g. <c>SCPGATEWAY_STATE_DIR</c>.</summary>
    public static string StateDirectoryVariable(string package) => $"{package.ToUpperInvariant()}_STATE_DIR";

    /// <summary>
    /// <c>$&lt;PACKAGE&gt;_STATE_DIR/creates</c>, else <c>$PULUMI_HOME/&lt;package&gt;/creates</c> (PULUMI_HOME
    /// defaults to <c>~/.pulumi</c>); null when there is no home to keep it in.
    /// </summary>
    public static CreateJournal? ForEnvironment(string package, Func<string, string?> variable, Func<Exception, bool>? outcomeUnknown = null)
    {
        if (variable(StateDirectoryVariable(package)) is { Length: > 0 } stateDirectory)
        {
            return new CreateJournal(Path.Combine(stateDirectory, "creates"), outcomeUnknown);
        }
        var pulumiHome = variable("PULUMI_HOME") is { Length: > 0 } home
            ? home
            : variable("HOME") is { Length: > 0 } user ? Path.Combine(user, ".pulumi") : null;
        return pulumiHome is null ? null : new CreateJournal(Path.Combine(pulumiHome, package, "creates"), outcomeUnknown);
    }

    /// <summary>The unfinished create of <paramref name="urn"/>, or null; an unreadable entry counts as none.</summary>
    public CreateJournalEntry? Find(string urn) => Find(urn, TimeSpan.Zero);

    /// <summary>
    /// <see cref="Find"/> from a listing of the directory made up to <see cref="RecentListing"/> ago: Check's
    /// look-up, made for every resource of every preview, without a system call each. What it may miss
    /// is another process's entry from the last second; the entries it is for (a killed run's) were
    /// there before this plugin started, and Create looks again before it makes anything.
    /// </summary>
    public CreateJournalEntry? FindRecent(string urn) => Find(urn, RecentListing);

    private CreateJournalEntry? Find(string urn, TimeSpan listingAge)
    {
        // Check asks for every new resource and almost never finds one: no exception for that case.
        if (!Holds(urn, listingAge, out var name))
        {
            return null;
        }
        try
        {
            var entry = JsonSerializer.Deserialize(File.ReadAllBytes(Path.Combine(Directory, name)), CreateJournalJson.Default.CreateJournalEntry);
            return entry?.Urn == urn && entry.Identity is not null ? entry : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes the entry before the create starts.</summary>
    /// <remarks>
    /// Not flushed to disk: the entry has to outlive the plugin, whose killing leaves the kernel's
    /// page cache intact, not the machine (a crash could lose it even when flushed: the engine's own
    /// state file is not flushed either). A write cut short, or a spare not yet written over, reads
    /// as no entry (another URN, or not JSON), which is right: the create had not started.
    /// </remarks>
    public void Record(CreateJournalEntry entry)
    {
        var name = FileNameOf(entry.Urn);
        var path = Path.Combine(Directory, name);
        var content = JsonSerializer.SerializeToUtf8Bytes(entry, CreateJournalJson.Default.CreateJournalEntry);
        SafeFileHandle file;
        lock (_gate)
        {
            // Made under the lock, as Holds expects of this process's own changes.
            _spares.TryClaimAs(path);
            file = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.Write);
            _names?.Add(name);
            AbsorbOwnChange();
        }
        using (file)
        {
            WriteOver(file, content);
        }
    }

    // Without truncating first: ext4 flushes a file that was truncated and written again when it is
    // closed. What a longer spare held past the entry is blanked; JSON allows trailing spaces.
    private static void WriteOver(SafeFileHandle file, byte[] content)
    {
        var length = RandomAccess.GetLength(file);
        if (length > content.Length)
        {
            var padded = new byte[length];
            content.CopyTo(padded, 0);
            padded.AsSpan(content.Length).Fill((byte)' ');
            content = padded;
        }
        RandomAccess.Write(file, content, 0);
    }

    /// <summary>Forgets the create of <paramref name="urn"/>: its outcome reached the engine.</summary>
    /// <remarks>
    /// From a recent listing, as Check of every existing resource calls it: this process's own entries
    /// are always in it, and another's entry of the last second that stays only makes the next create
    /// of that URN look its object up first.
    /// </remarks>
    public void Remove(string urn)
    {
        if (!Holds(urn, RecentListing, out var name))
        {
            return;
        }
        lock (_gate)
        {
            var path = Path.Combine(Directory, name);
            try
            {
                if (!_spares.TryKeep(path))
                {
                    File.Delete(path);
                }
            }
            catch (FileNotFoundException)
            {
                // Removed already, by another plugin.
            }
            _names?.Remove(name);
            AbsorbOwnChange();
        }
    }

    // The listing already holds this process's own change (made under the lock): the directory time
    // it left is not a reason to list again (in an up of hundreds of creates that would be every call). A
    // change by another process in the same clock tick is taken for ours; the engine runs one
    // plugin per stack, so the entries that matter (a killed run's) are there before it starts.
    private void AbsorbOwnChange()
    {
        if (_names is not null)
        {
            _listedFor = System.IO.Directory.GetLastWriteTimeUtc(Directory);
            _listedRecently = false;
        }
    }

    /// <summary>Whether an entry for <paramref name="urn"/> may exist, and its file name, from a listing at most <paramref name="listingAge"/> old.</summary>
    private bool Holds(string urn, TimeSpan listingAge, out string name)
    {
        lock (_gate)
        {
            var names = _names is not null && _clock.GetElapsedTime(_lookedAt) < listingAge ? _names : Relist();
            if (names.Count == 0)
            {
                name = "";
                return false;
            }
        }
        name = FileNameOf(urn);
        lock (_gate)
        {
            return _names!.Contains(name); // Listed by the lock above.
        }
    }

    /// <summary>The entries' names, listed again when the directory changed since the last listing (called under the lock).</summary>
    private HashSet<string> Relist()
    {
        // A missing directory reads as 1601-01-01, so its creation counts as a change too. Read
        // under the lock, as our own changes are made and absorbed, so they never look foreign.
        var changedAt = System.IO.Directory.GetLastWriteTimeUtc(Directory);
        if (_names is null || changedAt != _listedFor || _listedRecently)
        {
            _names = ListEntries();
            _listedFor = changedAt;
            _listedRecently = DateTime.UtcNow - changedAt < RecentChange;
        }
        _lookedAt = _clock.GetTimestamp();
        return _names;
    }

    private HashSet<string> ListEntries()
    {
        try
        {
            return System.IO.Directory.Exists(Directory)
                ? new(System.IO.Directory.EnumerateFiles(Directory, "*.json").Select(Path.GetFileName).OfType<string>(), StringComparer.Ordinal)
                : new(StringComparer.Ordinal);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Unreadable: as with an unreadable entry, recovery is lost but creating still works.
            return new(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Runs <paramref name="create"/> with its entry recorded. When an earlier run left an entry for
    /// the same object, <paramref name="create"/> is told so (its argument is true): it should look
    /// the object up before making it. A definite failure (nothing was made) forgets the entry at
    /// once. Otherwise it stays until the engine shows it holds the resource (<see cref="Forget"/>
    /// from a Check with old state, a Read, Update or Delete): a plugin killed while its answer is on
    /// the way leaves the engine without the object, so the answer's arrival, not the create's end,
    /// is what makes the entry useless.
    /// </summary>
    public async Task<T> RunAsync<T>(CreateJournalEntry entry, Func<bool, Task<T>> create, IResourceLog log, CancellationToken cancellationToken)
    {
        var resumed = false;
        if (Find(entry.Urn) is { } earlier && earlier.SameObjectAs(entry))
        {
            await log.InfoAsync($"an earlier create of this resource, started {earlier.StartedAt:u}, did not finish: adopting what it made, if it exists", cancellationToken).ConfigureAwait(false);
            resumed = true;
        }
        try
        {
            Record(entry);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Creating still works; only recovery after a killed plugin would be lost.
            await log.WarnAsync($"could not record the create in {Directory} ({error.Message}); if the plugin is killed during it, the next run may create a second object", cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return await create(resumed).ConfigureAwait(false);
        }
        catch (Exception error) when (MadeNothing(error))
        {
            Forget(entry.Urn);
            throw;
        }
    }

    /// <summary>A failure after which the cloud holds nothing of the create (a partial create made something).</summary>
    private bool MadeNothing(Exception error) =>
        error is not (OperationCanceledException or ResourceInitFailure) && !_outcomeUnknown(error);

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
    private static string FileNameOf(string urn) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(urn)))[..32] + ".json";
}
