namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The name rule SCP applies to APIs, stages, usage plans, API keys, auths and access controls.</summary>
public static class ScpNameRule
{
    public const string Pattern = @"^[a-z][a-z0-9\-]{1,48}[a-z0-9]$";

    public const string Meaning = "lower-case letters, digits and dashes, starting with a letter and not ending with a dash";

    public const int MinLength = 3;

    public const int MaxLength = 50;
}
