using Grpc.Core;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Host;

/// <summary>Turns framework answers (failures, diffs, missing keys) into pulumirpc messages.</summary>
internal static class ProviderRpcMapping
{
    public static IEnumerable<Protos.CheckFailure> Failures(IEnumerable<ProviderConfigFailure> failures) =>
        failures.Select(failure => new Protos.CheckFailure { Property = failure.Property, Reason = failure.Reason });

    public static DiffResponse Diff(ProviderConfigDiffResult diff)
    {
        var response = new DiffResponse
        {
            Changes = diff.HasChanges ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
            HasDetailedDiff = true,
        };
        response.Replaces.AddRange(diff.Replaces);
        response.Diffs.AddRange(diff.DetailedDiff.Keys);
        foreach (var (key, kind) in diff.DetailedDiff)
        {
            response.DetailedDiff[key] = new PropertyDiff { Kind = (PropertyDiff.Types.Kind)(int)kind, InputDiff = true };
        }
        return response;
    }

    /// <summary>The error the engine turns into "missing required configuration key ...: set it with ...".</summary>
    public static RpcException MissingKeys(IEnumerable<ProviderConfigMissingKey> keys)
    {
        var detail = new ConfigureErrorMissingKeys();
        foreach (var key in keys)
        {
            detail.MissingKeys.Add(new ConfigureErrorMissingKeys.Types.MissingKey { Name = key.Name, Description = key.Description });
        }
        var names = string.Join(", ", detail.MissingKeys.Select(key => key.Name));
        return RpcErrors.WithDetails(StatusCode.InvalidArgument, $"required configuration keys were missing: {names}", detail);
    }

    public static RpcException InvalidConfig(string package, IEnumerable<ProviderConfigFailure> problems) =>
        RpcErrors.Of(StatusCode.InvalidArgument, $"invalid {package} configuration: " +
            string.Join("; ", problems.Select(problem => $"{problem.Property}: {problem.Reason}")));
}
