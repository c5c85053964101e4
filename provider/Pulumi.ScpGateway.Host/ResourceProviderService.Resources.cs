using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Framework.Values;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>The resource and function RPCs: protobuf in, registry call, protobuf out.</summary>
public sealed partial class ResourceProviderService
{
    /// <summary>Check as the plugin serves it: its messages read and written by <see cref="CheckMessages"/>.</summary>
    public Task<CheckResult> Check(ResourceCheckRequest request, ServerCallContext context) =>
        Serve(context, cancellationToken => registry.CheckAsync(request, cancellationToken));

    /// <summary>Check for callers holding the generated messages (in-process tests, the generated binding): the same bytes go through.</summary>
    public override async Task<CheckResponse> Check(CheckRequest request, ServerCallContext context)
    {
        var bytes = request.ToByteArray();
        var result = await Serve(context, cancellationToken => registry.CheckAsync(CheckMessages.Read(bytes), cancellationToken)).ConfigureAwait(false);
        return CheckResponse.Parser.ParseFrom(CheckMessages.Codec.ToBytes(result));
    }

    public override Task<DiffResponse> Diff(DiffRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
    {
        var diff = await registry.DiffAsync(
            new ResourceDiffRequest(request.Id, request.Urn, ToMap(request.Olds), ToMap(request.News))
            {
                Type = request.Type,
                Name = request.Name,
                OldInputs = request.OldInputs is null ? null : ToMap(request.OldInputs),
                IgnoreChanges = [.. request.IgnoreChanges],
            },
            cancellationToken).ConfigureAwait(false);
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

    public override Task<CreateResponse> Create(CreateRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
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
            cancellationToken).ConfigureAwait(false);
        return new CreateResponse { Id = created.Id, Properties = StructConverter.ToStruct(created.Properties) };
    });

    public override Task<ReadResponse> Read(ReadRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
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
            cancellationToken).ConfigureAwait(false);
        // Gone: an empty id and no properties tells the engine to drop it from state.
        return read.IsGone
            ? new ReadResponse()
            : new ReadResponse { Id = read.Id, Properties = StructConverter.ToStruct(read.Properties), Inputs = StructConverter.ToStruct(read.Inputs) };
    });

    public override Task<UpdateResponse> Update(UpdateRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
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
            cancellationToken).ConfigureAwait(false);
        return new UpdateResponse { Properties = StructConverter.ToStruct(properties) };
    });

    public override Task<Empty> Delete(DeleteRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
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
            cancellationToken).ConfigureAwait(false);
        return new Empty();
    });

    public override Task<InvokeResponse> Invoke(InvokeRequest request, ServerCallContext context) => Serve(context, async cancellationToken =>
    {
        var result = await registry.InvokeAsync(request.Tok, ToMap(request.Args), cancellationToken).ConfigureAwait(false);
        var response = new InvokeResponse { Return = StructConverter.ToStruct(result.Return) };
        response.Failures.AddRange(result.Failures.Select(failure => new Protos.CheckFailure { Property = failure.Property, Reason = failure.Reason }));
        return response;
    });

    private static PropertyMap ToMap(Struct? value) => StructConverter.ToPropertyMap(value);

    private EngineResourceLog LogFor(string urn) => new(engineLog, urn);

    /// <summary>
    /// Runs a call under its token (deadline, caller gone, or the engine's Cancel) and turns what went
    /// wrong into the status the engine understands: a partial create or update carries
    /// ErrorResourceInitFailed so the engine keeps the resource; bad ids, values and tokens are the
    /// caller's; everything else (SCP refusing, a wait timing out) is the operation failing, with its
    /// message as the user-facing text. Stack traces never leave the process.
    /// </summary>
    private async Task<T> Serve<T>(ServerCallContext context, Func<CancellationToken, Task<T>> call)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.CancellationToken, cancellation.Token);
        try
        {
            return await call(linked.Token).ConfigureAwait(false);
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
            throw RpcErrors.WithDetails(StatusCode.Unknown, partial.Message, detail);
        }
        catch (Exception ex) when (ex is PropertyValueException or ResourceIdException or UnknownTokenException)
        {
            throw RpcErrors.Of(StatusCode.InvalidArgument, ex.Message);
        }
        catch (OperationCanceledException) when (context.Deadline <= DateTime.UtcNow)
        {
            throw RpcErrors.Of(StatusCode.DeadlineExceeded, "the call's deadline passed before it finished");
        }
        catch (OperationCanceledException)
        {
            throw RpcErrors.Of(StatusCode.Cancelled, "the call was cancelled");
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw RpcErrors.Of(StatusCode.Unknown, ex.Message);
        }
    }
}
