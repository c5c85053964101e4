using Pulumi.ScpGateway.Host;
using System.Text;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>One fuzzed property map and what was done to it (for the failure report).</summary>
public sealed record FuzzCase(Struct Inputs, IReadOnlyList<string> Mutations)
{
    public string Describe() => Mutations.Count == 0 ? "plausible inputs" : string.Join("; ", Mutations);
}

/// <summary>
/// Builds property maps for one input shape from one seeded <see cref="Random"/>: a plausible
/// map first (required inputs always, optional ones half the time, values from
/// <see cref="Hints"/> so real ids and allowed words reach SCP), then zero to six mutations of the
/// kinds users and broken engines produce: wrong types, odd numbers, huge and unicode strings,
/// deep nesting, unknowns, secrets and nulls inside lists and objects, malformed special objects,
/// missing and unknown properties. Maps are built as protobuf values, so anything the wire can
/// carry can be produced.
/// </summary>
public sealed class InputFuzzer(PackageInputs package, IReadOnlyDictionary<string, string[]> hints, Random random)
{
    /// <summary>Size of the occasional huge string: far beyond any SCP limit, well within a gRPC message.</summary>
    public const int HugeStringChars = 2 * 1024 * 1024;

    private static readonly string[] OddTexts =
    [
        "", " ", "\0", "名前-テスト", "이름", "emoji-\U0001F680-\U0001F4A5", "\u202Eevil\u202C", "a\u0301\u0301\u0301", "\uFEFFbom",
        "line\nbreak", "tab\there", "'; DROP TABLE apis; --", "../../etc/passwd", "%00%2F", "{{.}}", "${res.id}", "\\u0000",
        "\uD800", "NaN", "-1", "true", "null", "[]", "{}", UnknownSentinels.Any + "x", "https://", "http://[::1", "0.0.0.0/0",
    ];

    private static readonly double[] OddNumbers =
    [
        double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0, -1, 1.5, 1e308, -1e308, double.Epsilon,
        int.MaxValue + 1.0, int.MinValue - 1.0, long.MaxValue, 9007199254740993, 36501, 2_000_000_001, 1e-300,
    ];

    private static readonly string[] OddKeys = ["", " ", "__proto__", "a.b", "x[0]", "[\"q\"]", "名前", "urn", "id", "4dabf18193072939515e22adb298388d"];

    private readonly List<string> mutations = [];

    /// <summary>A plausible map with zero to six mutations.</summary>
    public FuzzCase Next(InputShape shape)
    {
        var fields = Plausible(shape, 0);
        var rounds = random.Next(4) switch { 0 => 0, 1 => 1, 2 => 2, _ => random.Next(3, 7) };
        for (var i = 0; i < rounds; i++)
        {
            Mutate(shape, fields);
        }
        return Finish(fields);
    }

    /// <summary>A plausible map without mutations (the shape a correct program sends).</summary>
    public FuzzCase NextPlausible(InputShape shape) => Finish(Plausible(shape, 0));

    private FuzzCase Finish(Dictionary<string, Value> fields)
    {
        var result = new Struct();
        result.Fields.Add(fields);
        var done = new FuzzCase(result, [.. mutations]);
        mutations.Clear();
        return done;
    }

    private Dictionary<string, Value> Plausible(InputShape shape, int depth)
    {
        var fields = new Dictionary<string, Value>(StringComparer.Ordinal);
        foreach (var property in shape.Properties)
        {
            if (shape.Required.Contains(property.Name) || random.Next(2) == 0)
            {
                fields[property.Name] = PlausibleValue(property.Name, property.Spec, depth);
            }
        }
        return fields;
    }

    private Value PlausibleValue(string name, JsonObject spec, int depth)
    {
        var reference = spec["$ref"]?.GetValue<string>();
        if (reference is not null && package.EnumValues(reference) is { } values)
        {
            // One of the enum's values, in the case the schema lists or in lower or upper case: programs may write either.
            var value = Pick(values.ToArray());
            return Value.ForString(random.Next(3) switch { 0 => value.ToLowerInvariant(), 1 => value.ToUpperInvariant(), _ => value });
        }
        if (reference is not null)
        {
            var fields = depth > 3 ? [] : Plausible(package.Type(reference), depth + 1);
            var nested = new Struct();
            nested.Fields.Add(fields);
            return Value.ForStruct(nested);
        }
        switch (spec["type"]?.GetValue<string>())
        {
            case "integer":
                return Value.ForNumber(random.Next(1, 101));
            case "number":
                return Value.ForNumber(Math.Round(random.NextDouble() * 100, 2));
            case "boolean":
                return Value.ForBool(random.Next(2) == 0);
            case "array":
                return Value.ForList([.. Enumerable.Range(0, random.Next(4)).Select(_ => PlausibleValue(name, spec["items"]!.AsObject(), depth + 1))]);
            case "object":
                var map = new Struct();
                var element = spec["additionalProperties"]?.AsObject() ?? new JsonObject { ["type"] = "string" };
                for (var i = random.Next(4); i > 0; i--)
                {
                    map.Fields[$"key{i}"] = PlausibleValue("", element, depth + 1);
                }
                return Value.ForStruct(map);
            default:
                return Value.ForString(hints.TryGetValue(name, out var words) ? Pick(words) : Name());
        }
    }

    private void Mutate(InputShape shape, Dictionary<string, Value> fields)
    {
        var target = fields.Count > 0 && random.Next(4) > 0 ? Pick(fields.Keys.ToArray()) : Pick(shape.Properties.ToArray()).Name;
        var current = fields.TryGetValue(target, out var existing) ? existing : Value.ForNull();
        switch (random.Next(17))
        {
            case 0:
                fields[target] = Note($"{target}: wrong type", AnyValue(2));
                break;
            case 1:
                fields[target] = Somewhere(current, $"{target}: odd number", _ => Value.ForNumber(Pick(OddNumbers)));
                break;
            case 2:
                fields[target] = Somewhere(current, $"{target}: odd text", _ => Value.ForString(Pick(OddTexts)));
                break;
            case 3:
                // Rare on purpose: every huge string costs megabytes on the wire, twice.
                fields[target] = random.Next(4) == 0
                    ? Note($"{target}: {HugeStringChars} chars", Value.ForString(new string('x', HugeStringChars)))
                    : Somewhere(current, $"{target}: long text", _ => Value.ForString(LongText(random.Next(200, 5000))));
                break;
            case 4:
                var depth = random.Next(5, 40);
                fields[target] = Somewhere(current, $"{target}: nested {depth} deep", _ => Nested(depth));
                break;
            case 5:
                fields[target] = Somewhere(current, $"{target}: unknown", _ => Value.ForString(Pick(Unknowns)));
                break;
            case 6:
                fields[target] = Somewhere(current, $"{target}: secret", Secret);
                break;
            case 7:
                fields[target] = Somewhere(current, $"{target}: null", _ => Value.ForNull());
                break;
            case 8:
                fields[target] = Somewhere(current, $"{target}: special object", _ => Special());
                break;
            case 9:
                fields[target] = Somewhere(current, $"{target}: output value", Output);
                break;
            case 10 when shape.Required.Count > 0:
                var required = Pick(shape.Required.ToArray());
                fields.Remove(required);
                mutations.Add($"{required}: removed (required)");
                break;
            case 11:
                var key = random.Next(3) == 0 && shape.Outputs.Count > 0 ? Pick(shape.Outputs.ToArray()) : Pick(OddKeys);
                fields[key] = Note($"extra key '{key}'", AnyValue(1));
                break;
            case 12:
                var count = random.Next(1000, 20000);
                fields[target] = Note($"{target}: list of {count}", Value.ForList([.. Enumerable.Range(0, count).Select(i => Value.ForString($"10.0.{i / 256 % 256}.{i % 256}"))]));
                break;
            case 13 when current.KindCase == Value.KindOneofCase.ListValue && current.ListValue.Values.Count > 0:
                var doubled = current.ListValue.Values.Concat(current.ListValue.Values).ToArray();
                fields[target] = Note($"{target}: duplicated entries", Value.ForList(doubled));
                break;
            case 14:
                mutations.Add("every input removed");
                fields.Clear();
                break;
            case 15:
                fields[target] = Somewhere(current, $"{target}: empty", _ => Pick<Value>([Value.ForString(""), Value.ForList(), Value.ForStruct(new Struct())]));
                break;
            default:
                fields[target] = Note($"{target}: another plausible value", PlausibleValue(target, Spec(shape, target), 0));
                break;
        }
    }

    private static readonly string[] Unknowns =
        [UnknownSentinels.Any, UnknownSentinels.Bool, UnknownSentinels.Number, UnknownSentinels.Array, UnknownSentinels.Object];

    private static JsonObject Spec(InputShape shape, string name) =>
        shape.Properties.FirstOrDefault(property => property.Name == name)?.Spec ?? new JsonObject { ["type"] = "string" };

    /// <summary>Applies <paramref name="change"/> to the value itself or, half the time, to an element or field inside it.</summary>
    private Value Somewhere(Value value, string what, Func<Value, Value> change)
    {
        if (random.Next(2) == 0)
        {
            if (value.KindCase == Value.KindOneofCase.ListValue && value.ListValue.Values.Count > 0)
            {
                var items = value.ListValue.Values.ToArray();
                var index = random.Next(items.Length);
                items[index] = Somewhere(items[index], $"{what} at [{index}]", change);
                return Value.ForList(items);
            }
            if (value.KindCase == Value.KindOneofCase.StructValue && value.StructValue.Fields.Count > 0)
            {
                var copy = value.StructValue.Clone();
                var key = Pick(copy.Fields.Keys.ToArray());
                copy.Fields[key] = Somewhere(copy.Fields[key], $"{what} at .{key}", change);
                return Value.ForStruct(copy);
            }
        }
        return Note(what, change(value));
    }

    private Value Note(string what, Value value)
    {
        mutations.Add(what);
        return value;
    }

    private Value AnyValue(int depth) => random.Next(depth > 0 ? 7 : 4) switch
    {
        0 => Value.ForNumber(random.Next(2) == 0 ? random.Next(-5, 100) : Pick(OddNumbers)),
        1 => Value.ForBool(random.Next(2) == 0),
        2 => Value.ForString(random.Next(2) == 0 ? Name() : Pick(OddTexts)),
        3 => Value.ForNull(),
        4 => Value.ForList([.. Enumerable.Range(0, random.Next(4)).Select(_ => AnyValue(depth - 1))]),
        5 => Secret(AnyValue(depth - 1)),
        _ => Value.ForStruct(Object(depth - 1)),
    };

    private Struct Object(int depth)
    {
        var result = new Struct();
        for (var i = random.Next(4); i > 0; i--)
        {
            result.Fields[random.Next(3) == 0 ? Pick(OddKeys) : $"field{i}"] = AnyValue(depth);
        }
        return result;
    }

    private Value Nested(int depth)
    {
        var value = Value.ForString("bottom");
        for (var i = 0; i < depth; i++)
        {
            value = random.Next(2) == 0 ? Value.ForList(value) : Value.ForStruct(new Struct { Fields = { ["inner"] = value } });
        }
        return value;
    }

    private static Value Secret(Value inner) => SpecialObject(SpecialSignatures.Secret, ("value", inner));

    private Value Output(Value inner)
    {
        var fields = new List<(string, Value)>();
        if (random.Next(3) > 0)
        {
            fields.Add(("value", inner));
        }
        if (random.Next(2) == 0)
        {
            fields.Add(("secret", random.Next(3) > 0 ? Value.ForBool(true) : AnyValue(0)));
        }
        if (random.Next(2) == 0)
        {
            fields.Add(("dependencies", random.Next(2) == 0 ? Value.ForList(Value.ForString("urn:pulumi:test::scpgw::x::y")) : AnyValue(1)));
        }
        return SpecialObject(SpecialSignatures.Output, [.. fields]);
    }

    /// <summary>Special objects as the engine encodes them, well- and ill-formed.</summary>
    private Value Special() => random.Next(9) switch
    {
        0 => SpecialObject(SpecialSignatures.Secret),
        1 => Secret(Secret(AnyValue(1))),
        2 => SpecialObject(SpecialSignatures.Asset, ("path", Value.ForString("/etc/hostname"))),
        3 => SpecialObject(SpecialSignatures.Archive, ("assets", Value.ForStruct(new Struct()))),
        4 => SpecialObject(SpecialSignatures.ResourceReference, ("urn", Value.ForString("urn:pulumi:test::scpgw::scpgateway:index:Api::a")), ("id", Value.ForString(random.Next(2) == 0 ? "" : Name()))),
        5 => SpecialObject(SpecialSignatures.ResourceReference, ("id", AnyValue(0))),
        6 => SpecialObject("0123456789abcdef0123456789abcdef", ("value", AnyValue(0))),
        7 => Value.ForStruct(new Struct { Fields = { [SpecialSignatures.Key] = AnyValue(1) } }),
        _ => SpecialObject(SpecialSignatures.ResourceReference, ("urn", Value.ForString("urn:pulumi:test::scpgw::scpgateway:index:Api::a"))),
    };

    private static Value SpecialObject(string signature, params (string Key, Value Value)[] fields)
    {
        var result = new Struct { Fields = { [SpecialSignatures.Key] = Value.ForString(signature) } };
        foreach (var (key, value) in fields)
        {
            result.Fields[key] = value;
        }
        return Value.ForStruct(result);
    }

    private string Name() => "fz" + new string([.. Enumerable.Range(0, 6).Select(_ => (char)('a' + random.Next(26)))]);

    private string LongText(int length)
    {
        var text = new StringBuilder(length);
        while (text.Length < length)
        {
            text.Append(random.Next(3) == 0 ? Pick(OddTexts) : Name());
        }
        return text.ToString(0, length);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
