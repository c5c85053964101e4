using System.Text.Json;

namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// Reads SCP's own settings files (<c>~/.scpconf/credentials.json</c> and <c>config.json</c>),
/// each once and only when a key is needed from it. Missing files are fine; a malformed one
/// is an error naming the file (never its content, which may hold a secret key).
/// </summary>
internal sealed class ScpConfFiles(string? homeDirectory)
{
    // Per file: key -> string value, or null for a key whose value is not a string.
    private readonly Dictionary<string, IReadOnlyDictionary<string, string?>> _loaded = new(StringComparer.Ordinal);

    public async Task<string?> GetAsync(ScpConfFileKey key, CancellationToken cancellationToken)
    {
        if (!_loaded.TryGetValue(key.FileName, out var values))
        {
            values = await LoadAsync(key.FileName, cancellationToken).ConfigureAwait(false);
            _loaded[key.FileName] = values;
        }
        if (!values.TryGetValue(key.Key, out var value))
        {
            return null;
        }
        return value ?? throw Problem($"~/.scpconf/{key.FileName}", $"key '{key.Key}' must be a string");
    }

    private async Task<IReadOnlyDictionary<string, string?>> LoadAsync(string fileName, CancellationToken cancellationToken)
    {
        var empty = new Dictionary<string, string?>();
        if (string.IsNullOrEmpty(homeDirectory))
        {
            return empty;
        }
        var path = Path.Combine(homeDirectory, ".scpconf", fileName);
        var display = $"~/.scpconf/{fileName}";
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return empty;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Problem(display, $"cannot be read ({e.GetType().Name})");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            throw Problem(display, $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw Problem(display, "must hold a JSON object");
            }
            // Other tools keep more keys here; only the ones asked for are checked.
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.Null)
                {
                    values[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                }
            }
            return values;
        }
    }

    private static ScpConfigException Problem(string file, string reason) => new([new ScpConfigProblem(file, reason)]);
}
