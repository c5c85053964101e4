using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pulumi.ScpGateway.ScpEmulator.Http;

/// <summary>Writes JSON answers, including the seed's error body <c>{"errors":[{"status":N,"detail":"..."}]}</c>.</summary>
public static class JsonReply
{
    /// <summary>Response views use snake_case member names directly, so no naming policy applies to them.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>For admin dumps of internal records, whose members are PascalCase.</summary>
    public static readonly JsonSerializerOptions SnakeCase = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public static async Task WriteAsync(HttpContext context, int status, object? body, JsonSerializerOptions? options = null)
    {
        context.Response.StatusCode = status;
        if (body is null)
        {
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, body.GetType(), options ?? Options, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, int status, IEnumerable<string> details) =>
        WriteAsync(context, status, ErrorBody(status, details));

    public static object ErrorBody(int status, IEnumerable<string> details) =>
        new { errors = details.Select(d => new { status, detail = d }).ToArray() };
}
