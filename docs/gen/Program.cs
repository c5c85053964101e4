using Pulumi.ScpGateway.DocsGen;
using Pulumi.ScpGateway.DocsGen.Schema;

if (args.Length != 3)
{
    await Console.Error.WriteLineAsync("usage: docsgen <schema.json> <examplesDir> <outDir>");
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
    var written = await DocsWriter.WriteAsync(args[0], args[1], args[2], cancellation.Token);
    Console.WriteLine($"wrote {written} pages to {args[2]}");
    return 0;
}
catch (SchemaException e)
{
    await Console.Error.WriteLineAsync($"docsgen: {e.Message}");
    return 1;
}
