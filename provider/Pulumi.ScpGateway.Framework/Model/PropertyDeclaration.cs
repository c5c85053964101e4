using System.Globalization;
using System.Reflection;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Framework;

/// <summary>One declared property: everything its attributes and C# type say, read once.</summary>
public sealed class PropertyDeclaration
{
    private static readonly NullabilityInfoContext Nullability = new();

    private PropertyDeclaration(PropertyInfo property, string name, string description, bool isInput, int declaredOnLine)
    {
        Property = property;
        DeclaredOnLine = declaredOnLine;
        Name = name;
        Description = description;
        IsInput = isInput;
        var where = $"{property.DeclaringType?.Name}.{property.Name}";
        Type = PropertyType.From(property.PropertyType, where);
        lock (Nullability)
        {
            IsNullable = Nullability.Create(property).ReadState == NullabilityState.Nullable;
        }
        Secret = property.IsDefined(typeof(SecretAttribute), true);
        IsSet = property.IsDefined(typeof(SetAttribute), true);
        NotReadableReason = property.GetCustomAttribute<NotReadableAttribute>(true)?.Reason;
        AutonameSuffix = property.GetCustomAttribute<AutonameSuffixAttribute>(true);
        Rules = [.. property.GetCustomAttributes<PropertyRuleAttribute>(true)];
        var defaultValue = property.GetCustomAttribute<DefaultAttribute>(true)?.Value;
        Default = defaultValue is null ? null : ToValue(defaultValue, where);
        DefaultJson = defaultValue;
        if (IsSet && (Type.Kind != PropertyKind.Array || Type.Element!.Kind != PropertyKind.String))
        {
            throw new InvalidOperationException($"{where}: [Set] applies to string lists only.");
        }
    }

    public PropertyInfo Property { get; }

    /// <summary>The line the declaration sits on in its record's source: records list their properties in source order.</summary>
    public int DeclaredOnLine { get; }

    /// <summary>The wire (Pulumi) name, camelCase.</summary>
    public string Name { get; }

    public string Description { get; }

    /// <summary>Declared with <see cref="InputAttribute"/> (false: an output-only property).</summary>
    public bool IsInput { get; }

    public bool IsOutputOnly => !IsInput;

    public PropertyType Type { get; }

    /// <summary>The C# type admits null, so the property may be absent.</summary>
    public bool IsNullable { get; }

    public bool Replace { get; private init; }

    public bool Secret { get; }

    public bool IsSet { get; }

    public bool Stable { get; private init; }

    public AutonameStyle Autoname { get; private init; }

    public AutonameSuffixAttribute? AutonameSuffix { get; }

    public string? NotReadableReason { get; }

    public bool NotReadable => NotReadableReason is not null;

    public IReadOnlyList<PropertyRuleAttribute> Rules { get; }

    /// <summary>The default as a property value, or null when none is declared.</summary>
    public PropertyValue? Default { get; }

    /// <summary>The default as declared, for the schema.</summary>
    public object? DefaultJson { get; }

    /// <summary>A program must give this input: not nullable, no default, not autonamed.</summary>
    public bool RequiredInput => IsInput && !IsNullable && Default is null && Autoname == AutonameStyle.None;

    /// <summary>Always present in outputs (the schema's <c>required</c>).</summary>
    public bool AlwaysInOutputs => !NotReadable && (IsInput
        ? RequiredInput || Default is not null || Autoname != AutonameStyle.None
        : !IsNullable);

    /// <summary>The enum type the property's values come from (a <c>[OneOf(typeof(...))]</c>), if any.</summary>
    public EnumDeclaration? Enum => Rules.OfType<OneOfAttribute>().Select(rule => rule.Enum).FirstOrDefault(declared => declared is not null);

    /// <summary>The longest value the rules allow, if any rule bounds it.</summary>
    public int? MaxLength => Rules.OfType<LengthAttribute>().Select(rule => (int?)rule.Max).Min();

    /// <summary>The declaration of <paramref name="property"/>, or null when it carries neither [Input] nor [Output].</summary>
    public static PropertyDeclaration? From(PropertyInfo property)
    {
        var input = property.GetCustomAttribute<InputAttribute>(true);
        var output = property.GetCustomAttribute<OutputAttribute>(true);
        if (input is not null && output is not null)
        {
            throw new InvalidOperationException($"{property.DeclaringType?.Name}.{property.Name}: declare [Input] or [Output], not both.");
        }
        if (input is not null)
        {
            return new PropertyDeclaration(property, input.Name, input.Description, true, input.DeclaredOnLine)
            {
                Replace = input.Replace,
                Autoname = input.Autoname,
            };
        }
        return output is null ? null : new PropertyDeclaration(property, output.Name, output.Description, false, output.DeclaredOnLine) { Stable = output.Stable };
    }

    private static PropertyValue ToValue(object value, string where) => value switch
    {
        string text => PropertyValue.FromString(text),
        bool flag => PropertyValue.FromBool(flag),
        int number => PropertyValue.FromNumber(number),
        long number => PropertyValue.FromNumber(number),
        double number => PropertyValue.FromNumber(number),
        _ => throw new InvalidOperationException(
            $"{where}: default {Convert.ToString(value, CultureInfo.InvariantCulture)} must be a string, bool, int, long or double."),
    };
}
