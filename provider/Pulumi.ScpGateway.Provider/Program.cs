namespace Pulumi.ScpGateway.Provider;

public static class Program
{
    public static Task<int> Main(string[] args) => Task.FromResult(0);
}
