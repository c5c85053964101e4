namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>A resource (or the provider): its outputs, its inputs and the inputs of its state lookup.</summary>
/// <param name="Name">The last segment of the token (<c>Api</c>), or <c>Provider</c>.</param>
/// <param name="Description">The description as the schema has it, import section included.</param>
/// <param name="Overview">The description without its import section.</param>
/// <param name="Import">The import section, when the description has one.</param>
public sealed record ResourceSpec(
    string Token,
    string Name,
    string Description,
    string Overview,
    ImportSpec? Import,
    ObjectSpec Outputs,
    ObjectSpec Inputs,
    ObjectSpec State);

/// <summary>
/// The <c>## Import</c> section the provider appends to a resource description: the command
/// <c>pulumi import &lt;token&gt; &lt;ExampleName&gt; &lt;Id&gt;</c>.
/// </summary>
/// <param name="Id">The id template, such as <c>&lt;apiId&gt;/&lt;resourceId&gt;</c>.</param>
/// <param name="IdParts">The property names the template is made of, in order (<c>apiId</c>, <c>resourceId</c>).</param>
public sealed record ImportSpec(string ExampleName, string Id, IReadOnlyList<string> IdParts);
