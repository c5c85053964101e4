namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>
/// What the <c>triggers</c> input of ApiKey and Auth means: the same map of strings as
/// Deployment.triggers, whose change replaces the object. The engine replaces create-before-delete
/// (the provider never asks to delete first), which is what makes a rotation without a gap.
/// </summary>
public static class RotationTriggers
{
    public const string NotReadableReason = "Triggers exist only in Pulumi.";

    public const string ApiKeyDescription =
        "Arbitrary values, like Deployment's triggers (for example the month, from a config value a scheduled job changes); any change rotates the key: "
        + "a new key is made, stages whose connectedApiKeys refer to this key move to the new one, the new value becomes the `key` output, "
        + "and only then is the old key deleted (a stage that should accept both keys for a while lists two keys, rotated in turn). Key names are unique within a usage plan, so leave `name` unset "
        + "(each replacement then gets a new random suffix) or put the trigger into it; with a fixed name the replacement fails "
        + "(SCP refuses the second key of that name) unless the resource has the deleteBeforeReplace option, which leaves a moment without the key.";

    public const string AuthDescription =
        "Arbitrary values, like Deployment's triggers (for example the month, from a config value a scheduled job changes); any change rotates the access token: "
        + "a new auth connected to the same stages is made and its token becomes the `accessToken` output while the old auth still exists, "
        + "and only then is the old auth deleted (SCP documents no limit on the auths of a stage). Auth names are unique within an API, so leave `name` unset "
        + "(each replacement then gets a new random suffix) or put the trigger into it; with a fixed name the replacement fails "
        + "unless the resource has the deleteBeforeReplace option, which leaves a moment without the auth.";
}
