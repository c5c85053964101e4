using System.Text;
using System.Text.Json;

namespace Pulumi.ScpGateway.Scp.Http;

/// <summary>
/// Reads SCP's words out of an error body, whatever its shape: the SDK's
/// <c>{"errors":[{"status":N,"detail":"..."|[...]}]}</c>, top-level <c>message</c>/<c>code</c>/<c>detail</c>,
/// or plain text (truncated).
/// </summary>
internal static class ScpErrorBody
{
    public const int MaxLength = 500;

    public static string Detail(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "(no error detail in the response)";
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            var words = FromJson(document.RootElement);
            if (words.Count > 0)
            {
                return Truncate(string.Join("; ", words.Distinct()));
            }
        }
        catch (JsonException)
        {
            // Not JSON (an HTML proxy page, plain text): show it as it is.
        }
        return Truncate(body.Trim());
    }

    private static List<string> FromJson(JsonElement root)
    {
        var words = new List<string>();
        if (root.ValueKind == JsonValueKind.String)
        {
            Add(words, root);
            return words;
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            return words;
        }
        if (root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object)
                {
                    AddNamed(words, error);
                }
                else
                {
                    Add(words, error);
                }
            }
        }
        AddNamed(words, root);
        return words;
    }

    private static void AddNamed(List<string> words, JsonElement element)
    {
        var before = words.Count;
        foreach (var name in (ReadOnlySpan<string>)["detail", "message", "error_description", "error"])
        {
            if (element.TryGetProperty(name, out var value))
            {
                Add(words, value);
            }
        }
        if (words.Count > before)
        {
            return;
        }
        if (element.TryGetProperty("code", out var code))
        {
            Add(words, code);
        }
    }

    private static void Add(List<string> words, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var text = value.GetString();
                if (!string.IsNullOrWhiteSpace(text))
                {
                    words.Add(text.Trim());
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Add(words, item);
                }
                break;
            case JsonValueKind.Number:
                words.Add(value.GetRawText());
                break;
            case JsonValueKind.Object:
                AddNamed(words, value);
                break;
        }
    }

    private static string Truncate(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var builder = new StringBuilder(text, 0, MaxLength, MaxLength + 16);
        return builder.Append("… (truncated)").ToString();
    }
}
