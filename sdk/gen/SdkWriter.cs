using System.Text;
using Pulumi.ScpGateway.PackageSchema;
using Pulumi.ScpGateway.SdkGen.Emit;

namespace Pulumi.ScpGateway.SdkGen;

/// <summary>Reads a schema and writes the generated SDK into a directory.</summary>
public static class SdkWriter
{
    /// <summary>
    /// Generates the SDK for <paramref name="schemaPath"/> into <paramref name="outputDirectory"/>.
    /// Previously generated C# files there are removed first so that renamed or deleted schema
    /// entries leave nothing stale behind. Returns the number of files written.
    /// </summary>
    public static async Task<int> WriteAsync(string schemaPath, string outputDirectory, CancellationToken cancellationToken)
    {
        var package = await SchemaReader.ReadFileAsync(schemaPath, PropertyOrder.Name, cancellationToken);
        var files = SdkGenerator.Generate(package);

        if (Directory.Exists(outputDirectory))
        {
            foreach (var stale in Directory.EnumerateFiles(outputDirectory, "*.cs", SearchOption.AllDirectories))
            {
                if (File.ReadLines(stale).FirstOrDefault() == FileHeader.Text.Split('\n')[0])
                {
                    File.Delete(stale);
                }
            }
        }

        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        foreach (var (relativePath, content) in files)
        {
            var path = Path.Combine(outputDirectory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, content, utf8, cancellationToken);
        }

        return files.Count;
    }
}
