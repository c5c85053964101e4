namespace Pulumi.ScpGateway.Framework.Values;

/// <summary>
/// A property value that cannot be used as given. <see cref="Path"/> names the property
/// (e.g. <c>stages[0].name</c>) so the caller can report it as a check failure. Reasons
/// never quote the value itself: it could be a secret.
/// </summary>
public sealed class PropertyValueException : Exception
{
    public PropertyValueException(string path, string reason)
        : base($"{reason} (property {path})")
    {
        Path = path;
        Reason = reason;
    }

    public string Path { get; }

    public string Reason { get; }
}
