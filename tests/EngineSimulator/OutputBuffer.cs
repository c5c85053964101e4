using System.Text;

namespace Pulumi.ScpGateway.EngineSimulator;

/// <summary>Everything a process wrote to one stream, readable while it is still being written.</summary>
public sealed class OutputBuffer
{
    private readonly StringBuilder text = new();
    private readonly Lock gate = new();
    private readonly AsyncCondition condition = new();

    public string Text
    {
        get
        {
            lock (gate)
            {
                return text.ToString();
            }
        }
    }

    public bool Completed { get; private set; }

    public Task WaitForAsync(Func<string, bool> predicate, TimeSpan timeout, string what) =>
        condition.WaitAsync(() => predicate(Text), timeout, what);

    public Task WaitForCompletionAsync(TimeSpan timeout) =>
        condition.WaitAsync(() => Completed, timeout, "the stream to close");

    internal async Task PumpAsync(TextReader reader)
    {
        var chunk = new char[4096];
        try
        {
            int read;
            while ((read = await reader.ReadAsync(chunk).ConfigureAwait(false)) > 0)
            {
                lock (gate)
                {
                    text.Append(chunk, 0, read);
                }

                condition.NotifyChanged();
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            // The process is gone; what was read so far is all there is.
        }
        finally
        {
            Completed = true;
            condition.NotifyChanged();
        }
    }
}
