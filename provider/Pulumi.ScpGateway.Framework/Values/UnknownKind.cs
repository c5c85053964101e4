namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// Which unknown sentinel the engine used. Kept so an unknown value goes back out exactly as
/// it came in.
/// </summary>
public enum UnknownKind
{
    Any,
    Bool,
    Number,
    Array,
    Object,
}
