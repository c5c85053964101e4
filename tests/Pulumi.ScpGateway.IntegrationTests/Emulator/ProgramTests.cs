using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Pulumi.ScpGateway.IntegrationTests.Emulator;

/// <summary>The emulator as a program (<c>make emulator</c>): flags, its URL line and the variables to export, and stopping on SIGTERM.</summary>
public sealed partial class ProgramTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Prints_its_url_first_serves_with_the_given_keys_and_stops_on_sigterm()
    {
        using var process = Start("--port", "0", "--access-key", "CLI-ACCESS", "--secret-key", "CLI-SECRET", "--api-create-delay-ms", "0", "--seed", "5");
        try
        {
            using var timeout = new CancellationTokenSource(Limit);
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var match = ListeningLine().Match(line ?? string.Empty);
            Assert.True(match.Success, $"first stdout line: '{line}'");
            var url = match.Groups["url"].Value;
            Assert.Equal("# For the plugin (scpgw-sim or pulumi) in another shell:", await process.StandardOutput.ReadLineAsync(timeout.Token));
            Assert.Equal("export SCP_ACCESS_KEY=CLI-ACCESS SCP_SECRET_KEY=CLI-SECRET", await process.StandardOutput.ReadLineAsync(timeout.Token));
            Assert.Equal($"export SCP_APIGATEWAY_ENDPOINT={url} SCP_QUEUESERVICE_ENDPOINT={url}", await process.StandardOutput.ReadLineAsync(timeout.Token));

            using var client = new SigningClient(new Uri(match.Groups["url"].Value + "/"), "CLI-ACCESS", "CLI-SECRET");
            var created = await client.PostAsync("/v1/apis", new { name = "cli-api" });
            Assert.Equal(HttpStatusCode.Accepted, created.Status);
            Assert.Equal("Active", (await client.GetAsync($"/v1/apis/{created.Str("id")}")).Str("api", "status"));

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync(timeout.Token);
            }

            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(0, process.ExitCode);
            Assert.Equal(string.Empty, (await process.StandardOutput.ReadToEndAsync(timeout.Token)).Trim());
        }
        finally
        {
            StopIfRunning(process);
        }
    }

    [Fact]
    public async Task Fault_flags_apply_from_the_start()
    {
        using var process = Start("--rate-429", "1", "--retry-after-seconds", "3", "--fault-methods", "GET");
        try
        {
            using var timeout = new CancellationTokenSource(Limit);
            var url = ListeningLine().Match(await process.StandardOutput.ReadLineAsync(timeout.Token) ?? string.Empty).Groups["url"].Value;
            using var client = new SigningClient(new Uri(url + "/"), "EMULATOR-ACCESS-KEY", "EMULATOR-SECRET-KEY");

            var reply = await client.GetAsync("/v1/apis");

            Assert.Equal(HttpStatusCode.TooManyRequests, reply.Status);
            Assert.Equal(TimeSpan.FromSeconds(3), reply.RetryAfter);
        }
        finally
        {
            StopIfRunning(process);
        }
    }

    [Theory]
    [InlineData("--bogus", "unknown flag --bogus")]
    [InlineData("--rate-500 1.5", "--rate-500: '1.5' is not a rate in 0..1")]
    [InlineData("--port", "--port needs a value")]
    public async Task Bad_flags_exit_2_naming_the_flag(string flags, string message)
    {
        using var process = Start(flags.Split(' '));
        try
        {
            using var timeout = new CancellationTokenSource(Limit);
            var stderr = await process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);

            Assert.Equal(2, process.ExitCode);
            Assert.Contains(message, stderr, StringComparison.Ordinal);
        }
        finally
        {
            StopIfRunning(process);
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ScpEmulator.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start the emulator");
    }

    private static void StopIfRunning(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [GeneratedRegex(@"^SCP emulator listening on (?<url>http://127\.0\.0\.1:\d+)$")]
    private static partial Regex ListeningLine();
}
