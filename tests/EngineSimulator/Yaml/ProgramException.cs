namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>
/// A mistake in the program text or in evaluating it; the message names where, and
/// <see cref="Location"/> (e.g. <c>resources.api.properties</c>) lets the program add the line and column.
/// </summary>
public sealed class ProgramException(string message, string? location = null) : Exception(message)
{
    public string? Location { get; } = location;

    /// <summary>A failure at <paramref name="location"/>, a path the parser recorded a position for (or a child of one).</summary>
    public static ProgramException At(string location, string message) => new(message, location);
}
