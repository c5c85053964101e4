using System.Text.Json.Serialization;
using Pulumi.ScpGateway.Scp.ApiGateway.Models;
using Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Scp.Json;

/// <summary>
/// Source-generated (trim/AOT safe) serialization of every SCP body. Wire names are snake_case;
/// numbers sent as strings are accepted because the documentation shows some that way; unset
/// optional fields are left out of request bodies. Models with defaults use settable
/// properties: for absent init-only properties the generator passes default values, which
/// would turn a missing list or description into null.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ApiCreateRequest))]
[JsonSerializable(typeof(ApiCreateResponse))]
[JsonSerializable(typeof(ApiShowResponse))]
[JsonSerializable(typeof(ApiListResponse))]
[JsonSerializable(typeof(DescriptionRequest))]
[JsonSerializable(typeof(AccessControl))]
[JsonSerializable(typeof(AccessControlCreateRequest))]
[JsonSerializable(typeof(AccessControlSetRequest))]
[JsonSerializable(typeof(AccessControlShowResponse))]
[JsonSerializable(typeof(AccessControlListResponse))]
[JsonSerializable(typeof(ApiDeploymentRequest))]
[JsonSerializable(typeof(ApiDeploymentResponse))]
[JsonSerializable(typeof(ApiDeploymentListResponse))]
[JsonSerializable(typeof(ApiKeyCreateRequest))]
[JsonSerializable(typeof(ApiKeyShowResponse))]
[JsonSerializable(typeof(ApiKeyListResponse))]
[JsonSerializable(typeof(AuthCreateRequest))]
[JsonSerializable(typeof(AuthCreateResponse))]
[JsonSerializable(typeof(AuthSetRequest))]
[JsonSerializable(typeof(AuthShowResponse))]
[JsonSerializable(typeof(AuthListResponse))]
[JsonSerializable(typeof(MethodCreateRequest))]
[JsonSerializable(typeof(MethodSetRequest))]
[JsonSerializable(typeof(MethodShowResponse))]
[JsonSerializable(typeof(MethodListResponse))]
[JsonSerializable(typeof(ResourceCreateRequest))]
[JsonSerializable(typeof(ResourceCreateResponse))]
[JsonSerializable(typeof(ResourceShowResponse))]
[JsonSerializable(typeof(ResourceListResponse))]
[JsonSerializable(typeof(StageCreateRequest))]
[JsonSerializable(typeof(StageSetActiveDeploymentRequest))]
[JsonSerializable(typeof(StageConfig))]
[JsonSerializable(typeof(StageShowResponse))]
[JsonSerializable(typeof(StageListResponse))]
[JsonSerializable(typeof(UsagePlanCreateRequest))]
[JsonSerializable(typeof(UsagePlanQuota))]
[JsonSerializable(typeof(UsagePlanShowResponse))]
[JsonSerializable(typeof(UsagePlanListResponse))]
[JsonSerializable(typeof(PrivateLinkEndpointCreateRequest))]
[JsonSerializable(typeof(PrivateLinkEndpointApiAction))]
[JsonSerializable(typeof(PrivateLinkEndpointRequestAction))]
[JsonSerializable(typeof(PrivateLinkEndpointShowResponse))]
[JsonSerializable(typeof(PrivateLinkEndpointSummaryResponse))]
[JsonSerializable(typeof(PrivateLinkEndpointListResponse))]
[JsonSerializable(typeof(ConnectedEndpointListResponse))]
[JsonSerializable(typeof(ReportListResponse))]
[JsonSerializable(typeof(QueueCreateRequest))]
[JsonSerializable(typeof(QueueCreateResponse))]
[JsonSerializable(typeof(Queue))]
[JsonSerializable(typeof(QueueConfig))]
[JsonSerializable(typeof(QueueDescriptionRequest))]
[JsonSerializable(typeof(QueueAclRequest))]
[JsonSerializable(typeof(QueueIdResponse))]
[JsonSerializable(typeof(QueueNameCheckResponse))]
[JsonSerializable(typeof(QueueListResponse))]
public sealed partial class ScpJsonContext : JsonSerializerContext;
