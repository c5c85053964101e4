using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pulumi.ScpGateway.PackageSchema;
using Pulumi.ScpGateway.Framework.Values;

namespace Pulumi.ScpGateway.Tests.Sdk;

/// <summary>One <c>new X(name, new XArgs { ... })</c> of a program: the resource and the inputs it would send.</summary>
public sealed record ProgramResource(string Type, string Name, PropertyMap Inputs);

/// <summary>
/// Reads the resources a C# program creates with the generated SDK and the inputs it would send
/// the engine: constants and SDK enum members as their values (wire names from the SDK's [Input] attributes), nested
/// args as objects, and whatever is only known at run time (other resources' outputs) as unknown,
/// as in a preview.
/// </summary>
public sealed class ProgramInputs(Compilation compilation)
{
    public IReadOnlyList<ProgramResource> Read(SyntaxTree program)
    {
        var model = compilation.GetSemanticModel(program);
        var resources = new List<ProgramResource>();
        foreach (var creation in program.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            if (model.GetTypeInfo(creation).Type is not INamedTypeSymbol type || ResourceToken(type) is not { } token)
            {
                continue;
            }

            var arguments = creation.ArgumentList!.Arguments;
            var name = (string)model.GetConstantValue(arguments[0].Expression).Value!;
            var inputs = arguments.Count > 1 && arguments[1].Expression is ObjectCreationExpressionSyntax args
                ? Object(model, args)
                : PropertyMap.Empty;
            resources.Add(new ProgramResource(Tokens.Member(token), name, inputs));
        }

        return resources;
    }

    private static string? ResourceToken(INamedTypeSymbol type) =>
        type.GetAttributes()
            .FirstOrDefault(a => a.AttributeClass?.BaseType?.ToDisplayString() == "Pulumi.ResourceTypeAttribute")
            ?.ConstructorArguments[0].Value as string;

    private PropertyMap Object(SemanticModel model, ObjectCreationExpressionSyntax creation)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var assignment in creation.Initializer?.Expressions.OfType<AssignmentExpressionSyntax>() ?? [])
        {
            var property = (IPropertySymbol)model.GetSymbolInfo(assignment.Left).Symbol!;
            entries.Add(KeyValuePair.Create(WireName(property), Value(model, assignment.Right)));
        }

        return new PropertyMap(entries);
    }

    private PropertyValue Value(SemanticModel model, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case InitializerExpressionSyntax { RawKind: (int)SyntaxKind.ObjectInitializerExpression }:
                throw new NotSupportedException($"nested object initializer: {expression}");
            case InitializerExpressionSyntax { Expressions: var items } when items.All(i => i is InitializerExpressionSyntax):
                // { { "key", value }, ... } fills an InputMap.
                return PropertyValue.FromObject(new PropertyMap(items.Cast<InitializerExpressionSyntax>().Select(entry =>
                    KeyValuePair.Create((string)model.GetConstantValue(entry.Expressions[0]).Value!, Value(model, entry.Expressions[1])))));
            case InitializerExpressionSyntax { Expressions: var items }:
                return PropertyValue.FromArray(items.Select(item => Value(model, item)));
            case ObjectCreationExpressionSyntax nested when nested.Initializer is not null:
                return PropertyValue.FromObject(Object(model, nested));
        }

        if (model.GetSymbolInfo(expression).Symbol is IPropertySymbol { IsStatic: true } member && IsEnumType(member.ContainingType))
        {
            return PropertyValue.FromString(EnumValue(member));
        }

        return model.GetConstantValue(expression).Value switch
        {
            string text => PropertyValue.FromString(text),
            bool flag => PropertyValue.FromBool(flag),
            int number => PropertyValue.FromNumber(number),
            double number => PropertyValue.FromNumber(number),
            _ => PropertyValue.Unknown,
        };
    }

    /// <summary>The [Input] wire name of an args property: on the property, or on the field its getter returns.</summary>
    private string WireName(IPropertySymbol property)
    {
        var attribute = property.GetAttributes().FirstOrDefault(IsInput);
        if (attribute is null)
        {
            var getter = property.GetMethod!.DeclaringSyntaxReferences.Single().GetSyntax();
            var getterModel = compilation.GetSemanticModel(getter.SyntaxTree);
            attribute = getter.DescendantNodes().OfType<IdentifierNameSyntax>()
                .Select(identifier => getterModel.GetSymbolInfo(identifier).Symbol)
                .OfType<IFieldSymbol>()
                .Select(field => field.GetAttributes().FirstOrDefault(IsInput))
                .First(a => a is not null);
        }

        return (string)attribute!.ConstructorArguments[0].Value!;
    }

    private static bool IsEnumType(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == "Pulumi.EnumTypeAttribute");

    /// <summary>The value an SDK enum member stands for: the argument of <c>new X("value")</c> in its declaration.</summary>
    private string EnumValue(IPropertySymbol member)
    {
        var declaration = (PropertyDeclarationSyntax)member.DeclaringSyntaxReferences.Single().GetSyntax();
        var creation = (ObjectCreationExpressionSyntax)declaration.Initializer!.Value;
        var argument = creation.ArgumentList!.Arguments[0].Expression;
        return (string)compilation.GetSemanticModel(argument.SyntaxTree).GetConstantValue(argument).Value!;
    }

    private static bool IsInput(AttributeData attribute) => attribute.AttributeClass?.ToDisplayString() == "Pulumi.InputAttribute";
}
