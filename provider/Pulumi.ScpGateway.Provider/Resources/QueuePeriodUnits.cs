using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>The units of a queue's message retention period, as Queue Service spells them.</summary>
[EnumType("RetentionPeriodUnit", "The unit of a queue's messageRetentionPeriod.")]
public static class RetentionPeriodUnits
{
    public const string Second = "second";
    public const string Minute = "minute";
    public const string Hour = "hour";
    public const string Day = "day";
}

/// <summary>The units of a queue's data key reuse period, as Queue Service spells them.</summary>
[EnumType("DataKeyReusePeriodUnit", "The unit of a queue's dataKeyReusePeriod.")]
public static class DataKeyReusePeriodUnits
{
    public const string Minute = "minute";
    public const string Hour = "hour";
}
