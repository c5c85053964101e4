namespace Pulumi.ScpGateway.Provider.Scp.ApiGateway.Models;

/// <summary>A path segment of an API (model ResourceV1Dot2).</summary>
public sealed record Resource
{
    public string Id { get; init; } = "";
    public IReadOnlyList<Method> Methods { get; init; } = [];
    public string ParentId { get; init; } = "";
    public string Path { get; init; } = "";
    public string PathPart { get; init; } = "";
}

/// <summary>Body of Create Resource: a literal segment or a <c>{parameter}</c>.</summary>
public sealed record ResourceCreateRequest
{
    public required string PathPart { get; init; }
}

public sealed record ResourceCreateResponse
{
    public string ApiId { get; init; } = "";
    public string Id { get; init; } = "";
    public string ParentId { get; init; } = "";
    public string Path { get; init; } = "";
}

public sealed record ResourceShowResponse
{
    public Resource Resource { get; init; } = new();
}

public sealed record ResourceListResponse
{
    public IReadOnlyList<Resource> Resources { get; init; } = [];
}
