using Pulumi.ScpGateway.Framework;

// The framework tests declare their own resources (a gateway, a record, ...) in this assembly; their
// tokens are in the same package as the real ones so that the expectations read alike.
[assembly: Package("scpgateway")]
