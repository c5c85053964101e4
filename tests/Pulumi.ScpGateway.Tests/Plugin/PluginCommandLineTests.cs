using Pulumi.ScpGateway.Host;

namespace Pulumi.ScpGateway.Tests.Plugin;

public class PluginCommandLineTests
{
    [Theory]
    [InlineData("127.0.0.1:5000")]
    [InlineData("--logtostderr", "127.0.0.1:5000")]
    [InlineData("--logtostderr", "-v=9", "127.0.0.1:5000")]
    [InlineData("-v", "9", "127.0.0.1:5000")]
    [InlineData("--tracing", "http://127.0.0.1:1/trace", "127.0.0.1:5000")]
    [InlineData("--logtostderr", "-v=3", "--tracing", "udp://127.0.0.1:6831", "127.0.0.1:5000")]
    public void The_one_positional_argument_is_the_engine_address(params string[] args)
    {
        var commandLine = PluginCommandLine.Parse(args);

        Assert.Null(commandLine.Error);
        Assert.Equal("127.0.0.1:5000", commandLine.EngineAddress);
    }

    [Fact]
    public void A_bare_v_flag_does_not_swallow_the_address()
    {
        var commandLine = PluginCommandLine.Parse(["-v", "127.0.0.1:5000"]);

        Assert.Equal("127.0.0.1:5000", commandLine.EngineAddress);
    }

    [Theory]
    [InlineData]
    [InlineData("--logtostderr", "-v=9")]
    public void No_positional_argument_means_attach_mode(params string[] args)
    {
        var commandLine = PluginCommandLine.Parse(args);

        Assert.True(commandLine.IsAttachMode);
        Assert.Null(commandLine.EngineAddress);
    }

    [Fact]
    public void Two_positional_arguments_are_an_error_naming_them()
    {
        var commandLine = PluginCommandLine.Parse(["127.0.0.1:1", "127.0.0.1:2"]);

        Assert.NotNull(commandLine.Error);
        Assert.Contains("127.0.0.1:2", commandLine.Error, StringComparison.Ordinal);
        Assert.False(commandLine.IsAttachMode);
    }

    [Theory]
    [InlineData(PluginAction.Version, "--version")]
    [InlineData(PluginAction.Version, "-version")]
    [InlineData(PluginAction.Help, "--help")]
    [InlineData(PluginAction.Help, "-h")]
    public void Version_and_help_are_actions_not_an_engine_address(PluginAction action, string flag)
    {
        var commandLine = PluginCommandLine.Parse([flag]);

        Assert.Null(commandLine.Error);
        Assert.Equal(action, commandLine.Action);
        Assert.Null(commandLine.EngineAddress);
        Assert.False(commandLine.IsAttachMode);
    }

    [Fact]
    public void An_unknown_flag_is_an_error_naming_it()
    {
        var commandLine = PluginCommandLine.Parse(["--verbose", "127.0.0.1:5000"]);

        Assert.Equal("unknown flag '--verbose'", commandLine.Error);
        Assert.Null(commandLine.EngineAddress);
    }
}
