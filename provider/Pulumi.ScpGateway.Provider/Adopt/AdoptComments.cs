namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>The comments the written programs carry, the same in YAML and C#.</summary>
public static class AdoptComments
{
    public const string Secret = "a secret value; adopt never writes one (set it from a secret config value)";

    public static string NotReadable(NotReadableInput input)
    {
        var why = $"SCP cannot give it back ({input.Reason.TrimEnd('.')})";
        if (input.Placeholder is not null)
        {
            return why + "; the value below is a placeholder the import ignores (ignoreChanges): set the real one and keep ignoreChanges"
                + (input.Replaces ? ", or the change replaces the resource." : ".");
        }
        return why + (input.Replaces
            ? "; left out. Adding it later replaces the resource unless it is also listed in ignoreChanges."
            : "; left out. Adding it later shows as an update.");
    }
}
