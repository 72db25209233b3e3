using Contradictions.Serialization;
using Contradictions.Vocabulary;
using FluentValidation;
using FluentValidation.Results;

namespace Contradictions.Validation;

/// <summary>
/// Checks one property definition, however it was made — read from a file, added to a builder or configured in the
/// options: that its semantics fit its type, and that the properties its relations name exist and have a fitting
/// type, given every property that may be named with its type (<c>null</c> when unknown).
/// </summary>
internal sealed class PropertyDefinitionValidator : AbstractValidator<PropertyDefinition>
{
    public PropertyDefinitionValidator(IReadOnlyDictionary<string, ValueKind?> kinds)
    {
        RuleFor(p => p.Dimension).Null().When(p => p.ValueKind != ValueKind.Quantity)
            .WithErrorCode(ClaimSetErrorCodes.InvalidProperty).WithMessage("Only quantity properties have a dimension.").OverridePropertyName("dimension");
        RuleFor(p => p.Cumulative).Equal(false).When(p => p.ValueKind != ValueKind.Quantity)
            .WithErrorCode(ClaimSetErrorCodes.InvalidProperty).WithMessage("Only quantity properties can be cumulative.").OverridePropertyName("cumulative");
        RuleFor(p => p.SumOf).Must(s => s.IsEmpty).When(p => p.ValueKind != ValueKind.Quantity)
            .WithErrorCode(ClaimSetErrorCodes.InvalidProperty).WithMessage("Only quantity properties can be sums.").OverridePropertyName("sumOf");
        RuleForEach(p => p.SumOf).Custom((part, context) =>
        {
            if (Related(kinds, part, ValueKind.Quantity) is var (code, message))
            {
                context.AddFailure(Failure("sumOf", code, $"sumOf names '{part}': {message}"));
            }
            else if (part == context.InstanceToValidate.Id)
            {
                context.AddFailure(Failure("sumOf", ClaimSetErrorCodes.InvalidProperty, "A property cannot be a part of itself."));
            }
        }).When(p => p.ValueKind == ValueKind.Quantity);
        RuleFor(p => p.AtMost).Custom((other, context) => Report(context, "atMost", other, Related(kinds, other, ValueKind.Quantity)));
        RuleFor(p => p.NotAfter).Custom((other, context) => Report(context, "notAfter", other, Related(kinds, other, ValueKind.Date)));
    }

    /// <summary>Validates <paramref name="property"/> and reports each failure under <paramref name="path"/>.</summary>
    public bool Check(PropertyDefinition property, string file, string path, List<ClaimSetError> errors)
    {
        var result = Validate(property);
        foreach (var failure in result.Errors)
        {
            errors.Add(new ClaimSetError(file, $"{path}.{failure.PropertyName}", failure.ErrorCode, failure.ErrorMessage));
        }

        return result.IsValid;
    }

    private static void Report(ValidationContext<PropertyDefinition> context, string field, string? other, (string Code, string Message)? problem)
    {
        if (problem is var (code, message))
        {
            context.AddFailure(Failure(field, code, $"{field} names '{other}': {message}"));
        }
    }

    private static ValidationFailure Failure(string property, string code, string message) => new(property, message) { ErrorCode = code };

    private static (string Code, string Message)? Related(IReadOnlyDictionary<string, ValueKind?> kinds, string? id, ValueKind expected)
    {
        if (id is null)
        {
            return null;
        }

        if (!kinds.TryGetValue(id, out var kind))
        {
            return (ClaimSetErrorCodes.UnknownProperty, "no such property is defined.");
        }

        return kind is { } k && k != expected
            ? (ClaimSetErrorCodes.InvalidProperty, $"it is {FormatNames.WithArticle(FormatNames.Name(k))} property, and this relation needs {FormatNames.WithArticle(FormatNames.Name(expected))} one.")
            : null;
    }
}
