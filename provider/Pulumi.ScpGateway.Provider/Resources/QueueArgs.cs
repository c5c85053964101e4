using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Provider.Resources;

public record QueueArgs : ICrossPropertyRules
{
    public const string FifoSuffix = ".fifo";

    [Input("name", "The queue's name, unique in the account: lower-case letters, digits and '-', starting with a letter, 3 to 64 characters; a FIFO queue's name ends in '.fifo'.", Replace = true, Autoname = AutonameStyle.Dashed)]
    [AutonameSuffix(FifoSuffix, "fifo")]
    [Pattern(@"^[a-z][a-z0-9\-]*(\.fifo)?$", "lower-case letters, digits and '-', starting with a letter, optionally ending in '.fifo'")]
    [Length(3, 64)]
    public string? Name { get; init; }

    [Input("fifo", "Whether the queue delivers messages first in, first out (SCP type FIFO instead of the standard type). A FIFO queue's name must end in '.fifo'; a proposed name gets that suffix.", Replace = true)]
    [Default(false)]
    public bool Fifo { get; init; }

    [Input("description", "What the queue is for, up to 100 characters.")]
    [Length(0, 100)]
    public string? Description { get; init; }

    [Input("messageRetentionPeriod", "How long SCP keeps an unconsumed message, in messageRetentionPeriodUnit; 1 to 1209600.")]
    [Range(1, 1209600)]
    public int MessageRetentionPeriod { get; init; }

    [Input("messageRetentionPeriodUnit", "The unit of messageRetentionPeriod: second, minute, hour or day.")]
    [OneOf(typeof(RetentionPeriodUnits), LowerCase = true)]
    public string MessageRetentionPeriodUnit { get; init; } = "";

    [Input("messageSize", "The largest message the queue accepts, in KB; 1 to 256.")]
    [Range(1, 256)]
    public int MessageSize { get; init; }

    [Input("dataKeyReusePeriod", "How long SCP reuses one data key to encrypt messages, in dataKeyReusePeriodUnit.")]
    [Range(1, 2000000000)]
    public int? DataKeyReusePeriod { get; init; }

    [Input("dataKeyReusePeriodUnit", "The unit of dataKeyReusePeriod: minute or hour.")]
    [OneOf(typeof(DataKeyReusePeriodUnits), LowerCase = true)]
    public string? DataKeyReusePeriodUnit { get; init; }

    [Input("encryption", "The KMS key that encrypts the queue's messages.")]
    public QueueEncryptionArgs? Encryption { get; init; }

    [Input("allowedIpAddresses", "Source IP addresses or CIDR blocks allowed to reach the queue (its ACL). Order does not matter; changes add and remove only the addresses that differ.")]
    [Set]
    [IpAddressOrCidr]
    public IReadOnlyList<string>? AllowedIpAddresses { get; init; }

    [Input("tags", "Tags set on the queue when it is created; changing them replaces the queue.", Replace = true)]
    [NotReadable("SCP does not return a queue's tags.")]
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    public IEnumerable<CheckFailure> Check(UnknownInputs unknown)
    {
        if (!unknown.AllKnown("name", "fifo") || Name is null)
        {
            yield break;
        }
        var suffixed = Name.EndsWith(FifoSuffix, StringComparison.Ordinal);
        if (Fifo && !suffixed)
        {
            yield return new CheckFailure("name", $"a FIFO queue's name must end in '{FifoSuffix}'");
        }
        else if (!Fifo && suffixed)
        {
            yield return new CheckFailure("fifo", $"a name ending in '{FifoSuffix}' makes a FIFO queue: set fifo to true");
        }
    }
}

[ObjectType("QueueEncryption", "The KMS key that encrypts a queue's messages.")]
public record QueueEncryptionArgs
{
    [Input("kmsId", "The KMS key's id.")]
    public string KmsId { get; init; } = "";

    [Input("kmsName", "The KMS key's name.")]
    public string KmsName { get; init; } = "";

    /// <summary>The key as SCP shows it; null when the queue is not encrypted.</summary>
    public static QueueEncryptionArgs? From(Scp.QueueService.Models.QueueEncryption? encryption) =>
        encryption is { Id: { } kmsId } ? new QueueEncryptionArgs { KmsId = kmsId, KmsName = encryption.Name ?? "" } : null;
}

public record QueueState : QueueArgs
{
    [Output("queueId", "The queue's SCP id (also its import ID).", Stable = true)]
    public string QueueId { get; init; } = "";

    [Output("type", "The queue type as SCP reports it: FIFO for a FIFO queue, otherwise the standard type.", Stable = true)]
    public string Type { get; init; } = "";

    [Output("state", "The queue's state in SCP: CREATING until it is usable, then ACTIVE.")]
    public string State { get; init; } = "";

    [Output("accountId", "The SCP account that owns the queue.", Stable = true)]
    public string AccountId { get; init; } = "";

    [Output("createdAt", "When the queue was created.", Stable = true)]
    public string CreatedAt { get; init; } = "";

    [Output("createdBy", "Who created the queue.", Stable = true)]
    public string CreatedBy { get; init; } = "";

    [Output("modifiedAt", "When the queue was last changed.")]
    public string ModifiedAt { get; init; } = "";
}
