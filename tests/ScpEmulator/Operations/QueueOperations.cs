using Pulumi.ScpGateway.ScpEmulator.Http;
using Pulumi.ScpGateway.ScpEmulator.State;
using Pulumi.ScpGateway.ScpEmulator.Validation;

namespace Pulumi.ScpGateway.ScpEmulator.Operations;

/// <summary>All 9 Queue Service 1.0 operations. Create answers 201; the queue reads ACTIVE after the create delay.</summary>
public static class QueueOperations
{
    private const string Queue = "/v1/queues/{queue_id}";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.Map("GET", "/v1/queues/check-duplication", "CheckQueueNameDuplication", CheckName);
        app.Map("POST", "/v1/queues", "CreateQueue", Create);
        app.Map("GET", "/v1/queues", "ListQueue", List);
        app.Map("GET", Queue, "ShowQueue", call => Reply.Ok(Show(call, Find(call))));
        app.Map("PUT", Queue + "/config", "UpdateQueueConfig", UpdateConfig);
        app.Map("PUT", Queue + "/description", "UpdateQueueDescription", UpdateDescription);
        app.Map("POST", Queue + "/acl", "SetAcl", call => ChangeAcl(call, add: true));
        app.Map("DELETE", Queue + "/acl", "DeleteAcl", call => ChangeAcl(call, add: false), takesBody: true);
        app.Map("DELETE", Queue, "DeleteQueue", Delete);
    }

    private static QueueRecord Find(Call call) => call.Find(call.State.Queues, call.Route("queue_id"), "queue");

    private static object? Encryption(QueueRecord q) => q.Encryption is { } e ? new { id = e.Id, name = e.Name } : null;

    /// <summary>The Queue model of List Queue.</summary>
    private static Dictionary<string, object?> Summary(Call call, QueueRecord q) => new()
    {
        ["account_id"] = call.State.AccountId,
        ["created_at"] = Call.Time(q.CreatedAt),
        ["created_by"] = call.State.UserId,
        ["encryption"] = Encryption(q),
        ["id"] = q.Id,
        ["modified_at"] = Call.Time(q.ModifiedAt),
        ["modified_by"] = call.State.UserId,
        ["name"] = q.Name,
        ["number_wait_messages"] = 0,
        ["state"] = call.State.QueueState(q),
        ["type"] = q.Type,
    };

    /// <summary>QueueShowResponse: the summary plus settings, description and ACL.</summary>
    private static Dictionary<string, object?> Show(Call call, QueueRecord q)
    {
        var view = Summary(call, q);
        view["allow_ip_access"] = q.AllowedIpAddresses.ToArray();
        view["console_polling_count"] = 0;
        view["data_key_reuse_period"] = q.DataKeyReusePeriod;
        view["data_key_reuse_period_unit"] = q.DataKeyReusePeriodUnit;
        view["description"] = q.Description;
        view["message_retention_period"] = q.MessageRetentionPeriod;
        view["message_retention_period_unit"] = q.MessageRetentionPeriodUnit;
        view["message_size"] = q.MessageSize;
        return view;
    }

    /// <summary>Answers true when the name is already taken.</summary>
    private static Reply CheckName(Call call)
    {
        var name = call.Query("name");
        return string.IsNullOrEmpty(name)
            ? throw new ScpException(400, "name: is required")
            : Reply.Ok(new { result = call.State.Queues.Values.Any(q => q.Name == name) });
    }

    private static Reply Create(Call call)
    {
        var body = call.Body.Required();
        var queue = new QueueRecord
        {
            Description = body.String("description"),
            Name = body.String("name", required: true, nullable: false, rule: FieldRules.QueueName) ?? string.Empty,
            Tags = [.. Tags.Read(body, valueNullable: true)],
        };
        ReadConfig(body, queue);
        body.ThrowIfInvalid();
        if (call.State.Queues.Values.Any(q => q.Name == queue.Name))
        {
            throw ScpException.Conflict($"name: a queue named '{queue.Name}' already exists");
        }

        call.State.Stamp(queue);
        queue.ModifiedAt = queue.CreatedAt;
        queue.ActiveAt = queue.CreatedAt.AddMilliseconds(call.State.Settings.QueueCreateDelayMs);
        queue.HeldCreating = call.State.CreationHold.Queues;
        call.State.Queues[queue.Id] = queue;
        return new Reply(201, new { id = queue.Id, messages = "Create Queue", state = call.State.QueueState(queue) });
    }

    private static Reply List(Call call)
    {
        var paging = Paging.Parse(call);
        var (items, count) = paging.Apply(call.VisibleNamed(call.State.Queues.Values));
        return Reply.Ok(new
        {
            count,
            page = paging.Page,
            queues = items.Select(q => Summary(call, q)).ToArray(),
            size = paging.Size,
            sort = new[] { paging.SortText },
        });
    }

    private static Reply UpdateConfig(Call call)
    {
        var queue = Find(call);
        var update = new QueueRecord();
        ReadConfig(call.Body.Required(), update);
        call.Body.ThrowIfInvalid();
        call.State.RequireActive(queue);
        queue.MessageRetentionPeriod = update.MessageRetentionPeriod;
        queue.MessageRetentionPeriodUnit = update.MessageRetentionPeriodUnit;
        queue.MessageSize = update.MessageSize;
        queue.DataKeyReusePeriod = update.DataKeyReusePeriod;
        queue.DataKeyReusePeriodUnit = update.DataKeyReusePeriodUnit;
        queue.Encryption = update.Encryption;
        queue.ModifiedAt = call.Now;
        return Reply.Ok(Show(call, queue));
    }

    private static Reply UpdateDescription(Call call)
    {
        var queue = Find(call);
        var description = call.Body.Required().String("description", required: true, nullable: false, rule: FieldRules.QueueDescription);
        call.Body.ThrowIfInvalid();
        call.State.RequireActive(queue);
        queue.Description = description;
        queue.ModifiedAt = call.Now;
        return Reply.Ok(new { id = queue.Id });
    }

    private static Reply ChangeAcl(Call call, bool add)
    {
        var queue = Find(call);
        var addresses = call.Body.Required().StringList("ip_address", required: true, nullable: false, check: IpRules.CheckAddressOrCidr);
        call.Body.ThrowIfInvalid();
        call.State.RequireActive(queue);
        queue.AllowedIpAddresses = add
            ? [.. queue.AllowedIpAddresses.Union(addresses!, StringComparer.Ordinal)]
            : [.. queue.AllowedIpAddresses.Except(addresses!, StringComparer.Ordinal)];
        queue.ModifiedAt = call.Now;
        return Reply.Ok(new { id = queue.Id });
    }

    private static Reply Delete(Call call)
    {
        call.State.Queues.Remove(Find(call).Id);
        return Reply.NoContent();
    }

    /// <summary>The settings shared by create and update config (ConfigSetRequest).</summary>
    private static void ReadConfig(RequestBody body, QueueRecord queue)
    {
        queue.MessageRetentionPeriod = body.Integer("message_retention_period", required: true, nullable: false, min: 1, max: FieldRules.MaxRetentionPeriod) ?? 0;
        queue.MessageRetentionPeriodUnit = body.Enum("message_retention_period_unit", FieldRules.RetentionUnits, required: true, nullable: false) ?? string.Empty;
        queue.MessageSize = body.Integer("message_size", required: true, nullable: false, min: 1, max: FieldRules.MaxMessageSize) ?? 0;
        queue.DataKeyReusePeriod = body.Integer("data_key_reuse_period", min: 1);
        queue.DataKeyReusePeriodUnit = body.Enum("data_key_reuse_period_unit", FieldRules.DataKeyReuseUnits);
        if (body.Object("encryption") is { } encryption)
        {
            queue.Encryption = new QueueEncryption(encryption.String("id", required: true), encryption.String("name", required: true));
        }
    }
}
