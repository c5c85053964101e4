using Pulumi.ScpGateway.PackageSchema;

namespace Pulumi.ScpGateway.DocsGen;

/// <summary>Reads the schema and the example programs, and writes docs/.</summary>
public static class DocsWriter
{
    public static async Task<SortedDictionary<string, string>> GenerateAsync(string schemaPath, string examplesDirectory, CancellationToken cancellationToken)
    {
        var package = await SchemaReader.ReadFileAsync(schemaPath, PropertyOrder.Declaration, cancellationToken).ConfigureAwait(false);
        return DocsSet.Generate(package, await ReadExamplesAsync(examplesDirectory, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The example programs by file name (<c>Api.yaml</c>, <c>Api.cs</c>), in every language the pages show.</summary>
    public static async Task<Dictionary<string, string>> ReadExamplesAsync(string directory, CancellationToken cancellationToken)
    {
        var examples = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (extension, _, _) in DocsSet.ExampleLanguages)
        {
            foreach (var path in Directory.EnumerateFiles(directory, "*" + extension))
            {
                examples[Path.GetFileName(path)] = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
            }
        }
        return examples;
    }

    /// <summary>
    /// Writes the pages under <paramref name="outDirectory"/> and deletes pages in the generated
    /// folders that the schema no longer has; other files are left alone.
    /// </summary>
    public static async Task<int> WriteAsync(string schemaPath, string examplesDirectory, string outDirectory, CancellationToken cancellationToken)
    {
        var pages = await GenerateAsync(schemaPath, examplesDirectory, cancellationToken).ConfigureAwait(false);
        foreach (var folder in new[] { DocsSet.ResourceFolder, DocsSet.FunctionFolder })
        {
            var path = Path.Combine(outDirectory, folder);
            if (!Directory.Exists(path))
            {
                continue;
            }
            foreach (var stale in Directory.EnumerateFiles(path, "*.md").Where(file => !pages.ContainsKey($"{folder}/{Path.GetFileName(file)}")))
            {
                File.Delete(stale);
            }
        }
        foreach (var (relative, content) in pages)
        {
            var path = Path.Combine(outDirectory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, content, cancellationToken).ConfigureAwait(false);
        }
        return pages.Count;
    }
}
