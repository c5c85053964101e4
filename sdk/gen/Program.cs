using Pulumi.ScpGateway.SdkGen;
using Pulumi.ScpGateway.SdkGen.Schema;

if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: sdkgen <schema.json> <outDir>");
    return 2;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

try
{
    var written = await SdkWriter.WriteAsync(args[0], args[1], cancellation.Token);
    Console.WriteLine($"wrote {written} files to {args[1]}");
    return 0;
}
catch (SchemaException e)
{
    await Console.Error.WriteLineAsync($"sdkgen: {e.Message}");
    return 1;
}
