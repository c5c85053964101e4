namespace Pulumi.ScpGateway.Tests.Config;

/// <summary>A throwaway home directory for tests of ~/.scpconf handling.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Path = Directory.CreateTempSubdirectory("scpgateway-home-").FullName;
    }

    public string Path { get; }

    public TempHome WithFile(string fileName, string content)
    {
        var directory = System.IO.Path.Combine(Path, ".scpconf");
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, fileName), content);
        return this;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
