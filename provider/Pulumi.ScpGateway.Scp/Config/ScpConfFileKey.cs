namespace Pulumi.ScpGateway.Scp;

/// <summary>A key in one of SCP's own JSON files under <c>~/.scpconf</c>.</summary>
public sealed record ScpConfFileKey(string FileName, string Key)
{
    public const string CredentialsFile = "credentials.json";
    public const string ConfigFile = "config.json";

    public override string ToString() => $"{Key} in ~/.scpconf/{FileName}";
}
