namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A user's value quoted in an error text: whole when short, cut when long, since the engine
/// prints messages whole and a megabyte of input helps nobody.
/// </summary>
public static class EchoedValue
{
    public const int Longest = 64;

    public static string Of(string text) => text.Length <= Longest ? text : $"{text[..Longest]}... ({text.Length} characters)";
}
