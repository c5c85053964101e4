namespace Pulumi.ScpGateway.Host;

/// <summary>A request's bytes are not the protobuf message they should be, or nest deeper than protobuf's limit.</summary>
public sealed class MalformedMessageException(string message, bool tooDeep = false) : Exception(message)
{
    /// <summary>Well-formed, but nested past protobuf's recursion limit of 100 messages.</summary>
    public bool TooDeep { get; } = tooDeep;
}
