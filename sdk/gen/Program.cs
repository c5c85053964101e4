using Pulumi.ScpGateway.PackageSchema;
using Pulumi.ScpGateway.SdkGen;

return await GeneratorCommand.RunAsync("sdkgen", ["schema.json", "outDir"], args, async (arguments, cancellationToken) =>
    $"wrote {await SdkWriter.WriteAsync(arguments[0], arguments[1], cancellationToken)} files to {arguments[1]}");
