namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>A mistake in the program text or in evaluating it; the message names where.</summary>
public sealed class ProgramException(string message) : Exception(message);
