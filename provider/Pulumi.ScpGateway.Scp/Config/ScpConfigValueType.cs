namespace Pulumi.ScpGateway.Scp;

/// <summary>The type of a provider config key, as the schema declares it.</summary>
public enum ScpConfigValueType
{
    String,
    Integer,
}
