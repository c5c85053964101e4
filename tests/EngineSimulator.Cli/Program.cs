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

if (commandLine.Help)
{
    await Console.Out.WriteLineAsync(SimulatorCommandLine.Usage);
    return 0;
}

if (commandLine.StackOutput is { } request)
{
    var saved = await StateFile.LoadAsync(commandLine.Options.ResolvedStatePath, CancellationToken.None);
    if (saved is null)
    {
        await Console.Error.WriteLineAsync($"scpgw-sim: stack '{commandLine.Options.Stack}' has no state yet ({commandLine.Options.ResolvedStatePath}); run up first");
        return 1;
    }

    var text = StackOutputs.Format(saved.Outputs, request.Name, request.ShowSecrets, request.Json, out var failed);
    await (failed ? Console.Error.WriteLineAsync($"scpgw-sim: {text}") : Console.Out.WriteAsync(text));
    return failed ? 1 : 0;
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

// Steps print as they start and finish, the provider's messages as they come (Console.Out flushes each
// write, so a pipe sees them at once); the summary, outputs and diagnostics when the command ends.
async Task<DeploymentResult> RunAsync(DeploymentCommand command)
{
    var console = new Lock();
    await Console.Out.WriteLineAsync(DeploymentReport.Header(command.ToString().ToLowerInvariant(), commandLine.Options.Stack));
    await Console.Out.WriteLineAsync();
    var options = commandLine.Options with
    {
        OnStep = step => Print(DeploymentReport.FormatStep(step)),
        OnStepStarted = (type, name, verb) => Print(DeploymentReport.FormatStarted(type, name, verb)),
        OnLog = log => Print(DeploymentReport.FormatLog(log)),
    };
    var result = await StackRunner.RunAsync(command, options, interrupted.Token);
    await Console.Out.WriteAsync(DeploymentReport.Format(result, stepsShown: true));
    return result;

    void Print(string? text)
    {
        if (text is not null)
        {
            lock (console)
            {
                Console.Out.Write(text);
            }
        }
    }
}
