using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.ScpEmulator.Validation;

/// <summary>A string field's pattern and length limits, as the seed's models state them.</summary>
public sealed record TextRule(Regex? Pattern, int? MinLength, int? MaxLength, string? Hint = null)
{
    /// <summary>Returns why the value breaks the rule, or null when it does not.</summary>
    public string? Check(string value)
    {
        if (MinLength is { } min && value.Length < min)
        {
            return $"length {value.Length} is below the minimum {min}";
        }

        if (MaxLength is { } max && value.Length > max)
        {
            return $"length {value.Length} is above the maximum {max}";
        }

        if (Pattern is { } pattern && !pattern.IsMatch(value))
        {
            var hint = Hint is null ? string.Empty : $" ({Hint})";
            return $"'{value}' does not match {pattern}{hint}";
        }

        return null;
    }
}
