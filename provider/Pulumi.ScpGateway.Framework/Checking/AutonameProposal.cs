using System.Security.Cryptography;
using System.Text;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// Builds <c>&lt;logical name, lower-cased, invalid characters dropped&gt;-&lt;7 random [a-z0-9]&gt;</c>
/// (no dash in the alphanumeric style), within a maximum length. The random part comes from
/// the engine's random seed, so the same seed always gives the same name.
/// </summary>
public static class AutonameProposal
{
    private const int RandomLength = 7;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    public static string Propose(string logicalName, AutonameStyle style, int? maxLength, string suffix, ReadOnlySpan<byte> randomSeed)
    {
        var separator = style == AutonameStyle.Dashed ? "-" : "";
        var prefix = Prefix(logicalName, style);
        if (maxLength is { } max)
        {
            var room = Math.Max(1, max - RandomLength - separator.Length - suffix.Length);
            prefix = prefix.Length > room ? prefix[..room].TrimEnd('-') : prefix;
        }
        return prefix + separator + RandomPart(randomSeed) + suffix;
    }

    private static string Prefix(string logicalName, AutonameStyle style)
    {
        var kept = new StringBuilder();
        foreach (var c in logicalName.ToLowerInvariant())
        {
            var allowed = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && style == AutonameStyle.Dashed);
            // Cloud names often start with a letter, so leading digits and dashes go too.
            if (allowed && (kept.Length > 0 || char.IsAsciiLetterLower(c)))
            {
                kept.Append(c);
            }
        }
        var prefix = kept.ToString().TrimEnd('-');
        return prefix.Length > 0 ? prefix : "r";
    }

    private static string RandomPart(ReadOnlySpan<byte> randomSeed)
    {
        Span<byte> bytes = stackalloc byte[32];
        if (randomSeed.IsEmpty)
        {
            RandomNumberGenerator.Fill(bytes);
        }
        else
        {
            SHA256.HashData(randomSeed, bytes);
        }
        var text = new StringBuilder(RandomLength);
        for (var i = 0; i < RandomLength; i++)
        {
            text.Append(Alphabet[bytes[i] % Alphabet.Length]);
        }
        return text.ToString();
    }
}
