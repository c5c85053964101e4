namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// Struct numbers are doubles; these conversions accept only doubles that are exactly an
/// integer in range, so 1.5 or 2^40 never silently become some other int.
/// </summary>
public static class ExactNumber
{
    public static bool TryToInt32(double number, out int value)
    {
        if (number >= int.MinValue && number <= int.MaxValue && Math.Floor(number) == number)
        {
            value = (int)number;
            return true;
        }
        value = 0;
        return false;
    }

    public static bool TryToInt64(double number, out long value)
    {
        // 2^63 is exactly representable but one past long.MaxValue, hence the strict bound.
        if (number >= -9223372036854775808.0 && number < 9223372036854775808.0 && Math.Floor(number) == number)
        {
            value = (long)number;
            return true;
        }
        value = 0;
        return false;
    }
}
