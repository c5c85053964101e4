// COMPILE-ONLY DECLARATIONS. This file is test data, not part of any build: the Pulumi NuGet
// package cannot be restored on this machine, so the SDK tests compile the generated code, the
// docs' C# examples and examples/csharp against these stand-ins instead.
//
// Every member declared here is one of the public API of the Pulumi .NET SDK as published in
// pulumi/pulumi-dotnet, with the same name, kind (class, sealed, abstract, struct), parameter
// types, optional parameters and accessibility of setters; the comment above each type names the
// source file (under sdk/Pulumi/ of that repository) it was taken from. Only a subset of each
// type's members is declared, but overloads that take part in overload resolution of the calls
// made here are declared together, so a call binds as it would against the real SDK. Bodies are
// `throw null!`; constructors the real SDK keeps internal are private protected or private here.

#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;

namespace Pulumi
{
    // Core/Input.cs
    public class Input<T>
    {
        private protected Input(Output<T> outputValue) => throw null!;
        public static implicit operator Input<T>(T value) => throw null!;
        public static implicit operator Input<T>(Output<T> value) => throw null!;
        public static implicit operator Output<T>(Input<T> input) => throw null!;
    }

    // Core/Input.cs
    public static class InputExtensions
    {
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, TResult> func) => throw null!;
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Task<TResult>> func) => throw null!;
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Input<TResult>?> func) => throw null!;
        public static Output<TResult> Apply<T, TResult>(this Input<T>? input, Func<T, Output<TResult>?> func) => throw null!;
        public static Output<T> ToOutput<T>(this Input<T>? input) => throw null!;
    }

    // Core/InputList.cs
    public sealed class InputList<T> : Input<ImmutableArray<T>>, IEnumerable, IAsyncEnumerable<Input<T>>
    {
        public InputList() : base(null!) => throw null!;
        public void Add(params Input<T>[] inputs) => throw null!;
        public void Add(InputList<T> inputs) => throw null!;
        public void AddRange(InputList<T> inputs) => throw null!;
        public InputList<T> Concat(InputList<T> other) => throw null!;
        public static implicit operator InputList<T>(T value) => throw null!;
        public static implicit operator InputList<T>(Output<T> value) => throw null!;
        public static implicit operator InputList<T>(Input<T> value) => throw null!;
        public static implicit operator InputList<T>(T[] values) => throw null!;
        public static implicit operator InputList<T>(Output<T>[] values) => throw null!;
        public static implicit operator InputList<T>(Input<T>[] values) => throw null!;
        public static implicit operator InputList<T>(List<T> values) => throw null!;
        public static implicit operator InputList<T>(List<Output<T>> values) => throw null!;
        public static implicit operator InputList<T>(List<Input<T>> values) => throw null!;
        public static implicit operator InputList<T>(ImmutableArray<T> values) => throw null!;
        public static implicit operator InputList<T>(ImmutableArray<Output<T>> values) => throw null!;
        public static implicit operator InputList<T>(ImmutableArray<Input<T>> values) => throw null!;
        public static implicit operator InputList<T>(Output<T[]> values) => throw null!;
        public static implicit operator InputList<T>(Output<List<T>> values) => throw null!;
        public static implicit operator InputList<T>(Output<IEnumerable<T>> values) => throw null!;
        public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
        public IAsyncEnumerator<Input<T>> GetAsyncEnumerator(CancellationToken cancellationToken) => throw null!;
    }

    // Core/InputMap.cs
    public sealed class InputMap<V> : Input<ImmutableDictionary<string, V>>, IEnumerable, IAsyncEnumerable<Input<KeyValuePair<string, V>>>
    {
        public InputMap() : base(null!) => throw null!;
        public void Add(string key, Input<V> value) => throw null!;
        public void Add(InputMap<V> values) => throw null!;
        public void AddRange(InputMap<V> values) => throw null!;
        public Input<V> this[string key] { set => throw null!; }
        public static InputMap<V> Merge(InputMap<V> first, InputMap<V> second) => throw null!;
        public static implicit operator InputMap<V>(Dictionary<string, V> values) => throw null!;
        public static implicit operator InputMap<V>(ImmutableDictionary<string, V> values) => throw null!;
        public static implicit operator InputMap<V>(Output<Dictionary<string, V>> values) => throw null!;
        public static implicit operator InputMap<V>(Output<IDictionary<string, V>> values) => throw null!;
        public static implicit operator InputMap<V>(Output<ImmutableDictionary<string, V>> values) => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
        public IAsyncEnumerator<Input<KeyValuePair<string, V>>> GetAsyncEnumerator(CancellationToken cancellationToken) => throw null!;
    }

    // Core/Output.cs (the class Output<T>; its constructor is internal there)
    public sealed class Output<T>
    {
        private Output() => throw null!;
        public static Output<T> Create(Task<T> value) => throw null!;
        public Output<U> Apply<U>(Func<T, U> func) => throw null!;
        public Output<U> Apply<U>(Func<T, Task<U>> func) => throw null!;
        public Output<U> Apply<U>(Func<T, Input<U>?> func) => throw null!;
        public Output<U> Apply<U>(Func<T, Output<U>?> func) => throw null!;
        public override string ToString() => throw null!;
    }

    // Core/Output.cs (the static partial class Output)
    public static partial class Output
    {
        public static Output<T> Create<T>(T value) => throw null!;
        public static Output<T> Create<T>(Task<T> value) => throw null!;
        public static Output<T> CreateSecret<T>(T value) => throw null!;
        public static Output<T> CreateSecret<T>(Task<T> value) => throw null!;
        public static Output<T> CreateSecret<T>(Output<T> value) => throw null!;
        public static Output<T> Unsecret<T>(Output<T> output) => throw null!;
        public static Task<bool> IsSecretAsync<T>(Output<T> output) => throw null!;
        public static Output<ImmutableArray<T>> All<T>(params Input<T>[] inputs) => throw null!;
        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Input<T>> inputs) => throw null!;
        public static Output<ImmutableArray<T>> All<T>(params Output<T>[] outputs) => throw null!;
        public static Output<ImmutableArray<T>> All<T>(IEnumerable<Output<T>> outputs) => throw null!;
        public static Output<string> Format(FormattableString formattableString) => throw null!;
    }

    // Resources/InputArgs.cs (its one member, ValidateMember, is private protected abstract)
    public abstract class InputArgs
    {
        protected InputArgs() => throw null!;
    }

    // Resources/ResourceArgs.cs
    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = null!;
    }

    // Resources/InvokeArgs.cs
    public abstract class InvokeArgs : InputArgs
    {
        public static readonly InvokeArgs Empty = null!;
    }

    // Resources/Resource.cs (its constructor is private protected there too)
    public class Resource
    {
        private protected Resource() => throw null!;
        public Output<string> Urn { get => throw null!; private protected set => throw null!; }
        public string GetResourceType() => throw null!;
        public string GetResourceName() => throw null!;
    }

    // Resources/CustomResource.cs
    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null, RegisterPackageRequest? registerPackageRequest = null) => throw null!;
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null) => throw null!;
        public Output<string> Id { get => throw null!; private protected set => throw null!; }
    }

    // Resources/ProviderResource.cs
    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base(package, name, args, options) => throw null!;
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null, RegisterPackageRequest? registerPackageRequest = null)
            : base(package, name, args, options) => throw null!;
    }

    // Resources/ComponentResource.cs
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null) => throw null!;
        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false) => throw null!;
        protected void RegisterOutputs() => throw null!;
        protected void RegisterOutputs(IDictionary<string, object?> outputs) => throw null!;
    }

    // Stack.cs
    public class Stack : ComponentResource
    {
        public Stack(StackOptions? options = null) : base(null!, null!) => throw null!;
    }

    // Resources/StackOptions.cs
    public class StackOptions
    {
    }

    // Resources/RegisterPackageRequest.cs
    public sealed class RegisterPackageRequest
    {
        private RegisterPackageRequest() => throw null!;
    }

    // Resources/ResourceOptions.cs
    public abstract partial class ResourceOptions
    {
        public Input<string>? Id { get; set; }
        public Resource? Parent { get; set; }
        public InputList<Resource> DependsOn { get => throw null!; set => throw null!; }
        public bool? Protect { get; set; }
        public List<string> IgnoreChanges { get => throw null!; set => throw null!; }
        public string? Version { get; set; }
        public ProviderResource? Provider { get; set; }
        public List<string> ReplaceOnChanges { get => throw null!; set => throw null!; }
        public string? PluginDownloadURL { get; set; }
        public bool? RetainOnDelete { get; set; }
        public Resource? DeletedWith { get; set; }
    }

    // Resources/CustomResourceOptions.cs
    public sealed class CustomResourceOptions : ResourceOptions
    {
        public bool? DeleteBeforeReplace { get; set; }
        public List<string> AdditionalSecretOutputs { get => throw null!; set => throw null!; }
        public string? ImportId { get; set; }
        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2) => throw null!;
    }

    // Resources/ComponentResourceOptions.cs
    public sealed class ComponentResourceOptions : ResourceOptions
    {
        public List<ProviderResource> Providers { get => throw null!; set => throw null!; }
    }

    // Deployment/InvokeOptions.cs (InvokeOptions)
    public class InvokeOptions
    {
        public Resource? Parent { get; set; }
        public ProviderResource? Provider { get; set; }
        public string? Version { get; set; }
        public string? PluginDownloadURL { get; set; }
    }

    // Deployment/InvokeOptions.cs (InvokeOutputOptions)
    public class InvokeOutputOptions : InvokeOptions
    {
        public InputList<Resource> DependsOn { get => throw null!; set => throw null!; }
    }

    // Deployment/DeploymentInstance.cs (the type of Deployment.Instance; its constructor is internal there)
    public sealed class DeploymentInstance
    {
        private DeploymentInstance() => throw null!;
        public string StackName => throw null!;
        public string ProjectName => throw null!;
        public string OrganizationName => throw null!;
        public bool IsDryRun => throw null!;
        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest) => throw null!;
        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options, RegisterPackageRequest? registerPackageRequest) => throw null!;
        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOptions? options = null) => throw null!;
        public Output<T> Invoke<T>(string token, InvokeArgs args, InvokeOutputOptions options) => throw null!;
        public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest) => throw null!;
        public Task<T> InvokeAsync<T>(string token, InvokeArgs args, InvokeOptions? options = null) => throw null!;
        public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options, RegisterPackageRequest? registerPackageRequest) => throw null!;
        public Task InvokeAsync(string token, InvokeArgs args, InvokeOptions? options = null) => throw null!;
    }

    // Deployment/Deployment.cs (Instance) and Deployment/Deployment_Run.cs (RunAsync)
    public sealed partial class Deployment
    {
        private Deployment() => throw null!;
        public static DeploymentInstance Instance => throw null!;
        public static Task<int> RunAsync(Action action) => throw null!;
        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => throw null!;
        public static Task<int> RunAsync(Func<Task> func) => throw null!;
        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func, StackOptions? options = null) => throw null!;
        public static Task<int> RunAsync<TStack>() where TStack : Stack, new() => throw null!;
    }

    // Config.cs
    public sealed partial class Config
    {
        public Config(string? name = null) => throw null!;
        public string? Get(string key) => throw null!;
        public Output<string>? GetSecret(string key) => throw null!;
        public bool? GetBoolean(string key) => throw null!;
        public int? GetInt32(string key) => throw null!;
        public double? GetDouble(string key) => throw null!;
        public string Require(string key) => throw null!;
        public Output<string> RequireSecret(string key) => throw null!;
    }

    // Serialization/Attributes.cs (OutputAttribute)
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public OutputAttribute(string? name = null) => throw null!;
        public string? Name => throw null!;
    }

    // Serialization/Attributes.cs (InputAttribute; its properties are internal there)
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        public InputAttribute(string name, bool required = false, bool json = false) => throw null!;
    }

    // Serialization/Attributes.cs (OutputTypeAttribute)
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class OutputTypeAttribute : Attribute
    {
    }

    // Serialization/Attributes.cs (OutputConstructorAttribute)
    [AttributeUsage(AttributeTargets.Constructor)]
    public sealed class OutputConstructorAttribute : Attribute
    {
    }

    // Serialization/Attributes.cs (EnumTypeAttribute: a struct with a constructor taking the
    // underlying value and an explicit conversion back to it)
    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class EnumTypeAttribute : Attribute
    {
    }

    // Serialization/Attributes.cs (ResourceTypeAttribute)
    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version) => throw null!;
        public string Type => throw null!;
        public string? Version => throw null!;
    }
}
