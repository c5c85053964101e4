namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>What a handler answers: a status and an optional JSON body.</summary>
public sealed record Reply(int Status, object? Body)
{
    public static Reply Ok(object body) => new(200, body);

    public static Reply NoContent() => new(204, null);
}
