using Google.Protobuf;
using Pulumi.ScpGateway.Host.Protos;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// The <c>grpc-status-details-bin</c> trailer: base64 of a serialized <c>google.rpc.Status</c>.
/// We write it unpadded (as gRPC implementations do) and read both padded and unpadded.
/// </summary>
public static class StatusDetails
{
    public static string Encode(Status status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return Convert.ToBase64String(status.ToByteArray()).TrimEnd('=');
    }

    public static Status? TryDecode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value.Trim();
        var padding = (4 - (text.Length % 4)) % 4;
        if (padding == 3)
        {
            return null;
        }

        try
        {
            return Status.Parser.ParseFrom(Convert.FromBase64String(text + new string('=', padding)));
        }
        catch (FormatException)
        {
            return null;
        }
        catch (InvalidProtocolBufferException)
        {
            return null;
        }
    }
}
