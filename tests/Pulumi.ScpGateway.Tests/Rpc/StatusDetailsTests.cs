using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public class StatusDetailsTests
{
    [Fact]
    public void Encodes_unpadded_base64_of_google_rpc_status()
    {
        var status = new Status { Code = 2, Message = "x" };

        var encoded = StatusDetails.Encode(status);

        Assert.DoesNotContain('=', encoded);
        var padded = encoded + new string('=', (4 - (encoded.Length % 4)) % 4);
        Assert.Equal(status, Status.Parser.ParseFrom(Convert.FromBase64String(padded)));
    }

    [Fact]
    public void Detail_type_urls_name_the_pulumirpc_message()
    {
        var failure = new ErrorResourceInitFailed { Id = "api-123", Reasons = { "api never became Active" } };
        var status = new Status { Code = 2, Message = "partial", Details = { Any.Pack(failure) } };

        var decoded = StatusDetails.TryDecode(StatusDetails.Encode(status));

        Assert.NotNull(decoded);
        var detail = Assert.Single(decoded.Details);
        Assert.Equal("type.googleapis.com/pulumirpc.ErrorResourceInitFailed", detail.TypeUrl);
        Assert.Equal("api-123", detail.Unpack<ErrorResourceInitFailed>().Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reads_padded_and_unpadded_forms(int messageLength)
    {
        // Different lengths give every padding remainder.
        var status = new Status { Code = 5, Message = new string('m', messageLength) };
        var padded = Convert.ToBase64String(status.ToByteArray());

        Assert.Equal(status, StatusDetails.TryDecode(padded));
        Assert.Equal(status, StatusDetails.TryDecode(padded.TrimEnd('=')));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("/w")]
    public void Garbage_decodes_to_nothing_instead_of_throwing(string? value)
    {
        Assert.Null(StatusDetails.TryDecode(value));
    }
}
