using Grpc.Core;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>The engine's resource RPCs in property-map terms; failures become <see cref="ProviderCallException"/>.</summary>
public sealed class ResourceCalls(ProviderConnection provider)
{

    public async Task<CheckResponse> CheckAsync(ResourceKey key, PropertyMap olds, PropertyMap news, byte[] randomSeed, CancellationToken cancellationToken)
    {
        var request = new CheckRequest
        {
            Urn = key.Urn,
            Name = key.Name,
            Type = key.Type,
            Olds = StructConverter.ToStruct(olds),
            News = StructConverter.ToStruct(news),
            RandomSeed = ByteString.CopyFrom(randomSeed),
        };
        return await CallAsync<CheckRequest, CheckResponse>(key, "Check", ResourceProviderMethods.Check, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DiffResponse> DiffAsync(ResourceKey key, string id, PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news, IEnumerable<string> ignoreChanges, CancellationToken cancellationToken)
    {
        var request = new DiffRequest
        {
            Id = id,
            Urn = key.Urn,
            Name = key.Name,
            Type = key.Type,
            Olds = StructConverter.ToStruct(oldOutputs),
            OldInputs = StructConverter.ToStruct(oldInputs),
            News = StructConverter.ToStruct(news),
        };
        request.IgnoreChanges.AddRange(ignoreChanges);
        return await CallAsync<DiffRequest, DiffResponse>(key, "Diff", ResourceProviderMethods.Diff, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<(string Id, PropertyMap Outputs)> CreateAsync(ResourceKey key, PropertyMap inputs, bool preview, CancellationToken cancellationToken)
    {
        var request = new CreateRequest { Urn = key.Urn, Name = key.Name, Type = key.Type, Properties = StructConverter.ToStruct(inputs), Preview = preview };
        var response = await CallAsync<CreateRequest, CreateResponse>(key, "Create", ResourceProviderMethods.Create, request, cancellationToken, inputs).ConfigureAwait(false);
        return (response.Id, StructConverter.ToPropertyMap(response.Properties));
    }

    public async Task<PropertyMap> UpdateAsync(ResourceKey key, string id, PropertyMap oldOutputs, PropertyMap oldInputs, PropertyMap news, IEnumerable<string> ignoreChanges, bool preview, CancellationToken cancellationToken)
    {
        var request = new UpdateRequest
        {
            Id = id,
            Urn = key.Urn,
            Name = key.Name,
            Type = key.Type,
            Olds = StructConverter.ToStruct(oldOutputs),
            OldInputs = StructConverter.ToStruct(oldInputs),
            News = StructConverter.ToStruct(news),
            Preview = preview,
        };
        request.IgnoreChanges.AddRange(ignoreChanges);
        var response = await CallAsync<UpdateRequest, UpdateResponse>(key, "Update", ResourceProviderMethods.Update, request, cancellationToken, news).ConfigureAwait(false);
        return StructConverter.ToPropertyMap(response.Properties);
    }

    public async Task DeleteAsync(ResourceState resource, CancellationToken cancellationToken)
    {
        var request = new DeleteRequest
        {
            Id = resource.Id,
            Urn = resource.Urn,
            Name = resource.Name,
            Type = resource.Type,
            Properties = StructConverter.ToStruct(resource.Outputs),
            OldInputs = StructConverter.ToStruct(resource.Inputs),
        };
        await CallAsync<DeleteRequest, Empty>(ResourceKey.Of(resource), "Delete", ResourceProviderMethods.Delete, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReadResponse> ReadAsync(ResourceKey key, string id, PropertyMap outputs, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var request = new ReadRequest
        {
            Id = id,
            Urn = key.Urn,
            Name = key.Name,
            Type = key.Type,
            Properties = StructConverter.ToStruct(outputs),
            Inputs = StructConverter.ToStruct(inputs),
        };
        return await CallAsync<ReadRequest, ReadResponse>(key, "Read", ResourceProviderMethods.Read, request, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PropertyValue> InvokeAsync(string function, PropertyMap arguments, string location, CancellationToken cancellationToken)
    {
        var key = new ResourceKey(string.Empty, function, location);
        var response = await CallAsync<InvokeRequest, InvokeResponse>(
            key, "Invoke", ResourceProviderMethods.Invoke, new InvokeRequest { Tok = function, Args = StructConverter.ToStruct(arguments) }, cancellationToken).ConfigureAwait(false);
        if (response.Failures.Count > 0)
        {
            throw new ProviderCallException($"{location}: {function} failed: {CheckFailures.Describe(response.Failures)}");
        }

        return PropertyValue.FromObject(StructConverter.ToPropertyMap(response.Return));
    }

    private async Task<TResponse> CallAsync<TRequest, TResponse>(ResourceKey key, string call, string method, TRequest request, CancellationToken cancellationToken, PropertyMap? sentInputs = null)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new()
    {
        try
        {
            return await provider.CallAsync<TRequest, TResponse>(method, request, cancellationToken).ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            var what = $"{key.Type} {key.Name}";
            if (ex.Detail<ErrorResourceInitFailed>() is { } failed)
            {
                var inputs = failed.Inputs is null ? sentInputs ?? PropertyMap.Empty : StructConverter.ToPropertyMap(failed.Inputs);
                // As the engine does, the reasons are the message; the status text usually repeats them.
                var cause = failed.Reasons.Count > 0 ? string.Join("; ", failed.Reasons) : ex.Status.Detail;
                throw new ResourceInitFailure(
                    $"{what}: {call} partially failed, the resource exists and stays in the stack: {cause}",
                    failed.Id,
                    StructConverter.ToPropertyMap(failed.Properties),
                    inputs,
                    [.. failed.Reasons]);
            }

            var hint = ex.StatusCode switch
            {
                StatusCode.Unimplemented => $" (the provider does not implement {call})",
                StatusCode.Unavailable => " (the provider is unreachable)",
                _ => string.Empty,
            };
            throw new ProviderCallException($"{what}: {call} failed{hint}: {ex.StatusCode}: {ex.Status.Detail}", ex);
        }
        catch (HttpRequestException ex)
        {
            throw new ProviderCallException($"{key.Type} {key.Name}: {call} failed: the provider is unreachable ({ex.Message})", ex);
        }
    }
}
