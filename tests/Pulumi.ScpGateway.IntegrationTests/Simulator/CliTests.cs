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

    private static async Task<(int Code, string Stdout)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "scpgw-sim.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
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
