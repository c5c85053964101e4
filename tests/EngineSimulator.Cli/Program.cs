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
    var preview = await RunAsync(DeploymentCommand.Preview);
    await Console.Out.WriteLineAsync();
    if (!preview.Succeeded)
    {
        return 1;
    }
}

return (await RunAsync(commandLine.Command)).Succeeded ? 0 : 1;

// Steps print as they finish; the summary, outputs and diagnostics when the command ends.
async Task<DeploymentResult> RunAsync(DeploymentCommand command)
{
    var console = new Lock();
    await Console.Out.WriteLineAsync(DeploymentReport.Header(command.ToString().ToLowerInvariant(), commandLine.Options.Stack));
    await Console.Out.WriteLineAsync();
    var options = commandLine.Options with
    {
        OnStep = step =>
        {
            lock (console)
            {
                Console.Out.Write(DeploymentReport.FormatStep(step));
            }
        },
    };
    var result = await StackRunner.RunAsync(command, options, interrupted.Token);
    await Console.Out.WriteAsync(DeploymentReport.Format(result, stepsShown: true));
    return result;
}
