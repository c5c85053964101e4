namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The name rule SCP applies to APIs, stages, usage plans, API keys, auths and access controls.</summary>
public static class ScpNameRule
{
    /// <summary>The characters only: the length is its own rule, so a name that breaks one is told only that one.</summary>
    public const string Pattern = @"^[a-z]([a-z0-9\-]*[a-z0-9])?$";

    public const string Meaning = "lower-case letters, digits and dashes, starting with a letter and not ending with a dash";

    public const int MinLength = 3;

    public const int MaxLength = 50;

    /// <summary>The whole rule in words, for the name inputs' descriptions (and so their docs pages).</summary>
    public const string Described = "3 to 50 " + Meaning + ".";
}
