using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Rpc;

public class GrpcMessageTextTests
{
    [Theory]
    [InlineData("plain text: ok (1/2) ~!", "plain text: ok (1/2) ~!")]
    [InlineData("100%", "100%25")]
    [InlineData("line1\nline2", "line1%0Aline2")]
    [InlineData("tab\there", "tab%09here")]
    [InlineData("€", "%E2%82%AC")]
    [InlineData("한국", "%ED%95%9C%EA%B5%AD")]
    public void Encodes_non_printable_bytes_and_percent(string message, string expected)
    {
        Assert.Equal(expected, GrpcMessageText.Encode(message));
    }

    [Theory]
    [InlineData("API 'demo' was not found: 404 %ÿ")]
    [InlineData("multi\r\nline € 한국 😀")]
    [InlineData("")]
    public void Decoding_restores_the_original(string message)
    {
        Assert.Equal(message, GrpcMessageText.Decode(GrpcMessageText.Encode(message)));
    }

    [Theory]
    [InlineData("50%", "50%")]
    [InlineData("%zz done", "%zz done")]
    [InlineData("%4", "%4")]
    [InlineData("a%20b", "a b")]
    public void Decoding_keeps_malformed_escapes_as_they_are(string encoded, string expected)
    {
        Assert.Equal(expected, GrpcMessageText.Decode(encoded));
    }
}
