namespace Pulumi.ScpGateway.ScpEmulator.State;

/// <summary>An API Gateway Api with everything that lives inside it (deleted with it).</summary>
public sealed class ApiRecord : StoredObject
{
    public string Description { get; set; } = string.Empty;

    /// <summary>When creation finishes: CreatedAt plus the create delay in force when it was created.</summary>
    public DateTimeOffset ActiveAt { get; set; }

    /// <summary>Created while <c>/_emulator/creating</c> held new objects: reads creating until released, then Active.</summary>
    public bool HeldCreating { get; set; }

    public string EndpointType { get; set; } = "REGION";

    public List<KeyValuePair<string, string>> Tags { get; set; } = [];

    /// <summary>The <c>/</c> resource created with the Api.</summary>
    public string RootResourceId { get; set; } = string.Empty;

    public Dictionary<string, ResourceRecord> Resources { get; } = [];

    public Dictionary<string, DeploymentRecord> Deployments { get; } = [];

    /// <summary>Keyed by stage name, which is how SCP addresses stages.</summary>
    public Dictionary<string, StageRecord> Stages { get; } = [];

    public Dictionary<string, UsagePlanRecord> UsagePlans { get; } = [];

    public Dictionary<string, AuthRecord> Auths { get; } = [];

    public Dictionary<string, AccessControlRecord> AccessControls { get; } = [];
}
