using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.Json;

namespace Pulumi.ScpGateway.Scp.QueueService.Models;

/// <summary>KMS key that encrypts a queue.</summary>
public sealed record QueueEncryption
{
    public string? Id { get; init; }
    public string? Name { get; init; }
}

/// <summary>What List Queue and Show Queue both say of a queue.</summary>
public interface IQueueHeader
{
    string AccountId { get; }
    string CreatedAt { get; }
    string Id { get; }
    string ModifiedAt { get; }
    string Name { get; }
    int NumberWaitMessages { get; }
    string State { get; }
    string Type { get; }
}

/// <summary>A queue as List Queue returns it.</summary>
public sealed record QueueSummary : IQueueHeader
{
    public string AccountId { get; set; } = "";
    public string CreatedAt { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public QueueEncryption? Encryption { get; init; }
    public string Id { get; set; } = "";
    public string ModifiedAt { get; set; } = "";
    public string ModifiedBy { get; set; } = "";
    public string Name { get; set; } = "";
    public int NumberWaitMessages { get; init; }
    public string State { get; set; } = "";
    /// <summary>FIFO or BASIC.</summary>
    public string Type { get; set; } = "";
}

/// <summary>A queue as Show Queue and Update Queue Config return it (model QueueShowResponse).</summary>
public sealed record Queue : IQueueHeader
{
    public string AccountId { get; set; } = "";
    /// <summary>Allowed source IPs (documented as objects, shown as strings; both read).</summary>
    [JsonConverter(typeof(LooseStringListConverter))]
    public IReadOnlyList<string>? AllowIpAccess { get; init; }
    public int ConsolePollingCount { get; init; }
    public string CreatedAt { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public int? DataKeyReusePeriod { get; init; }
    public string? DataKeyReusePeriodUnit { get; init; }
    [JsonConverter(typeof(EmptyWhenNullConverter))]
    public string Description { get; set; } = "";
    public QueueEncryption? Encryption { get; init; }
    public string Id { get; set; } = "";
    public int MessageRetentionPeriod { get; init; }
    /// <summary>second, minute, hour or day.</summary>
    public string MessageRetentionPeriodUnit { get; set; } = "";
    public int MessageSize { get; init; }
    public string ModifiedAt { get; set; } = "";
    public string ModifiedBy { get; set; } = "";
    public string Name { get; set; } = "";
    public int NumberWaitMessages { get; init; }
    /// <summary>ACTIVE when usable; poll after Create Queue until it is.</summary>
    public string State { get; set; } = "";
    public string Type { get; set; } = "";
}

/// <summary>Body of Create Queue: a queue's configuration plus what is fixed at creation. A name ending in <c>.fifo</c> makes a FIFO queue.</summary>
public sealed record QueueCreateRequest : QueueConfig
{
    public required string Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<ScpTag>? Tags { get; init; }
}

public sealed record QueueCreateResponse
{
    public string Id { get; set; } = "";
    public string Messages { get; set; } = "";
    public string State { get; set; } = "";
}

/// <summary>Body of Update Queue Config (model ConfigSetRequest); also the settings part of Create Queue.</summary>
public record QueueConfig
{
    public required int MessageRetentionPeriod { get; init; }
    /// <summary>second, minute, hour or day.</summary>
    public required string MessageRetentionPeriodUnit { get; init; }
    /// <summary>Maximum message size in KB (1 to 256).</summary>
    public required int MessageSize { get; init; }
    public int? DataKeyReusePeriod { get; init; }
    /// <summary>minute or hour.</summary>
    public string? DataKeyReusePeriodUnit { get; init; }
    public QueueEncryption? Encryption { get; init; }
}

/// <summary>Body of Update Queue Description (at most 100 characters).</summary>
public sealed record QueueDescriptionRequest
{
    public required string Description { get; init; }
}

/// <summary>Body of Set Acl and Delete Acl.</summary>
public sealed record QueueAclRequest
{
    public required IReadOnlyList<string> IpAddress { get; init; }
}

/// <summary>Answer of Set Acl, Delete Acl and Update Queue Description: the queue id.</summary>
public sealed record QueueIdResponse
{
    public string Id { get; set; } = "";
}

public sealed record QueueNameCheckResponse
{
    /// <summary>As SCP answers it; the documentation does not say whether true means taken or free.</summary>
    public bool Result { get; init; }
}

public sealed record QueueListResponse
{
    public int Count { get; init; }
    public int Page { get; init; }
    public IReadOnlyList<QueueSummary> Queues { get; set; } = [];
    public int Size { get; init; }
    public IReadOnlyList<string>? Sort { get; init; }
}
