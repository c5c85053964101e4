namespace Pulumi.ScpGateway.Framework;

/// <summary>What the engine asks of autonaming; numbered as in the protocol.</summary>
public enum AutonamingMode
{
    /// <summary>Use the proposed name unless the program gives one.</summary>
    Propose = 0,

    /// <summary>Use exactly the proposed name.</summary>
    Enforce = 1,

    /// <summary>Propose nothing: the program must give a name.</summary>
    Disable = 2,
}
