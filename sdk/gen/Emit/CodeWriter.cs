using System.Text;

namespace Pulumi.ScpGateway.SdkGen.Emit;

/// <summary>Builds one source file with four-space indentation and '\n' line endings.</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(text);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Writes <c>{</c>, indents until disposed, then writes <c>}</c> plus <paramref name="suffix"/>.</summary>
    public IDisposable Block(string suffix = "")
    {
        Line("{");
        _depth++;
        return new Closer(this, suffix);
    }

    /// <summary>An XML summary comment; nothing when there is no description.</summary>
    public CodeWriter Summary(string? description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            return this;
        }

        Line("/// <summary>");
        foreach (var line in description.Trim().Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            Line(("/// " + CSharpLiteral.Xml(line)).TrimEnd());
        }

        return Line("/// </summary>");
    }

    public override string ToString() => _text.ToString();

    private sealed class Closer(CodeWriter writer, string suffix) : IDisposable
    {
        public void Dispose()
        {
            writer._depth--;
            writer.Line("}" + suffix);
        }
    }
}
