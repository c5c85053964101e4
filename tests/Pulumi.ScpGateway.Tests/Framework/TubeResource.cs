using Pulumi.ScpGateway.Framework;

namespace Pulumi.ScpGateway.Tests.Framework;

public record TubeArgs
{
    [Input("name", "The tube's name.", Replace = true, Autoname = AutonameStyle.Alphanumeric)]
    [AutonameSuffix(".fifo", "fifo")]
    [Length(3, 20)]
    public string? Name { get; init; }

    [Input("fifo", "First in, first out.", Replace = true)]
    [Default(false)]
    public bool Fifo { get; init; }
}

public record TubeState : TubeArgs;

/// <summary>Autonaming with the alphanumeric style and a conditional suffix; every change replaces it.</summary>
[Resource("Tube", ImportId = "{name}", Description = "A test tube.")]
public sealed class TubeResource : CustomResource<TubeArgs, TubeState>
{
    public override Task<(string Id, TubeState State)> CreateAsync(TubeArgs inputs, ResourceContext context) =>
        Task.FromResult((inputs.Name!, StateFrom(inputs)));

    public override Task<(TubeArgs Inputs, TubeState State)?> ReadAsync(string id, TubeArgs? oldInputs, TubeState? oldState, ResourceContext context) =>
        Task.FromResult<(TubeArgs, TubeState)?>(null);

    public override Task DeleteAsync(string id, TubeState state, ResourceContext context) => Task.CompletedTask;
}
