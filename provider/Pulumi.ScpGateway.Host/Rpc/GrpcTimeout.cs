using System.Globalization;

namespace Pulumi.ScpGateway.Host;

/// <summary>The <c>grpc-timeout</c> header: 1 to 8 ASCII digits then a unit (H M S m u n).</summary>
public static class GrpcTimeout
{
    private const int MaxDigits = 8;

    /// <summary>Longer than this we treat as "no deadline" (timers cannot wait for years).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromDays(30);

    public static bool TryParse(string? value, out TimeSpan timeout)
    {
        timeout = default;
        if (string.IsNullOrEmpty(value) || value.Length < 2 || value.Length > MaxDigits + 1)
        {
            return false;
        }

        var digits = value.AsSpan(0, value.Length - 1);
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        var amount = long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        long? ticks = value[^1] switch
        {
            'H' => amount * TimeSpan.TicksPerHour,
            'M' => amount * TimeSpan.TicksPerMinute,
            'S' => amount * TimeSpan.TicksPerSecond,
            'm' => amount * TimeSpan.TicksPerMillisecond,
            'u' => amount * TimeSpan.TicksPerMicrosecond,
            // 100 ns per tick: round up so a tiny positive timeout never becomes "no time at all".
            'n' => (amount + 99) / 100,
            _ => null,
        };
        if (ticks is null)
        {
            return false;
        }

        timeout = TimeSpan.FromTicks(ticks.Value);
        return true;
    }

    /// <summary>Formats a timeout in the finest unit that fits in 8 digits, rounding up.</summary>
    public static string Format(TimeSpan timeout)
    {
        if (timeout < TimeSpan.Zero)
        {
            timeout = TimeSpan.Zero;
        }

        const long maxValue = 99_999_999;
        var ticks = timeout.Ticks;
        (long TicksPerUnit, char Unit)[] units =
        [
            (1, 'n'),
            (TimeSpan.TicksPerMicrosecond, 'u'),
            (TimeSpan.TicksPerMillisecond, 'm'),
            (TimeSpan.TicksPerSecond, 'S'),
            (TimeSpan.TicksPerMinute, 'M'),
            (TimeSpan.TicksPerHour, 'H'),
        ];
        foreach (var (ticksPerUnit, unit) in units)
        {
            // Nanoseconds are 1/100 of a tick.
            var count = unit == 'n' ? ticks * 100 : (ticks + ticksPerUnit - 1) / ticksPerUnit;
            if (count <= maxValue)
            {
                return count.ToString(CultureInfo.InvariantCulture) + unit;
            }
        }

        return maxValue.ToString(CultureInfo.InvariantCulture) + "H";
    }
}
