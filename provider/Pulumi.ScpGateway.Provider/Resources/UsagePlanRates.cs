using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The periods a usage plan's limit counts over, as SCP spells them.</summary>
[EnumType("UsagePlanRate", "The period a usage plan's call limit counts over.")]
public static class UsagePlanRates
{
    public const string Hour = "hour";
    public const string Day = "day";
    public const string Month = "month";
}
