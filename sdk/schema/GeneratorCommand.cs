namespace Pulumi.ScpGateway.PackageSchema;

/// <summary>The command line of a generator over schema.json (<c>sdkgen</c>, <c>docsgen</c>).</summary>
public static class GeneratorCommand
{
    /// <summary>
    /// Checks the argument count (exit code 2 with the usage), runs <paramref name="generate"/> with a
    /// token that Ctrl-C cancels and prints the line it returns (exit code 0); a
    /// <see cref="SchemaException"/> prints its message (exit code 1).
    /// </summary>
    public static async Task<int> RunAsync(
        string name,
        IReadOnlyList<string> parameters,
        IReadOnlyList<string> args,
        Func<IReadOnlyList<string>, CancellationToken, Task<string>> generate)
    {
        if (args.Count != parameters.Count)
        {
            await Console.Error.WriteLineAsync($"usage: {name} {string.Join(' ', parameters.Select(parameter => $"<{parameter}>"))}").ConfigureAwait(false);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        void Cancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += Cancel;
        try
        {
            await Console.Out.WriteLineAsync(await generate(args, cancellation.Token).ConfigureAwait(false)).ConfigureAwait(false);
            return 0;
        }
        catch (SchemaException e)
        {
            await Console.Error.WriteLineAsync($"{name}: {e.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= Cancel;
        }
    }
}
