using System.Text.Json.Nodes;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The package schema's <c>resources</c>, <c>functions</c> and <c>types</c> sections.</summary>
public sealed record SchemaSections(JsonObject Resources, JsonObject Functions, JsonObject Types);
