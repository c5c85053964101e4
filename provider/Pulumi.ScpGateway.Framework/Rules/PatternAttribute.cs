using System.Text.RegularExpressions;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The string must match a regular expression; <see cref="Meaning"/> says what it allows in words.</summary>
public sealed class PatternAttribute(string pattern, string meaning) : PropertyRuleAttribute
{
    private Regex? _regex;

    public string Pattern { get; } = pattern;

    public string Meaning { get; } = meaning;

    protected internal override string? Problem(PropertyValue value)
    {
        // Matched in time linear in the input (no backtracking), so a long value needs no timeout.
        _regex ??= new Regex(Pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        return value.Kind == PropertyValueKind.String && _regex.IsMatch(value.AsString) ? null : $"must be {Meaning}";
    }
}
