using System.Diagnostics;

namespace Pulumi.ScpGateway.IntegrationTests.Simulator;

/// <summary>The <c>scpgw-sim</c> executable run as a process, the way make targets and examples use it.</summary>
public class CliTests
{
    private const string Program = """
        name: shop
        runtime: yaml
        resources:
          api:
            type: scpgateway:index:Api
            properties: { name: shop-api, description: "${note}" }
        config:
          note:
            default: first
        outputs:
          token: ${api.token}
          name: ${api.name}
        """;

    [Fact]
    public async Task Up_previews_then_updates_printing_steps_summary_and_masked_outputs()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);

        var (code, stdout) = await RunAsync("up", "--cwd", program.Path, "--state", program.StatePath, "--provider-address", provider.Address, "--yes");

        Assert.Equal(0, code);
        Assert.StartsWith("Previewing update (dev):", stdout, StringComparison.Ordinal);
        Assert.Contains("+ 1 to create", stdout, StringComparison.Ordinal);
        Assert.Contains("Updating (dev):", stdout, StringComparison.Ordinal);
        Assert.Equal([true, false], provider.CallsOf("Create").Select(call => call.Preview));
        Assert.Contains("    + scpgateway:index:Api  api  create", stdout, StringComparison.Ordinal);
        Assert.Contains("token: [secret]", stdout, StringComparison.Ordinal);
        Assert.Contains("name: \"shop-api\"", stdout, StringComparison.Ordinal);
        Assert.Contains("+ 1 created", stdout, StringComparison.Ordinal);
        Assert.Contains("progress: api: creating api", stdout, StringComparison.Ordinal);
        Assert.Contains("Duration: ", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("tok-", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drift_with_expect_no_changes_exits_non_zero_and_shows_the_property()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        var common = new[] { "--cwd", program.Path, "--state", program.StatePath, "--provider-address", provider.Address };
        Assert.Equal(0, (await RunAsync(["up", "--skip-preview", .. common])).Code);
        Assert.DoesNotContain(provider.CallsOf("Create"), call => call.Preview);
        provider.Modify(provider.Ids.Single(), "description", "changed");

        var (code, stdout) = await RunAsync(["refresh", "--expect-no-changes", .. common]);

        Assert.Equal(1, code);
        Assert.Contains("~ description: \"first\" => \"changed\"", stdout, StringComparison.Ordinal);
        Assert.Contains("error: refresh found changes made outside the program", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_command_line_exits_two_with_usage()
    {
        var (code, _) = await RunAsync("import", "only-a-type");

        Assert.Equal(2, code);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("up", "--help")]
    public async Task Help_prints_the_usage_and_exits_zero(params string[] args)
    {
        var (code, stdout) = await RunAsync(args);

        Assert.Equal(0, code);
        Assert.StartsWith("usage: scpgw-sim <command> [options]", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_create_shows_as_it_starts_not_when_the_run_ends()
    {
        await using var provider = await FakeProvider.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.BeforeCreate = _ => release.Task;
        using var program = new ProgramDirectory(Program);
        using var process = Start("up", "--skip-preview", "--cwd", program.Path, "--state", program.StatePath, "--provider-address", provider.Address);
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var seen = new List<string>();
        try
        {
            // While the create is held, the step's start and the provider's progress must already be on the pipe.
            while (!seen.Any(line => line.Contains("progress: api: creating api", StringComparison.Ordinal)))
            {
                seen.Add(await process.StandardOutput.ReadLineAsync(bounded.Token) ?? throw new InvalidOperationException("scpgw-sim ended: " + string.Join("\n", seen)));
            }

            Assert.Contains("    + scpgateway:index:Api  api  creating...", seen);
            Assert.DoesNotContain(seen, line => line.Contains("created", StringComparison.Ordinal));
        }
        finally
        {
            release.TrySetResult();
        }

        var rest = await process.StandardOutput.ReadToEndAsync(bounded.Token);
        await process.WaitForExitAsync(bounded.Token);
        Assert.Equal(0, process.ExitCode);
        Assert.Contains("+ 1 created", rest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_refresh_expect_no_changes_passes_on_a_clean_stack_and_fails_on_drift()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        var common = new[] { "--cwd", program.Path, "--state", program.StatePath, "--provider-address", provider.Address };
        Assert.Equal(0, (await RunAsync(["up", "--skip-preview", .. common])).Code);

        var clean = await RunAsync(["preview", "--refresh", "--expect-no-changes", .. common]);
        provider.Modify(provider.Ids.Single(), "description", "changed");
        var (code, stdout) = await RunAsync(["preview", "--refresh", "--expect-no-changes", .. common]);

        Assert.Equal(0, clean.Code);
        Assert.Equal(1, code);
        Assert.Contains("~ description: \"first\" => \"changed\"", stdout, StringComparison.Ordinal);
        Assert.Contains("~ 1 to update", stdout, StringComparison.Ordinal);
        Assert.Contains("error: the preview found changes (--expect-no-changes)", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(provider.CallsOf("Update"), call => !call.Preview); // A preview changes nothing.
    }

    [Fact]
    public async Task Stack_output_shows_the_last_ups_outputs_with_secrets_masked_unless_asked()
    {
        await using var provider = await FakeProvider.StartAsync();
        using var program = new ProgramDirectory(Program);
        var state = new[] { "--cwd", program.Path, "--state", program.StatePath };
        Assert.Equal(0, (await RunAsync(["up", "--skip-preview", "--provider-address", provider.Address, .. state])).Code);

        var table = await RunAsync(["stack", "output", .. state]);
        var name = await RunAsync(["stack", "output", "name", .. state]);
        var masked = await RunAsync(["stack", "output", "token", .. state]);
        var shown = await RunAsync(["stack", "output", "token", "--show-secrets", .. state]);
        var missing = await RunAsync(["stack", "output", "nothing", .. state]);

        Assert.Equal(0, table.Code);
        Assert.Contains("Current stack outputs (2):", table.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n    token +\[secret\]\n", table.Stdout);
        Assert.Equal("shop-api\n", name.Stdout);
        Assert.Equal("[secret]\n", masked.Stdout);
        Assert.StartsWith("tok-", shown.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, missing.Code);
    }

    private static Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scpgw-sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private static async Task<(int Code, string Stdout)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(bounded.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("scpgw-sim did not exit within 60 s.");
        }

        await stderr;
        return (process.ExitCode, await stdout);
    }
}
