namespace Pulumi.ScpGateway.EngineSimulator.Deployment;

/// <summary>Steps and errors recorded by concurrent workers, in the order they happened.</summary>
/// <param name="observer">Told of each step as it is recorded (e.g. to print progress); called under no lock of ours.</param>
public sealed class StepLog(Action<StepResult>? observer = null)
{
    private readonly Lock gate = new();
    private readonly List<StepResult> steps = [];
    private readonly List<string> errors = [];

    public IReadOnlyList<StepResult> Steps
    {
        get
        {
            lock (gate)
            {
                return [.. steps];
            }
        }
    }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (gate)
            {
                return [.. errors];
            }
        }
    }

    public void Add(StepResult step)
    {
        lock (gate)
        {
            steps.Add(step);
        }

        observer?.Invoke(step);
    }

    public void Error(string message)
    {
        lock (gate)
        {
            errors.Add(message);
        }
    }

    public void Fail(ResourceKey key, string message, IReadOnlyList<PropertyChange>? changes = null)
    {
        Error(message);
        Add(new StepResult(key.Urn, key.Type, key.Name, StepOperation.Failed, changes ?? [], message));
    }
}
