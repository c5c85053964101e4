using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>An input as the written program spells it: a value, another resource's output, or a list holding references.</summary>
public abstract record AdoptValue
{
    /// <summary>A value written as it is (string, number, bool, list or map without references).</summary>
    public sealed record Literal(PropertyValue Value) : AdoptValue;

    /// <summary><c>${resource.output}</c>.</summary>
    public sealed record Reference(string Resource, string Output) : AdoptValue;

    /// <summary>A list some of whose items are references.</summary>
    public sealed record Items(IReadOnlyList<AdoptValue> Values) : AdoptValue;
}

/// <summary>One resource of the written program: its name, what it imports, and its inputs in declaration order.</summary>
public sealed record AdoptedResource(string Name, FoundObject Found, IReadOnlyList<KeyValuePair<string, AdoptValue>> Inputs)
{
    /// <summary>Inputs SCP cannot give back (the resource type's not-readable inputs) with the reason and whether setting one replaces the resource.</summary>
    public IReadOnlyList<NotReadableInput> NotReadable { get; init; } = [];
}

/// <summary>
/// An input SCP cannot give back. A required one is written with <paramref name="Placeholder"/> and
/// listed in ignoreChanges, since the program must set it and the import must not see it change.
/// </summary>
public sealed record NotReadableInput(string Name, string Reason, bool Replaces, PropertyValue? Placeholder);
