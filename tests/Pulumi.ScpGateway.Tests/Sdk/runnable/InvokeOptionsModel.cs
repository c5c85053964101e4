// RUNNABLE MODEL, test data: just enough of the Pulumi .NET SDK to run the generated Utilities.cs.
// InvokeOptions and InvokeOutputOptions have the properties of sdk/Pulumi/Deployment/InvokeOptions.cs
// in pulumi/pulumi-dotnet, as plain auto-properties; DependsOn is an InputList<Resource> there, a list
// that keeps what is added here. The other types exist only so that Utilities.cs compiles.

#nullable enable

using System;
using System.Collections.Generic;

namespace Pulumi
{
    public class Resource
    {
        public Resource(string name) => Name = name;

        public string Name { get; }
    }

    public class ProviderResource : Resource
    {
        public ProviderResource(string name) : base(name)
        {
        }
    }

    public sealed class InputList<T> : List<T>
    {
    }

    public class InvokeOptions
    {
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
    }

    public class InvokeOutputOptions : InvokeOptions
    {
        private InputList<Resource>? _dependsOn;

        public InputList<Resource> DependsOn
        {
            get => _dependsOn ??= new InputList<Resource>();
            set => _dependsOn = value;
        }
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version)
        {
        }
    }
}
