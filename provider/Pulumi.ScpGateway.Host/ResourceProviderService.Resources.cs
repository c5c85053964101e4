using Pulumi.ScpGateway.Framework;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Host;

/// <summary>The resource and function RPCs: protobuf in, registry call, protobuf out.</summary>
public sealed partial class ResourceProviderService
{
    public Task<CheckResponse> CheckAsync(CheckRequest request, RpcContext context) => Guard(async () =>
    {
        var result = await registry.CheckAsync(
            new ResourceCheckRequest(request.Urn, ToMap(request.Olds), ToMap(request.News))
            {
                Type = request.Type,
                Name = request.Name,
                RandomSeed = request.RandomSeed.Memory,
                Autonaming = request.Autonaming is { } autonaming
                    ? new Autonaming(autonaming.ProposedName, (AutonamingMode)(int)autonaming.Mode)
                    : null,
            },
            context.CancellationToken).ConfigureAwait(false);
        var response = new CheckResponse { Inputs = StructConverter.ToStruct(result.Inputs) };
        response.Failures.AddRange(result.Failures.Select(failure => new Protos.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        return response;
    });

    public Task<DiffResponse> DiffAsync(DiffRequest request, RpcContext context) => Guard(async () =>
    {
        var diff = await registry.DiffAsync(
            new ResourceDiffRequest(request.Id, request.Urn, ToMap(request.Olds), ToMap(request.News))
            {
                Type = request.Type,
                Name = request.Name,
                OldInputs = request.OldInputs is null ? null : ToMap(request.OldInputs),
                IgnoreChanges = [.. request.IgnoreChanges],
            },
            context.CancellationToken).ConfigureAwait(false);
        var response = new DiffResponse
        {
            Changes = diff.Changes == DiffChanges.Some ? DiffResponse.Types.DiffChanges.DiffSome : DiffResponse.Types.DiffChanges.DiffNone,
            DeleteBeforeReplace = diff.DeleteBeforeReplace,
            HasDetailedDiff = true,
        };
        response.Replaces.AddRange(diff.Replaces);
        response.Diffs.AddRange(diff.Diffs);
        foreach (var (path, kind) in diff.DetailedDiff)
        {
            response.DetailedDiff[path] = new PropertyDiff { Kind = (PropertyDiff.Types.Kind)(int)kind, InputDiff = true };
        }
        return response;
    });

    public Task<CreateResponse> CreateAsync(CreateRequest request, RpcContext context) => Guard(async () =>
    {
        var created = await registry.CreateAsync(
            new ResourceCreateRequest(request.Urn, ToMap(request.Properties))
            {
                Type = request.Type,
                Name = request.Name,
                Preview = request.Preview,
                Timeout = TimeSpan.FromSeconds(request.Timeout),
                Log = LogFor(request.Urn),
            },
            context.CancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = created.Id, Properties = StructConverter.ToStruct(created.Properties) };
    });

    public Task<ReadResponse> ReadAsync(ReadRequest request, RpcContext context) => Guard(async () =>
    {
        var read = await registry.ReadAsync(
            new ResourceReadRequest(request.Id, request.Urn)
            {
                Type = request.Type,
                Name = request.Name,
                Properties = ToMap(request.Properties),
                Inputs = ToMap(request.Inputs),
                Log = LogFor(request.Urn),
            },
            context.CancellationToken).ConfigureAwait(false);
        // Gone: an empty id and no properties tells the engine to drop it from state.
        return read.IsGone
            ? new ReadResponse()
            : new ReadResponse { Id = read.Id, Properties = StructConverter.ToStruct(read.Properties), Inputs = StructConverter.ToStruct(read.Inputs) };
    });

    public Task<UpdateResponse> UpdateAsync(UpdateRequest request, RpcContext context) => Guard(async () =>
    {
        var properties = await registry.UpdateAsync(
            new ResourceUpdateRequest(request.Id, request.Urn, ToMap(request.Olds), ToMap(request.News))
            {
                Type = request.Type,
                Name = request.Name,
                OldInputs = request.OldInputs is null ? null : ToMap(request.OldInputs),
                Preview = request.Preview,
                Timeout = TimeSpan.FromSeconds(request.Timeout),
                IgnoreChanges = [.. request.IgnoreChanges],
                Log = LogFor(request.Urn),
            },
            context.CancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = StructConverter.ToStruct(properties) };
    });

    public Task<Empty> DeleteAsync(DeleteRequest request, RpcContext context) => Guard(async () =>
    {
        await registry.DeleteAsync(
            new ResourceDeleteRequest(request.Id, request.Urn, ToMap(request.Properties))
            {
                Type = request.Type,
                Name = request.Name,
                OldInputs = request.OldInputs is null ? null : ToMap(request.OldInputs),
                Timeout = TimeSpan.FromSeconds(request.Timeout),
                Log = LogFor(request.Urn),
            },
            context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    });

    public Task<InvokeResponse> InvokeAsync(InvokeRequest request, RpcContext context) => Guard(async () =>
    {
        var result = await registry.InvokeAsync(request.Tok, ToMap(request.Args), context.CancellationToken).ConfigureAwait(false);
        var response = new InvokeResponse { Return = StructConverter.ToStruct(result.Return) };
        response.Failures.AddRange(result.Failures.Select(failure => new Protos.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        return response;
    });

    private static PropertyMap ToMap(Struct? value) => StructConverter.ToPropertyMap(value);

    private EngineResourceLog LogFor(string urn) => new(engineLog, urn);

    /// <summary>
    /// Turns what went wrong into the status the engine understands: a partial create or update
    /// carries ErrorResourceInitFailed so the engine keeps the resource; bad ids, values and
    /// tokens are the caller's; everything else (SCP refusing, a wait timing out) is the
    /// operation failing, with its message as the user-facing text.
    /// </summary>
    private static async Task<T> Guard<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ResourceInitFailure partial)
        {
            var detail = new ErrorResourceInitFailed
            {
                Id = partial.Id,
                Properties = StructConverter.ToStruct(partial.Properties),
                Inputs = StructConverter.ToStruct(partial.Inputs),
            };
            detail.Reasons.AddRange(partial.Reasons);
            throw new RpcException(StatusCode.Unknown, partial.Message, Any.Pack(detail));
        }
        catch (Exception ex) when (ex is PropertyValueException or ResourceIdException or UnknownTokenException)
        {
            throw new RpcException(StatusCode.InvalidArgument, ex.Message);
        }
        catch (Exception ex) when (ex is not (RpcException or OperationCanceledException))
        {
            throw new RpcException(StatusCode.Unknown, ex.Message);
        }
    }
}
