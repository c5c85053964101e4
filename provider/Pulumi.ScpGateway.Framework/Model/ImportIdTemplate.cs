using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.Framework;

/// <summary>
/// A resource's id template such as <c>{apiId}/{resourceId}/{methodType}</c>: parses ids into
/// named parts and formats parts into ids, so both directions follow one declaration.
/// </summary>
public sealed partial class ImportIdTemplate
{
    private ImportIdTemplate(string template, IReadOnlyList<string> parts)
    {
        Template = template;
        Parts = parts;
    }

    public string Template { get; }

    /// <summary>The placeholder names, in order.</summary>
    public IReadOnlyList<string> Parts { get; }

    /// <summary>How the docs and errors show it: <c>&lt;apiId&gt;/&lt;resourceId&gt;</c>.</summary>
    public string Display => string.Join("/", Parts.Select(part => $"<{part}>"));

    public static ImportIdTemplate Parse(string template)
    {
        var segments = template.Split('/');
        var parts = new List<string>(segments.Length);
        foreach (var segment in segments)
        {
            var match = Placeholder().Match(segment);
            if (!match.Success)
            {
                throw new ArgumentException($"Import id template '{template}' must be '/'-separated {{name}} placeholders.", nameof(template));
            }
            parts.Add(match.Groups[1].Value);
        }
        return new ImportIdTemplate(template, parts);
    }

    /// <summary>The named parts of <paramref name="id"/>; a <see cref="ResourceIdException"/> when it does not fit.</summary>
    public ImportId ParseId(string id)
    {
        var segments = id.Split('/');
        if (segments.Length != Parts.Count || segments.Any(segment => segment.Length == 0))
        {
            throw new ResourceIdException($"expected {Display}, got '{EchoedValue.Of(id)}'");
        }
        return new ImportId(id, Parts.Zip(segments).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal));
    }

    /// <summary>The id made of <paramref name="values"/>, one per part in order.</summary>
    public string Format(params string[] values)
    {
        if (values.Length != Parts.Count)
        {
            throw new ArgumentException($"{Display} needs {Parts.Count} values, got {values.Length}.", nameof(values));
        }
        for (var i = 0; i < values.Length; i++)
        {
            if (string.IsNullOrEmpty(values[i]) || values[i].Contains('/', StringComparison.Ordinal))
            {
                throw new ArgumentException($"{Parts[i]} must be non-empty and without '/' to form an id {Display}.", nameof(values));
            }
        }
        return string.Join("/", values);
    }

    [GeneratedRegex(@"^\{([A-Za-z][A-Za-z0-9]*)\}$")]
    private static partial Regex Placeholder();
}
