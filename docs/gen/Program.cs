using Pulumi.ScpGateway.DocsGen;
using Pulumi.ScpGateway.PackageSchema;

return await GeneratorCommand.RunAsync("docsgen", ["schema.json", "examplesDir", "outDir"], args, async (arguments, cancellationToken) =>
    $"wrote {await DocsWriter.WriteAsync(arguments[0], arguments[1], arguments[2], cancellationToken)} pages to {arguments[2]}");
