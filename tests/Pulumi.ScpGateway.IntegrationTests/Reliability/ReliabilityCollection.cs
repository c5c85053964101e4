namespace Pulumi.ScpGateway.IntegrationTests.Reliability;

/// <summary>
/// The reliability runs each drive a whole stack against their own emulator; run alone they keep
/// the two cores for the plugin and the emulator instead of competing with every other suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ReliabilityCollection
{
    public const string Name = "Reliability";
}
