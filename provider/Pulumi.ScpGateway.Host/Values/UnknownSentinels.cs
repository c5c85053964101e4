using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>The strings that stand for unknown values inside a Struct (PROTOCOL.md §4).</summary>
public static class UnknownSentinels
{
    public const string Any = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    public const string Bool = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";
    public const string Number = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";
    public const string Array = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";
    public const string Object = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

    public static bool TryParse(string text, out UnknownKind kind)
    {
        switch (text)
        {
            case Any: kind = UnknownKind.Any; return true;
            case Bool: kind = UnknownKind.Bool; return true;
            case Number: kind = UnknownKind.Number; return true;
            case Array: kind = UnknownKind.Array; return true;
            case Object: kind = UnknownKind.Object; return true;
            default: kind = UnknownKind.Any; return false;
        }
    }

    public static string For(UnknownKind kind) => kind switch
    {
        UnknownKind.Bool => Bool,
        UnknownKind.Number => Number,
        UnknownKind.Array => Array,
        UnknownKind.Object => Object,
        _ => Any,
    };
}
