namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Files kept to be written over instead of deleted and made anew, in a folder several plugins
/// share. On ext4 without a journal (common on build machines) making a file looks past every inode
/// deleted in the last minutes: an up of hundreds of creates after a refresh or destroy spent a
/// quarter of the plugin's CPU doing that. A spare is claimed by renaming it, which only one
/// process can do, so no two writers ever hold the same file.
/// </summary>
/// <param name="folder">Where the spares are kept.</param>
/// <param name="capacity">Spares kept at most; beyond it a file handed back is deleted by the caller.</param>
public sealed class SpareFiles(string folder, int capacity)
{
    private const string Suffix = ".spare";
    private static long s_names;

    private readonly Lock _gate = new();
    private readonly Stack<string> _spares = new();
    private bool _listed;

    /// <summary>Renames a spare to <paramref name="path"/> (replacing a file there); false when there is none to take.</summary>
    /// <remarks>Moves overwrite because the names are unique: without it, .NET moves by link and unlink.</remarks>
    public bool TryClaimAs(string path)
    {
        lock (_gate)
        {
            List();
            while (_spares.TryPop(out var spare))
            {
                try
                {
                    File.Move(spare, path, overwrite: true);
                    return true;
                }
                catch (FileNotFoundException)
                {
                    // Another plugin claimed it first.
                }
            }
            return false;
        }
    }

    /// <summary>Moves <paramref name="path"/> into the pool; false when the pool is full (the file is left where it was).</summary>
    public bool TryKeep(string path)
    {
        lock (_gate)
        {
            List();
            if (_spares.Count >= capacity)
            {
                return false;
            }
            var spare = Path.Combine(folder, $"{Environment.ProcessId}.{Interlocked.Increment(ref s_names)}{Suffix}");
            File.Move(path, spare, overwrite: true);
            _spares.Push(spare);
            return true;
        }
    }

    // On first use (a plugin has one journal): the spares other plugins left.
    private void List()
    {
        if (_listed)
        {
            return;
        }
        System.IO.Directory.CreateDirectory(folder);
        _listed = true;
        try
        {
            foreach (var spare in System.IO.Directory.EnumerateFiles(folder, "*" + Suffix).Take(capacity))
            {
                _spares.Push(spare);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // Without the listing, files are made anew: slower, not wrong.
        }
    }
}
