using System.Globalization;
using System.Text;

namespace Pulumi.ScpGateway.EngineSimulator.Yaml;

/// <summary>Splits a YAML string into text and <c>${...}</c> references; <c>$${</c> is a literal <c>${</c>.</summary>
public static class InterpolationParser
{
    public static Expression Parse(string text, string location)
    {
        var parts = new List<InterpolationPart>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '$' && i + 2 < text.Length && text[i + 1] == '$' && text[i + 2] == '{')
            {
                literal.Append("${");
                i += 3;
                continue;
            }

            if (text[i] == '$' && i + 1 < text.Length && text[i + 1] == '{')
            {
                var end = text.IndexOf('}', i + 2);
                if (end < 0)
                {
                    throw ProgramException.At(location, $"{location}: unterminated '${{' in \"{text}\"");
                }

                if (literal.Length > 0)
                {
                    parts.Add(new InterpolationPart(literal.ToString(), null));
                    literal.Clear();
                }

                parts.Add(new InterpolationPart(null, ParseReference(text[(i + 2)..end].Trim(), location)));
                i = end + 1;
                continue;
            }

            literal.Append(text[i]);
            i++;
        }

        if (parts.Count == 0)
        {
            return new LiteralExpression(literal.ToString(), location);
        }

        if (literal.Length > 0)
        {
            parts.Add(new InterpolationPart(literal.ToString(), null));
        }

        return parts is [{ Reference: { } only }] ? only : new InterpolationExpression(parts, location);
    }

    /// <summary>Parses <c>root.a.b[0]["c"]</c>.</summary>
    public static ReferenceExpression ParseReference(string text, string location)
    {
        var i = 0;
        var root = ReadName(text, ref i, location, allowDashAndColon: true);
        var path = new List<PathStep>();
        while (i < text.Length)
        {
            if (text[i] == '.')
            {
                i++;
                path.Add(new PathStep(ReadName(text, ref i, location, allowDashAndColon: false), null));
            }
            else if (text[i] == '[')
            {
                var close = text.IndexOf(']', i);
                if (close < 0)
                {
                    throw ProgramException.At(location, $"{location}: unterminated '[' in '${{{text}}}'");
                }

                var inside = text[(i + 1)..close].Trim();
                if (inside.Length >= 2 && inside[0] == '"' && inside[^1] == '"')
                {
                    path.Add(new PathStep(inside[1..^1], null));
                }
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    path.Add(new PathStep(null, index));
                }
                else
                {
                    throw ProgramException.At(location, $"{location}: '[{inside}]' in '${{{text}}}' is neither an index nor a quoted key");
                }

                i = close + 1;
            }
            else
            {
                throw ProgramException.At(location, $"{location}: unexpected '{text[i]}' in '${{{text}}}'");
            }
        }

        return new ReferenceExpression(root, path, location);
    }

    private static string ReadName(string text, ref int i, string location, bool allowDashAndColon)
    {
        var start = i;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_' || (allowDashAndColon && text[i] is '-' or ':')))
        {
            i++;
        }

        return i > start ? text[start..i] : throw ProgramException.At(location, $"{location}: expected a name at position {start} of '${{{text}}}'");
    }
}
