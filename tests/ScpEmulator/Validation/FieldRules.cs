using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>The patterns, lengths and enums of the seed's request models.</summary>
public static partial class FieldRules
{
    /// <summary>Api, stage, usage plan, API key, auth and access control names.</summary>
    public static readonly TextRule Name = new(NamePattern(), 3, 50,
        "lower-case letters, digits and '-', starting with a letter and not ending with '-'");

    public static readonly TextRule PathPart = new(PathPartPattern(), 3, 50,
        "a name like the Api name pattern, or such a name in braces with at least three characters inside");

    public static readonly TextRule PrivateLinkName = new(PrivateLinkNamePattern(), 3, 20, "letters and digits only");

    public static readonly TextRule QueueName = new(QueueNamePattern(), 3, 64,
        "lower-case letters, digits and '-', starting with a letter, optionally ending in '.fifo'");

    public static readonly TextRule QueueDescription = new(null, null, 100);

    public static readonly IReadOnlyList<string> EndpointTypes = ["REGION", "PRIVATE"];
    public static readonly IReadOnlyList<string> StageTypes = ["new", "existing", "none"];
    public static readonly IReadOnlyList<string> IntegrationTypes = ["HTTP", "SCF", "PRIVATELINK"];
    public static readonly IReadOnlyList<string> MethodTypes = ["GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "ANY"];

    /// <summary>The path parameter of method operations lists TRACE and CONNECT as well; ANY must stay addressable.</summary>
    public static readonly IReadOnlyList<string> MethodPathTypes = [.. MethodTypes, "TRACE", "CONNECT"];

    /// <summary>For lists of method types (a stage's allowed CORS methods): why an item is refused, or null.</summary>
    public static string? MethodTypeProblem(string method) =>
        MethodTypes.Contains(method, StringComparer.Ordinal) ? null : $"'{method}' is not one of {string.Join(", ", MethodTypes)}";

    public static readonly IReadOnlyList<string> QuotaRates = ["hour", "day", "month"];
    public static readonly IReadOnlyList<string> RetentionUnits = ["second", "minute", "hour", "day"];
    public static readonly IReadOnlyList<string> DataKeyReuseUnits = ["minute", "hour"];
    public static readonly IReadOnlyList<string> ApprovalTypes = ["APPROVE", "REJECT"];
    public static readonly IReadOnlyList<string> ConnectionTypes = ["DISCONNECT", "RECONNECT"];
    public static readonly IReadOnlyList<string> RequestTypes = ["CANCEL", "RE_REQUEST"];

    public const long MaxQuotaLimit = 2_000_000_000;
    public const long MaxRetentionPeriod = 1_209_600;
    public const long MaxMessageSize = 256;

    [GeneratedRegex(@"^[a-z][a-z0-9\-]{1,48}[a-z0-9]$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"^(\{[a-z][a-z0-9\-]{1,46}[a-z0-9]\}|[a-z][a-z0-9\-]{1,48}[a-z0-9])$")]
    private static partial Regex PathPartPattern();

    [GeneratedRegex(@"^[a-zA-Z0-9]*$")]
    private static partial Regex PrivateLinkNamePattern();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$|^[a-z][a-z0-9-]*\.fifo$")]
    private static partial Regex QueueNamePattern();
}
