namespace Pulumi.ScpGateway.Scp.ApiGateway.Models;

/// <summary>A path segment of an API (model ResourceV1Dot2).</summary>
public sealed record Resource
{
    public string Id { get; set; } = "";
    public IReadOnlyList<Method> Methods { get; set; } = [];
    public string ParentId { get; set; } = "";
    public string Path { get; set; } = "";
    public string PathPart { get; set; } = "";
}

/// <summary>Body of Create Resource: a literal segment or a <c>{parameter}</c>.</summary>
public sealed record ResourceCreateRequest
{
    public required string PathPart { get; init; }
}

public sealed record ResourceCreateResponse
{
    public string ApiId { get; set; } = "";
    public string Id { get; set; } = "";
    public string ParentId { get; set; } = "";
    public string Path { get; set; } = "";
}

public sealed record ResourceShowResponse
{
    public Resource Resource { get; set; } = new();
}

public sealed record ResourceListResponse
{
    public IReadOnlyList<Resource> Resources { get; set; } = [];
}
