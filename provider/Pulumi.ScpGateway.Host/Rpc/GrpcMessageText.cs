using System.Text;

namespace Pulumi.ScpGateway.Host;

/// <summary>
/// <c>grpc-message</c> encoding: UTF-8 bytes, with every byte outside printable ASCII
/// (0x20-0x7E) and '%' itself written as %XX.
/// </summary>
public static class GrpcMessageText
{
    public static string Encode(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var bytes = Encoding.UTF8.GetBytes(message);
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= 0x20 and <= 0x7E && b != (byte)'%')
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    /// <summary>Decodes leniently: a '%' not followed by two hex digits is kept as it is.</summary>
    public static string Decode(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        if (!encoded.Contains('%', StringComparison.Ordinal))
        {
            return encoded;
        }

        var bytes = new List<byte>(encoded.Length);
        var i = 0;
        while (i < encoded.Length)
        {
            if (encoded[i] == '%' && i + 2 < encoded.Length && IsHex(encoded[i + 1]) && IsHex(encoded[i + 2]))
            {
                bytes.Add(Convert.ToByte(encoded.Substring(i + 1, 2), 16));
                i += 3;
                continue;
            }

            // Anything else is kept as its own UTF-8 (a surrogate pair stays together).
            var length = char.IsHighSurrogate(encoded[i]) && i + 1 < encoded.Length ? 2 : 1;
            bytes.AddRange(Encoding.UTF8.GetBytes(encoded.Substring(i, length)));
            i += length;
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
