using System.Text;
using System.Text.Json;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// The adopted objects in <c>pulumi import --file</c>'s format: <c>{"resources": [{"type", "name", "id"}]}</c>,
/// the same names as the programs (no parents: every resource of this package is top-level).
/// </summary>
public static class ImportFileWriter
{
    public static string Write(IReadOnlyList<AdoptedResource> resources)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteStartArray("resources");
            foreach (var resource in resources)
            {
                json.WriteStartObject();
                json.WriteString("type", resource.Found.Token);
                json.WriteString("name", resource.Name);
                json.WriteString("id", resource.Found.ImportId);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
