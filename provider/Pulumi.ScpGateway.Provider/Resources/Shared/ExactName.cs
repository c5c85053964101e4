namespace Pulumi.ScpGateway.Provider.Resources;

/// <summary>SCP's name filters match loosely; adopting an object after an unknown create outcome needs the exact name.</summary>
public static class ExactName
{
    /// <summary>The one item named exactly <paramref name="name"/>, or null.</summary>
    public static T? Find<T>(IEnumerable<T> items, Func<T, string> nameOf, string name)
        where T : class =>
        items.FirstOrDefault(item => string.Equals(nameOf(item), name, StringComparison.Ordinal));
}
