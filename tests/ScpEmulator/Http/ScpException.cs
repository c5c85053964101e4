namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>An SCP error answer: the status and one detail per problem, sent as the seed's error body.</summary>
public sealed class ScpException : Exception
{
    public ScpException(int status, string detail)
        : this(status, [detail])
    {
    }

    public ScpException(int status, IReadOnlyList<string> details)
        : base($"{status}: {string.Join("; ", details)}")
    {
        Status = status;
        Details = details;
    }

    public int Status { get; }

    public IReadOnlyList<string> Details { get; }

    /// <summary>Sent as the Retry-After header (seconds) when set.</summary>
    public int? RetryAfterSeconds { get; init; }

    public static ScpException NotFound(string what, string id) => new(404, $"{what} '{id}' not found");

    public static ScpException Conflict(string detail) => new(409, detail);
}
