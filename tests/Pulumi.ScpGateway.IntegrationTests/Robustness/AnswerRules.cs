using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// What a user may be shown when the plugin refuses input: a check failure naming a property, or
/// a gRPC error of an expected status whose message is a sentence about the input or SCP, never
/// a .NET runtime message, a stack trace or megabytes of echoed input. Each rule answers the
/// problem it sees, or null.
/// </summary>
public static class AnswerRules
{
    /// <summary>Longest message that still reads as a message; SCP errors listing several fields stay well below.</summary>
    public const int LongestMessage = 2000;

    /// <summary>Texts of .NET's own exceptions: seeing one means a bug escaped as an error message.</summary>
    private static readonly string[] RuntimeTexts =
    [
        "Object reference not set", "Index was outside", "Sequence contains", "The given key", "Value cannot be null",
        "Specified argument was out of the range", "Unable to cast", "Arithmetic operation resulted in an overflow",
        "Input string was not in a correct format", "Nullable object must have a value", "Collection was modified",
        "Exception of type", "An item with the same key", "must be non-negative", "Operation is not valid due to",
        "   at ", "System.", "Microsoft.", "Pulumi.ScpGateway.", ".cs:line",
    ];

    /// <summary>Null when <paramref name="message"/> is something a user can act on.</summary>
    public static string? MessageProblem(string message)
    {
        if (string.IsNullOrWhiteSpace(message))
        {
            return "empty message";
        }
        if (message.Length > LongestMessage)
        {
            return $"message of {message.Length} chars: {message[..120]}...";
        }
        return RuntimeTexts.FirstOrDefault(text => message.Contains(text, StringComparison.Ordinal)) is { } runtime
            ? $"runtime text '{runtime.Trim()}' in: {message}"
            : null;
    }

    /// <summary>Null when the error has one of the <paramref name="allowed"/> statuses and a clear message.</summary>
    public static string? ErrorProblem(RpcException error, params StatusCode[] allowed)
    {
        if (!allowed.Contains(error.StatusCode))
        {
            return $"status {error.StatusCode} (expected {string.Join(" or ", allowed)}): {Shorten(error.Status.Detail)}";
        }
        return MessageProblem(error.Status.Detail) is { } problem ? $"{error.StatusCode}: {problem}" : null;
    }

    /// <summary>Null when every failure names a property (a path rooted in a declared input or the unknown key given) and reads clearly.</summary>
    public static string? FailureProblem(string property, string reason, InputShape shape, IEnumerable<string> givenKeys)
    {
        if (string.IsNullOrEmpty(property))
        {
            return $"failure without a property: {Shorten(reason)}";
        }
        var first = FirstSegment(property);
        if (!shape.Declares(first) && !givenKeys.Contains(first, StringComparer.Ordinal))
        {
            return $"failure names '{property}', which is neither an input nor a key given: {Shorten(reason)}";
        }
        return MessageProblem(reason) is { } problem ? $"failure on {property}: {problem}" : null;
    }

    public static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + $"... ({text.Length} chars)";

    /// <summary>The top-level key a property path starts with: <c>a</c> of <c>a.b[0]</c>, <c>x.y</c> of <c>["x.y"].z</c>.</summary>
    private static string FirstSegment(string path)
    {
        if (!path.StartsWith("[\"", StringComparison.Ordinal))
        {
            var end = path.IndexOfAny(['.', '[']);
            return end < 0 ? path : path[..end];
        }
        var key = new System.Text.StringBuilder();
        for (var i = 2; i < path.Length && path[i] != '"'; i++)
        {
            key.Append(path[i] == '\\' && i + 1 < path.Length ? path[++i] : path[i]);
        }
        return key.ToString();
    }
}
