using Pulumi.ScpGateway.EngineSimulator.Cli;
using Pulumi.ScpGateway.EngineSimulator.Deployment;

SimulatorCommandLine commandLine;
try
{
    commandLine = SimulatorCommandLine.Parse(args);
}
catch (ArgumentException ex)
{
    await Console.Error.WriteLineAsync($"scpgw-sim: {ex.Message}\n\n{SimulatorCommandLine.Usage}");
    return 2;
}

using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};

// Like `pulumi up --yes`: a preview in its own plugin process first, then the update in a fresh one.
if (commandLine.Command == DeploymentCommand.Up && commandLine.PreviewFirst)
{
    var preview = await StackRunner.RunAsync(DeploymentCommand.Preview, commandLine.Options, interrupted.Token);
    await Console.Out.WriteLineAsync(DeploymentReport.Format(preview));
    if (!preview.Succeeded)
    {
        return 1;
    }
}

var result = await StackRunner.RunAsync(commandLine.Command, commandLine.Options, interrupted.Token);
await Console.Out.WriteAsync(DeploymentReport.Format(result));
return result.Succeeded ? 0 : 1;
