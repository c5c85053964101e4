using System.Collections.Concurrent;

namespace Pulumi.ScpGateway.Provider.Adopt;

/// <summary>
/// SCP answers of one adopt run by operation and arguments. Concurrent asks for the same answer share
/// one request; a failed request is forgotten, so the next ask (another object's Read) tries again.
/// </summary>
public sealed class AnswerCache
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _answers = new(StringComparer.Ordinal);

    /// <summary>Keeps an answer learnt from another one (a list's entry for a show call); an answer already kept stays.</summary>
    public void Add<T>(string operation, IReadOnlyList<object?> arguments, T answer)
        where T : class =>
        _answers.TryAdd(Key(operation, arguments), new Lazy<Task<object>>(Task.FromResult<object>(answer)));

    public async Task<T> GetAsync<T>(string operation, IReadOnlyList<object?> arguments, Func<Task<T>> fetch)
        where T : class
    {
        var key = Key(operation, arguments);
        var entry = _answers.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await fetch().ConfigureAwait(false)));
        try
        {
            return (T)await entry.Value.ConfigureAwait(false);
        }
        catch
        {
            _answers.TryRemove(KeyValuePair.Create(key, entry));
            throw;
        }
    }

    private static string Key(string operation, IReadOnlyList<object?> arguments) => operation + "\n" + string.Join("\n", arguments);
}
