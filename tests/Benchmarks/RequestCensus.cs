using Pulumi.ScpGateway.EngineSimulator.Deployment;

namespace Pulumi.ScpGateway.Benchmarks;

/// <summary>The SCP requests one operation of one row made, averaged over the row's resources in that step.</summary>
public sealed record CensusEntry(StackRow Row, OperationKind Kind, int Resources, RequestCounts Requests)
{
    public double PerResource => (double)Requests.Total / Resources;
}

/// <summary>
/// SCP requests per operation, by row and kind, from the emulator's counters: one gateway unit built
/// row by row (each <c>up</c> creates one row only, each refresh after it reads one row more), then
/// updated row by row, then removed row by row in reverse. Every count is the difference of the
/// counters around one command, so each is attributed to one row without guessing from operation names.
/// </summary>
public sealed class RequestCensus(EmulatorAdmin emulator, string providerAddress, string directory)
{
    /// <summary>Rows that have a property that changes without replacing the resource, and so an Update.</summary>
    public static readonly IReadOnlySet<StackRow> Updatable = new HashSet<StackRow>
    {
        StackRow.Api, StackRow.Method, StackRow.UsagePlan, StackRow.ApiKey, StackRow.Stage, StackRow.Auth, StackRow.AccessControl, StackRow.Queue,
    };

    public async Task<IReadOnlyList<CensusEntry>> RunAsync(CancellationToken cancellationToken)
    {
        await emulator.ResetAsync(latencyMilliseconds: 0, createDelayMilliseconds: 0, cancellationToken);
        File.Delete(Path.Combine(directory, "state.json"));
        var stack = new BenchStack(directory, providerAddress, emulator.BaseUrl, parallel: 10);
        var entries = new List<CensusEntry>();
        var rows = new HashSet<StackRow>();
        var lastRefresh = new RequestCounts(new Dictionary<string, int>());
        foreach (var row in Enum.GetValues<StackRow>())
        {
            rows.Add(row);
            var program = new StackProgram(1, rows, new HashSet<StackRow>());
            entries.Add(new(row, OperationKind.Create, program.Count(row), await CountAsync(stack, program, DeploymentCommand.Up, cancellationToken)));
            var refresh = await CountAsync(stack, program, DeploymentCommand.Refresh, cancellationToken);
            entries.Add(new(row, OperationKind.Read, program.Count(row), refresh.Since(lastRefresh)));
            lastRefresh = refresh;
        }

        var revised = new HashSet<StackRow>();
        foreach (var row in Enum.GetValues<StackRow>().Where(Updatable.Contains))
        {
            revised.Add(row);
            var program = new StackProgram(1, rows, revised);
            entries.Add(new(row, OperationKind.Update, program.Count(row), await CountAsync(stack, program, DeploymentCommand.Up, cancellationToken)));
        }

        foreach (var row in Enum.GetValues<StackRow>().Reverse())
        {
            var count = StackProgram.PerUnit(row);
            rows.Remove(row);
            entries.Add(new(row, OperationKind.Delete, count, await CountAsync(stack, new StackProgram(1, rows, revised), DeploymentCommand.Up, cancellationToken)));
        }

        return entries;
    }

    private async Task<RequestCounts> CountAsync(BenchStack stack, StackProgram program, DeploymentCommand command, CancellationToken cancellationToken)
    {
        await program.WriteAsync(stack.Directory, cancellationToken);
        var before = await emulator.RequestsAsync(cancellationToken);
        await stack.RunAsync(command, cancellationToken);
        return (await emulator.RequestsAsync(cancellationToken)).Since(before);
    }
}
