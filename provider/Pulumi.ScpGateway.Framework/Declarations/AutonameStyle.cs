namespace Pulumi.ScpGateway.Framework;

/// <summary>How a proposed name is built from the logical name and a random suffix.</summary>
public enum AutonameStyle
{
    /// <summary>Not autonamed.</summary>
    None,

    /// <summary><c>my-api-x7k2p9q</c>: lower-case letters, digits and dashes.</summary>
    Dashed,

    /// <summary><c>myendpointx7k2p9q</c>: lower-case letters and digits only.</summary>
    Alphanumeric,
}
