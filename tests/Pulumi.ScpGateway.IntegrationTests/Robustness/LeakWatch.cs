using System.Collections;
using System.Text;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Pulumi.ScpGateway.EngineSimulator;
using Pulumi.ScpGateway.Host.Protos;
using Pulumi.ScpGateway.Host;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.IntegrationTests.Robustness;

/// <summary>
/// Everything the plugin said while secrets were in play: every response (its strings outside
/// secret wrappers, and those inside them), every error text and detail, and each session's
/// stdout, stderr and engine log. <see cref="Leaks"/> lists where a known secret shows in the clear.
/// </summary>
public sealed class LeakWatch
{
    private readonly List<(string Where, string Text)> clear = [];
    private readonly List<string> wrapped = [];
    private readonly List<EngineSession> sessions = [];

    public int Calls { get; private set; }

    /// <summary>The message of the last call that failed, for a test that needed it to succeed.</summary>
    public string? LastError { get; private set; }

    /// <summary>The error texts seen, so a test can show its failure paths did run.</summary>
    public IEnumerable<string> Errors => clear.Where(entry => entry.Where.EndsWith(" error", StringComparison.Ordinal)).Select(entry => entry.Text);

    public void Watch(EngineSession session) => sessions.Add(session);

    /// <summary>The reply, or null after recording the error's message and details.</summary>
    public async Task<TResponse?> CallAsync<TRequest, TResponse>(EngineSession session, string method, TRequest request)
        where TRequest : class, IMessage<TRequest>
        where TResponse : class, IMessage<TResponse>, new()
    {
        Calls++;
        var what = method[(method.LastIndexOf('/') + 1)..];
        try
        {
            var reply = await session.CallAsync<TRequest, TResponse>(method, request);
            Collect(what, reply);
            return reply;
        }
        catch (RpcException error)
        {
            LastError = $"{what}: {error.Status.Detail}";
            clear.Add(($"{what} error", error.Status.Detail));
            foreach (var detail in error.StatusDetails()!.Details)
            {
                Collect($"{what} error detail", Unpack(detail));
            }
            return null;
        }
    }

    /// <summary>Where each of <paramref name="secrets"/> appears outside a secret wrapper.</summary>
    public IReadOnlyList<string> Leaks(IEnumerable<string> secrets)
    {
        var texts = clear.Concat(sessions.SelectMany((session, i) => new (string Where, string Text)[]
        {
            ($"plugin {i} stdout", session.Plugin.Stdout.Text),
            ($"plugin {i} stderr", session.Plugin.Stderr.Text),
            ($"plugin {i} engine log", string.Join("\n", session.Engine.Logs.Select(log => log.Message))),
        })).ToList();
        return [.. from secret in secrets
                   from text in texts
                   where text.Text.Contains(secret, StringComparison.Ordinal)
                   select $"'{secret}' in {text.Where}: {AnswerRules.Shorten(text.Text)}"];
    }

    /// <summary>Whether <paramref name="secret"/> went back to the engine wrapped as a secret (so the scan did see it).</summary>
    public bool SeenWrapped(string secret) => wrapped.Any(text => text.Contains(secret, StringComparison.Ordinal));

    private static IMessage Unpack(Any detail) =>
        detail.Is(ErrorResourceInitFailed.Descriptor) ? detail.Unpack<ErrorResourceInitFailed>()
        : detail.Is(ConfigureErrorMissingKeys.Descriptor) ? detail.Unpack<ConfigureErrorMissingKeys>()
        : new StringValue { Value = Encoding.Latin1.GetString(detail.Value.Span) };

    /// <summary>Every string of a message: Struct fields as property values (secrets apart), the rest as is.</summary>
    private void Collect(string where, IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            CollectValue($"{where}.{field.Name}", field.Accessor.GetValue(message));
        }
    }

    private void CollectValue(string where, object? value)
    {
        switch (value)
        {
            case Struct properties:
                CollectProperty(where, PropertyValue.FromObject(StructConverter.ToPropertyMap(properties)), secret: false);
                break;
            case IMessage nested:
                Collect(where, nested);
                break;
            case string text:
                clear.Add((where, text));
                break;
            case ByteString bytes:
                clear.Add((where, Encoding.Latin1.GetString(bytes.Span)));
                break;
            case IDictionary map:
                foreach (DictionaryEntry entry in map)
                {
                    CollectValue(where, entry.Key);
                    CollectValue($"{where}[{entry.Key}]", entry.Value);
                }
                break;
            case IEnumerable items:
                foreach (var item in items)
                {
                    CollectValue(where, item);
                }
                break;
        }
    }

    private void CollectProperty(string where, PropertyValue value, bool secret)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.String when secret:
                wrapped.Add(value.AsString);
                break;
            case PropertyValueKind.String:
                clear.Add((where, value.AsString));
                break;
            case PropertyValueKind.Secret:
                CollectProperty(where, value.SecretValue, secret: true);
                break;
            case PropertyValueKind.Output when value.AsOutput.Value is { } inner:
                CollectProperty(where, inner, secret || value.AsOutput.IsSecret);
                break;
            case PropertyValueKind.Array:
                foreach (var item in value.AsArray)
                {
                    CollectProperty(where, item, secret);
                }
                break;
            case PropertyValueKind.Object:
                foreach (var (key, item) in value.AsObject)
                {
                    clear.Add((where, key));
                    CollectProperty($"{where}.{key}", item, secret);
                }
                break;
        }
    }
}
