// COMPILE-ONLY DECLARATIONS. This file is test data, not part of any build: the Pulumi NuGet
// package cannot be restored on this machine, so the SDK tests compile the generated code against
// these stand-ins instead. They declare only the members of the real Pulumi .NET SDK that the
// generated code, the test programs and examples/csharp use, with the real names and
// signatures; every body is `throw null!`. Real builds of the generated SDK and of the example
// reference the Pulumi NuGet package.

#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;

namespace Pulumi
{
    public class Input<T>
    {
        private protected Input() => throw null!;
        public static implicit operator Input<T>(T value) => throw null!;
        public static implicit operator Input<T>(Output<T> value) => throw null!;
        public static implicit operator Output<T>(Input<T> input) => throw null!;
    }

    public static class InputExtensions
    {
        public static Output<T> ToOutput<T>(this Input<T>? input) => throw null!;
    }

    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable
    {
        public InputList() => throw null!;
        public void Add(params Input<T>[] inputs) => throw null!;
        public static implicit operator InputList<T>(T[] values) => throw null!;
        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }

    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable
    {
        public InputMap() => throw null!;
        public void Add(string key, Input<V> value) => throw null!;
        public static implicit operator InputMap<V>(Dictionary<string, V> values) => throw null!;
        public static implicit operator InputMap<V>(Output<ImmutableDictionary<string, V>> values) => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
    }

    public sealed class Output<T>
    {
        private Output() => throw null!;
        public Output<U> Apply<U>(Func<T, U> func) => throw null!;
    }

    public static class Output
    {
        public static Output<T> Create<T>(T value) => throw null!;
        public static Output<T> CreateSecret<T>(T value) => throw null!;
        public static Output<T> CreateSecret<T>(Output<T> value) => throw null!;
        public static Output<string> Format(FormattableString formattableString) => throw null!;
    }

    public abstract class ResourceArgs
    {
        public static readonly ResourceArgs Empty = null!;
    }

    public abstract class InvokeArgs
    {
        public static readonly InvokeArgs Empty = null!;
    }

    public class Resource
    {
        private protected Resource() => throw null!;
        public Output<string> Urn => throw null!;
    }

    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null) => throw null!;
        public Output<string> Id => throw null!;
    }

    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base(package, name, args, options) => throw null!;
    }

    public class ComponentResource : Resource
    {
    }

    public class StackOptions
    {
    }

    public class Stack : ComponentResource
    {
        public Stack(StackOptions? options = null) => throw null!;
    }

    public class ResourceOptions
    {
        public Input<string>? Id { get; set; }
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
        public List<string> ReplaceOnChanges { get => throw null!; set => throw null!; }
        public List<string> IgnoreChanges { get => throw null!; set => throw null!; }
    }

    public sealed class CustomResourceOptions : ResourceOptions
    {
        public List<string> AdditionalSecretOutputs { get => throw null!; set => throw null!; }
        public string? ImportId { get; set; }
        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2) => throw null!;
    }

    public class InvokeOptions
    {
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
    }

    public interface IDeployment
    {
        Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null);
        Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null);
    }

    public sealed class Deployment
    {
        public static IDeployment Instance => throw null!;
        public static Task<int> RunAsync<TStack>() where TStack : Stack, new() => throw null!;
        public static Task<int> RunAsync(Action action, StackOptions? options = null) => throw null!;
        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func, StackOptions? options = null) => throw null!;
    }

    public sealed class Config
    {
        public Config(string? name = null) => throw null!;
        public string? Get(string key) => throw null!;
        public bool? GetBoolean(string key) => throw null!;
        public int? GetInt32(string key) => throw null!;
        public Output<string>? GetSecret(string key) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public OutputAttribute(string? name = null) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        public InputAttribute(string name, bool required = false, bool json = false) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class OutputTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Constructor)]
    public sealed class OutputConstructorAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version) => throw null!;
    }
}
