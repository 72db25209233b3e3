using Contradictions.Serialization;
using Contradictions.Vocabulary;
using FluentValidation;

namespace Contradictions.Validation;

/// <summary>
/// Checks one property definition: its type and dimension, that its semantics fit its type, and that the
/// properties its relations name exist (in any file loaded) and have a fitting type.
/// </summary>
internal sealed class PropertyDocumentValidator : AbstractValidator<PropertyDocument>
{
    public PropertyDocumentValidator(IReadOnlyDictionary<string, PropertyDocument> all)
    {
        RuleFor(p => p.Type).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage($"A property needs a type: {string.Join(", ", FormatNames.ValueKinds)}.")
            .Must(t => FormatNames.TryParseValueKind(t, out _)).When(p => !string.IsNullOrEmpty(p.Type), ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.WrongType)
            .WithMessage(p => $"Unknown property type '{p.Type}'; expected one of: {string.Join(", ", FormatNames.ValueKinds)}.")
            .OverridePropertyName("type");

        RuleFor(p => p.Dimension)
            .Must(d => FormatNames.TryParseDimension(d, out _)).When(p => p.Dimension is not null, ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.WrongType)
            .WithMessage(p => $"Unknown dimension '{p.Dimension}'; expected one of: {string.Join(", ", FormatNames.Dimensions)}.")
            .Must((p, _) => Kind(p) == ValueKind.Quantity).When(p => p.Dimension is not null && Kind(p) is not null, ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.InvalidProperty)
            .WithMessage("Only quantity properties have a dimension.")
            .OverridePropertyName("dimension");

        RuleFor(p => p.Cumulative).Equal(false).When(p => Kind(p) is { } k && k != ValueKind.Quantity, ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ClaimSetErrorCodes.InvalidProperty).WithMessage("Only quantity properties can be cumulative.").OverridePropertyName("cumulative");

        RuleForEach(p => p.SumOf).Custom((part, context) =>
        {
            var property = context.InstanceToValidate;
            if (Related(all, part, ValueKind.Quantity) is { } problem)
            {
                context.AddFailure(Validators.Failure("sumOf", problem.Code, $"sumOf names '{part}': {problem.Message}"));
            }
            else if (part == property.Id)
            {
                context.AddFailure(Validators.Failure("sumOf", ClaimSetErrorCodes.InvalidProperty, "A property cannot be a part of itself."));
            }
        }).When(p => Kind(p) == ValueKind.Quantity);

        RuleFor(p => p.SumOf).Must(s => s.Count == 0).When(p => Kind(p) is { } k && k != ValueKind.Quantity, ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ClaimSetErrorCodes.InvalidProperty).WithMessage("Only quantity properties can be sums.").OverridePropertyName("sumOf");

        RuleFor(p => p.AtMost).Custom((other, context) =>
        {
            if (other is not null && Related(all, other, ValueKind.Quantity) is { } problem)
            {
                context.AddFailure(Validators.Failure("atMost", problem.Code, $"atMost names '{other}': {problem.Message}"));
            }
        });

        RuleFor(p => p.NotAfter).Custom((other, context) =>
        {
            if (other is not null && Related(all, other, ValueKind.Date) is { } problem)
            {
                context.AddFailure(Validators.Failure("notAfter", problem.Code, $"notAfter names '{other}': {problem.Message}"));
            }
        });
    }

    private static ValueKind? Kind(PropertyDocument property) =>
        FormatNames.TryParseValueKind(property.Type, out var kind) ? kind : null;

    private static (string Code, string Message)? Related(IReadOnlyDictionary<string, PropertyDocument> all, string id, ValueKind expected)
    {
        if (!all.TryGetValue(id, out var other))
        {
            return (ClaimSetErrorCodes.UnknownProperty, "no such property is defined.");
        }

        return Kind(other) is { } kind && kind != expected
            ? (ClaimSetErrorCodes.InvalidProperty, $"it is a {FormatNames.Name(kind)} property, and this relation needs a {FormatNames.Name(expected)} one.")
            : null;
    }
}
