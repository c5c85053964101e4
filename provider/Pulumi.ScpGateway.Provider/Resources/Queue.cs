using Pulumi.ScpGateway.Framework;
using Pulumi.ScpGateway.Scp;
using Pulumi.ScpGateway.Scp.QueueService;
using Model = Pulumi.ScpGateway.Scp.QueueService.Models;

namespace Pulumi.ScpGateway.Provider.Resources;

[Resource("Queue", ImportId = "{queueId}", Description = "A Queue Service queue: its message settings, encryption and the IP addresses allowed to reach it.")]
public sealed class QueueResource(IQueueServiceClient scp) : CustomResource<QueueArgs, QueueState>
{
    private const string Active = "ACTIVE";

    public override async Task<(string Id, QueueState State)> CreateAsync(QueueArgs inputs, ResourceContext context)
    {
        var ct = context.CancellationToken;
        var name = inputs.Name!;
        var request = new Model.QueueCreateRequest
        {
            Name = name,
            Description = inputs.Description,
            Tags = ScpTagList.From(inputs.Tags),
            MessageRetentionPeriod = inputs.MessageRetentionPeriod,
            MessageRetentionPeriodUnit = inputs.MessageRetentionPeriodUnit,
            MessageSize = inputs.MessageSize,
            DataKeyReusePeriod = inputs.DataKeyReusePeriod,
            DataKeyReusePeriodUnit = inputs.DataKeyReusePeriodUnit,
            Encryption = EncryptionOf(inputs),
        };
        var created = await scp.CreateQueueAsync(request, new(token => FindByNameAsync(name, token), context.ResumedCreate), ct);
        await context.Log.InfoAsync($"queue {name} created as {created.Id}; waiting for it to become {Active}", ct);

        // Until the ACL is set the queue admits no addresses; a partial state says so, so the next update adds them.
        var state = StateFrom(inputs) with { QueueId = created.Id, State = created.State, AllowedIpAddresses = null };
        Model.Queue queue;
        try
        {
            queue = (await ResourceWait.Default.UntilAsync(
                $"queue {name} to become {Active}", LookupAfterCreate.ToleratingLag(token => scp.ShowQueueAsync(created.Id, token)), q => q?.State == Active, context))!;
        }
        catch (Exception error) when (error is ScpApiException or ResourceWaitTimeoutException or OperationCanceledException)
        {
            throw InitFailed(created.Id, state, error, $"queue {created.Id} was created but did not become {Active}: {error.Message}");
        }

        state = WithComputed(state, queue);
        if (inputs.AllowedIpAddresses is { Count: > 0 } addresses)
        {
            try
            {
                await scp.SetAclAsync(created.Id, new Model.QueueAclRequest { IpAddress = addresses }, ct);
            }
            catch (Exception error) when (error is ScpApiException or OperationCanceledException)
            {
                throw InitFailed(created.Id, state, error, $"queue {created.Id} was created but its allowed IP addresses could not be set: {error.Message}");
            }
        }
        return (created.Id, state with { AllowedIpAddresses = inputs.AllowedIpAddresses });
    }

    public override async Task<(QueueArgs Inputs, QueueState State)?> ReadAsync(string id, QueueArgs? oldInputs, QueueState? oldState, ResourceContext context)
    {
        var queue = await ScpGone.OrNullAsync(() => scp.ShowQueueAsync(id, context.CancellationToken));
        if (queue is null)
        {
            return null;
        }
        var state = WithComputed(new QueueState
        {
            Name = queue.Name,
            Fifo = queue.Name.EndsWith(QueueArgs.FifoSuffix, StringComparison.Ordinal),
            Description = queue.Description.Length == 0 ? null : queue.Description,
            MessageRetentionPeriod = queue.MessageRetentionPeriod,
            MessageRetentionPeriodUnit = queue.MessageRetentionPeriodUnit,
            MessageSize = queue.MessageSize,
            DataKeyReusePeriod = queue.DataKeyReusePeriod,
            DataKeyReusePeriodUnit = queue.DataKeyReusePeriodUnit,
            Encryption = QueueEncryptionArgs.From(queue.Encryption),
            AllowedIpAddresses = ScpStringList.Split(queue.AllowIpAccess),
        }, queue);
        return (state, state);
    }

    public override async Task<QueueState> UpdateAsync(string id, QueueArgs olds, QueueArgs news, QueueState oldState, ResourceContext context)
    {
        var ct = context.CancellationToken;
        if (news.Description != olds.Description)
        {
            await scp.UpdateQueueDescriptionAsync(id, new Model.QueueDescriptionRequest { Description = news.Description ?? "" }, ct);
        }
        if (ConfigOf(news) != ConfigOf(olds))
        {
            await scp.UpdateQueueConfigAsync(id, ConfigOf(news), ct);
        }
        // The state holds what SCP has (after a partial create, less than the inputs asked for).
        var before = oldState.AllowedIpAddresses ?? [];
        var after = news.AllowedIpAddresses ?? [];
        var removed = before.Except(after, StringComparer.Ordinal).ToList();
        var added = after.Except(before, StringComparer.Ordinal).ToList();
        if (removed.Count > 0)
        {
            await scp.DeleteAclAsync(id, new Model.QueueAclRequest { IpAddress = removed }, ct);
        }
        if (added.Count > 0)
        {
            await scp.SetAclAsync(id, new Model.QueueAclRequest { IpAddress = added }, ct);
        }
        var queue = await scp.ShowQueueAsync(id, ct);
        return WithComputed(StateFrom(news), queue);
    }

    public override Task DeleteAsync(string id, QueueState state, ResourceContext context) =>
        ScpGone.DeleteAsync(() => scp.DeleteQueueAsync(id, context.CancellationToken));

    private async Task<Model.QueueCreateResponse?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var queues = await scp.ListAllQueuesAsync(name, cancellationToken);
        return queues.FirstOrDefault(q => q.Name == name) is { } found
            ? new Model.QueueCreateResponse { Id = found.Id, State = found.State }
            : null;
    }

    private static QueueState WithComputed(QueueState state, Model.Queue queue) => state with
    {
        QueueId = queue.Id,
        Type = queue.Type,
        State = queue.State,
        AccountId = queue.AccountId,
        CreatedAt = queue.CreatedAt,
        CreatedBy = queue.CreatedBy,
        ModifiedAt = queue.ModifiedAt,
    };

    private static Model.QueueEncryption? EncryptionOf(QueueArgs inputs) =>
        inputs.Encryption is { } e ? new Model.QueueEncryption { Id = e.KmsId, Name = e.KmsName } : null;

    /// <summary>The config PUT replaces every setting at once, so it is sent whole.</summary>
    private static Model.QueueConfig ConfigOf(QueueArgs inputs) => new()
    {
        MessageRetentionPeriod = inputs.MessageRetentionPeriod,
        MessageRetentionPeriodUnit = inputs.MessageRetentionPeriodUnit,
        MessageSize = inputs.MessageSize,
        DataKeyReusePeriod = inputs.DataKeyReusePeriod,
        DataKeyReusePeriodUnit = inputs.DataKeyReusePeriodUnit,
        Encryption = EncryptionOf(inputs),
    };
}
