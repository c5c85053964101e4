namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// What every resource call carries. <see cref="Type"/> and <see cref="Name"/> may be left
/// empty (older engines send only the URN); they are then read from the URN.
/// </summary>
public abstract record ResourceRequest(string Urn)
{
    public string Type { get; init; } = "";

    public string Name { get; init; } = "";

    /// <summary>Where progress goes; nowhere when null.</summary>
    public IResourceLog? Log { get; init; }

    internal string Token => Type.Length > 0 ? Type : Urns.TypeOf(Urn);

    internal string LogicalName => Name.Length > 0 ? Name : Urns.NameOf(Urn);
}
