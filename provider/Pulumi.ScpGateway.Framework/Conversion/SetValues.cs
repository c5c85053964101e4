using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>The one ordering every set is kept in: ordinal sort, duplicates dropped.</summary>
public static class SetValues
{
    /// <summary>Sorts and de-duplicates a list of known strings; anything else is returned as it is.</summary>
    public static PropertyValue Normalize(PropertyValue value)
    {
        if (value.Kind != PropertyValueKind.Array || value.ContainsUnknowns()
            || value.AsArray.Any(item => item.Unsecret().Kind != PropertyValueKind.String))
        {
            return value;
        }
        var secret = value.AsArray.Any(item => item.IsSecret);
        var items = value.AsArray.Select(item => item.Unsecret().AsString)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(PropertyValue.FromString);
        var sorted = PropertyValue.FromArray(items);
        // A secret element makes the whole set secret: its position would otherwise tell its value.
        return secret ? PropertyValue.MakeSecret(sorted) : sorted;
    }
}
