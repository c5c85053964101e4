namespace Pulumi.ScpGateway.ScpEmulator;

public static class Program
{
    public static int Main(string[] args) => 0;
}
