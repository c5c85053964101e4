using System.Globalization;
using System.Text.Json;
using Pulumi.ScpGateway.ScpEmulator.Http;

namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>
/// Reads typed fields from a JSON request body and collects one problem per bad field, each starting
/// with the field's name. Integers and booleans also accept their string spelling ("90", "true"), as
/// SCP's lax model parsing does and as the seed's own examples send them.
/// A field the operation never reads is not in the seed's request model for it: <see cref="ThrowIfInvalid"/>
/// refuses it, so a misspelt optional field fails loudly instead of being dropped.
/// </summary>
public sealed class RequestBody
{
    private readonly JsonElement? _root;
    private readonly string _prefix;
    private readonly Reading _reading;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private RequestBody(JsonElement? root, string prefix, Reading reading)
    {
        _root = root;
        _prefix = prefix;
        _reading = reading;
        reading.Objects.Add(this);
    }

    public static RequestBody Empty => new(null, string.Empty, new Reading());

    public static RequestBody From(JsonElement root) => new(root, string.Empty, new Reading());

    /// <summary>The top-level field names the request carries (for operations that take no body at all).</summary>
    public IEnumerable<string> FieldNames =>
        _root is { } root ? root.EnumerateObject().Select(p => p.Name) : [];

    public static async Task<RequestBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ScpException(400, $"body: must be a JSON object, got {Kind(document.RootElement)}");
            }

            return From(document.RootElement.Clone());
        }
        catch (JsonException e)
        {
            throw new ScpException(400, $"body: not valid JSON ({e.Message})");
        }
    }

    /// <summary>The field's string value without checking it (nothing is recorded as a problem), or null.</summary>
    public string? Peek(string field) =>
        _root is { } root && root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public bool Has(string field) => _root is { } root && root.TryGetProperty(field, out _);

    public void Fail(string field, string why) => _reading.Errors.Add($"{_prefix}{field}: {why}");

    /// <summary>
    /// Throws a 400 listing every problem: bad values and fields the operation does not define (every
    /// field the handler read so far is a defined one, so handlers call this after reading them all).
    /// </summary>
    public void ThrowIfInvalid()
    {
        foreach (var body in _reading.Objects.ToList())
        {
            body.FailUnknownFields();
        }

        if (_reading.Errors.Count > 0)
        {
            throw new ScpException(400, _reading.Errors.Distinct(StringComparer.Ordinal).ToArray());
        }
    }

    /// <summary>Fails when the request had no body at all, for operations whose body is required.</summary>
    public RequestBody Required()
    {
        if (_root is null)
        {
            throw new ScpException(400, "body: a JSON object is required");
        }

        return this;
    }

    public string? String(string field, bool required = false, bool nullable = true, TextRule? rule = null)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Mismatch(field, "a string", value);
            return null;
        }

        var text = value.GetString()!;
        if (rule?.Check(text) is { } why)
        {
            Fail(field, why);
            return null;
        }

        return text;
    }

    public string? Enum(string field, IReadOnlyList<string> allowed, bool required = false, bool nullable = true)
    {
        var text = String(field, required, nullable);
        if (text is not null && !allowed.Contains(text, StringComparer.Ordinal))
        {
            Fail(field, $"'{text}' is not one of {string.Join(", ", allowed)}");
            return null;
        }

        return text;
    }

    public long? Integer(string field, bool required = false, bool nullable = true, long? min = null, long? max = null)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        long number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            number = n;
        }
        else if (value.ValueKind == JsonValueKind.String
                 && long.TryParse(value.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed))
        {
            number = parsed;
        }
        else
        {
            Fail(field, $"must be an integer, got {Kind(value)}");
            return null;
        }

        if (min is { } low && number < low || max is { } high && number > high)
        {
            Fail(field, $"{number} is outside the range {min?.ToString(CultureInfo.InvariantCulture) ?? "-inf"}..{max?.ToString(CultureInfo.InvariantCulture) ?? "inf"}");
            return null;
        }

        return number;
    }

    public bool? Boolean(string field, bool required = false, bool nullable = true)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => Mismatch(field, "a boolean", value),
        };
    }

    /// <summary>
    /// A list of strings. An item holding several comma-separated values (the seed's <c>["dev,stg"]</c>)
    /// counts as those values.
    /// </summary>
    public IReadOnlyList<string>? StringList(string field, bool required = false, bool nullable = true, Func<string, string?>? check = null)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Mismatch(field, "an array of strings", value);
            return null;
        }

        var items = new List<string>();
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                Mismatch(field, "an array of strings", item);
                return null;
            }

            foreach (var part in item.GetString()!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (check?.Invoke(part) is { } why)
                {
                    Fail(field, why);
                    return null;
                }

                if (!items.Contains(part, StringComparer.Ordinal))
                {
                    items.Add(part);
                }
            }
        }

        return items;
    }

    /// <summary>An object of booleans, or the seed's Python-like dict string.</summary>
    public ParameterMap? ParameterMap(string field, bool required = false, bool nullable = true)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var parsed = Validation.ParameterMap.FromDictString(value.GetString()!);
            if (parsed is null)
            {
                Mismatch(field, "an object of booleans or a dict string like {'name': True}", value);
            }

            return parsed;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Mismatch(field, "an object of booleans", value);
            return null;
        }

        var values = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            if (property.Value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                Fail($"{field}.{property.Name}", $"must be a boolean, got {Kind(property.Value)}");
                return null;
            }

            values[property.Name] = property.Value.GetBoolean();
        }

        return Validation.ParameterMap.FromValues(values);
    }

    /// <summary>A nested object, read with the same rules; its problems are named <c>field.member</c>.</summary>
    public RequestBody? Object(string field, bool required = false, bool nullable = true)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Mismatch(field, "an object", value);
            return null;
        }

        return new RequestBody(value, $"{_prefix}{field}.", _reading);
    }

    public IReadOnlyList<RequestBody>? ObjectList(string field, bool required = false, bool nullable = true)
    {
        if (!TryGet(field, required, nullable, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Mismatch(field, "an array of objects", value);
            return null;
        }

        var items = new List<RequestBody>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                Mismatch($"{field}[{index}]", "an object", item);
                return null;
            }

            items.Add(new RequestBody(item, $"{_prefix}{field}[{index}].", _reading));
            index++;
        }

        return items;
    }

    private void FailUnknownFields()
    {
        if (_root is not { } root)
        {
            return;
        }

        foreach (var property in root.EnumerateObject().Where(p => !_read.Contains(p.Name)))
        {
            Fail(property.Name, _read.Count == 0
                ? "is not a field of this request"
                : $"is not a field of this request (its fields: {string.Join(", ", _read.Order(StringComparer.Ordinal))})");
        }
    }

    private bool TryGet(string field, bool required, bool nullable, out JsonElement value)
    {
        _read.Add(field);
        value = default;
        if (_root is not { } root || !root.TryGetProperty(field, out value))
        {
            if (required)
            {
                Fail(field, "is required");
            }

            return false;
        }

        if (value.ValueKind == JsonValueKind.Null)
        {
            if (!nullable)
            {
                Fail(field, "must not be null");
            }

            return false;
        }

        return true;
    }

    /// <summary>Records a wrong JSON type; returns null so expressions can yield "no value".</summary>
    private bool? Mismatch(string field, string expected, JsonElement actual)
    {
        Fail(field, $"must be {expected}, got {Kind(actual)}");
        return null;
    }

    /// <summary>What one request's body and its nested objects share: the problems found and every object read.</summary>
    private sealed class Reading
    {
        public List<string> Errors { get; } = [];

        public List<RequestBody> Objects { get; } = [];
    }

    private static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
