namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>One value of an enum type.</summary>
/// <param name="Name">The schema's <c>name</c> of the value, null when it gives none.</param>
/// <param name="Value">The value as a user writes it: the string itself, or the number in invariant form.</param>
public sealed record EnumValueSpec(string? Name, string Value, string Description);

/// <summary>A named enum type of the schema's <c>types</c> section (<c>type</c> plus an <c>enum</c> list of values).</summary>
/// <param name="Name">The last segment of the token.</param>
/// <param name="Underlying">The primitive the values are made of.</param>
public sealed record EnumTypeSpec(string Token, string Name, string Description, TypeRef Underlying, IReadOnlyList<EnumValueSpec> Values);
