using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>A parsed <c>Pulumi.yaml</c>.</summary>
public sealed record YamlProgram(
    string Name,
    IReadOnlyList<ConfigDeclaration> Config,
    IReadOnlyList<ProgramResource> Resources,
    IReadOnlyList<ProgramVariable> Variables,
    IReadOnlyList<KeyValuePair<string, Expression>> Outputs)
{
    /// <summary>Where each part of the program was written, for error messages.</summary>
    public ProgramPositions Positions { get; init; } = ProgramPositions.None;

    /// <summary>The error's message, led by <c>Pulumi.yaml:LINE:COLUMN</c> when it is about a place in the program.</summary>
    public string Describe(Exception error) => error is ProgramException program ? Positions.Describe(program) : error.Message;

    public ProgramResource? FindResource(string name) => Resources.FirstOrDefault(resource => resource.Name == name);
}

/// <summary>A <c>config:</c> entry: its type, optional default, and whether it is secret.</summary>
public sealed record ConfigDeclaration(string Key, string Type, PropertyValue? Default, bool Secret);

public sealed record ProgramResource(string Name, string Type, ObjectExpression Properties, ResourceOptionsSpec Options);

public sealed record ResourceOptionsSpec(
    IReadOnlyList<string> DependsOn,
    IReadOnlyList<string> IgnoreChanges,
    bool DeleteBeforeReplace,
    bool Protect,
    string? Import = null)
{
    public static readonly ResourceOptionsSpec None = new([], [], false, false);
}

public sealed record ProgramVariable(string Name, Expression Value);
