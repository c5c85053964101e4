using System.Net;

namespace Pulumi.ScpGateway.Scp;

/// <summary>
/// The one error an SCP call raises (besides cancellation by the caller). Its message names the
/// operation, the HTTP status, SCP's own words and a hint; it never contains keys, signatures
/// or request bodies.
/// </summary>
public sealed class ScpApiException : Exception
{
    public ScpApiException(string operation, HttpStatusCode? statusCode, string detail, string hint, Exception? innerException = null)
        : base(Format(operation, statusCode, detail, hint), innerException)
    {
        Operation = operation;
        StatusCode = statusCode;
        Detail = detail;
        Hint = hint;
    }

    /// <summary>Operation name as the SCP documentation spells it without spaces, e.g. <c>CreateApi</c>.</summary>
    public string Operation { get; }

    /// <summary>The HTTP status; null when no answer arrived (connection failure, timeout).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>What SCP said (already scrubbed of secrets), or what went wrong locally.</summary>
    public string Detail { get; }

    public string Hint { get; }

    /// <summary>True when the request may have been applied although no success answer arrived.</summary>
    public bool OutcomeUnknown { get; init; }

    public bool IsNotFound => StatusCode == HttpStatusCode.NotFound;

    public bool IsConflict => StatusCode == HttpStatusCode.Conflict;

    private static string Format(string operation, HttpStatusCode? status, string detail, string hint)
    {
        var statusText = status is { } s ? $"HTTP {(int)s}{ReasonPhrase(s)}: " : "";
        var sentence = detail.EndsWith('.') ? detail : detail + ".";
        var hintText = hint.Length > 0 ? $" Hint: {hint}." : "";
        return $"{operation} failed: {statusText}{sentence}{hintText}";
    }

    /// <summary>" Not Found" for 404; empty for codes without a name.</summary>
    private static string ReasonPhrase(HttpStatusCode status)
    {
        var words = status switch
        {
            HttpStatusCode.TooManyRequests => "Too Many Requests",
            HttpStatusCode.UnprocessableEntity => "Unprocessable Entity",
            _ => SplitWords(status.ToString()),
        };
        return words.Length > 0 ? " " + words : "";
    }

    private static string SplitWords(string name)
    {
        if (int.TryParse(name, out _))
        {
            return "";
        }
        var builder = new System.Text.StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append(' ');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
