namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>
/// Full gRPC method names of <c>pulumirpc.ResourceProvider</c> (see provider.proto), for the calls the
/// simulator makes by name (<see cref="ProviderClient.CallAsync{TRequest,TResponse}"/>).
/// </summary>
public static class ResourceProviderMethods
{
    public const string Service = "pulumirpc.ResourceProvider";
    public const string Handshake = "/" + Service + "/Handshake";
    public const string Parameterize = "/" + Service + "/Parameterize";
    public const string GetSchema = "/" + Service + "/GetSchema";
    public const string CheckConfig = "/" + Service + "/CheckConfig";
    public const string DiffConfig = "/" + Service + "/DiffConfig";
    public const string Configure = "/" + Service + "/Configure";
    public const string Invoke = "/" + Service + "/Invoke";
    public const string StreamInvoke = "/" + Service + "/StreamInvoke";
    public const string Call = "/" + Service + "/Call";
    public const string Check = "/" + Service + "/Check";
    public const string Diff = "/" + Service + "/Diff";
    public const string Create = "/" + Service + "/Create";
    public const string Read = "/" + Service + "/Read";
    public const string Update = "/" + Service + "/Update";
    public const string Delete = "/" + Service + "/Delete";
    public const string Construct = "/" + Service + "/Construct";
    public const string Cancel = "/" + Service + "/Cancel";
    public const string GetPluginInfo = "/" + Service + "/GetPluginInfo";
    public const string Attach = "/" + Service + "/Attach";
    public const string GetMapping = "/" + Service + "/GetMapping";
    public const string GetMappings = "/" + Service + "/GetMappings";
}

/// <summary>Full gRPC method names of <c>pulumirpc.Engine</c> that this provider calls (see engine.proto).</summary>
public static class EngineMethods
{
    public const string Service = "pulumirpc.Engine";
    public const string Log = "/" + Service + "/Log";
}
