using System.Text;
using Pulumi.ScpGateway.EngineSimulator;

namespace Pulumi.ScpGateway.IntegrationTests.Protocol;

/// <summary>
/// The plugin the tests start is the Native AOT build users get: a trimming mistake must fail a
/// test, which it cannot do if a framework-dependent (JIT) build sneaks back into bin/.
/// </summary>
public class NativeBinaryTests
{
    [Fact]
    public void The_plugin_binary_is_one_native_executable_without_the_dotnet_runtime_beside_it()
    {
        var binary = PluginBinary.Find();
        var bytes = File.ReadAllBytes(binary);

        Assert.True(bytes.AsSpan().StartsWith("\u007fELF"u8), $"{binary} is not an ELF executable.");
        // A framework-dependent build is an apphost that loads libhostfxr.so to find the runtime;
        // a Native AOT build carries the runtime compiled in and never mentions it.
        Assert.DoesNotContain("libhostfxr.so", Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        var beside = Directory.GetFiles(Path.GetDirectoryName(binary)!)
            .Select(Path.GetFileName)
            .Where(name => name!.EndsWith(".dll", StringComparison.Ordinal)
                || name.EndsWith(".runtimeconfig.json", StringComparison.Ordinal)
                || name.EndsWith(".deps.json", StringComparison.Ordinal));
        Assert.Empty(beside);
    }
}
