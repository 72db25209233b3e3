using Contradictions.Quantities;
using Contradictions.Serialization;
using FluentValidation;

namespace Contradictions.Validation;

/// <summary>Checks one unit declared in a vocabulary: its dimension, factor and base.</summary>
internal sealed class UnitDocumentValidator : AbstractValidator<UnitDocument>
{
    public UnitDocumentValidator(UnitCatalog builtIn, IReadOnlyDictionary<string, UnitDocument> declared)
    {
        RuleFor(u => u.Dimension).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage($"A unit needs a dimension: {string.Join(", ", FormatNames.Dimensions)}.")
            .Must(d => FormatNames.TryParseDimension(d, out _)).When(u => !string.IsNullOrEmpty(u.Dimension), ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.WrongType)
            .WithMessage(u => $"Unknown dimension '{u.Dimension}'; expected one of: {string.Join(", ", FormatNames.Dimensions)}.")
            .OverridePropertyName("dimension");
        RuleFor(u => u.Factor).GreaterThan(0m).When(u => u.Factor is not null, ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.OutOfRange)
            .WithMessage("A unit's factor to its base must be positive.").OverridePropertyName("factor");
        RuleFor(u => u.Base)
            .Must(b => builtIn.TryGetUnit(b!, out _) || declared.ContainsKey(b!)).When(u => u.Base is not null && u.Base != u.Id, ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ClaimSetErrorCodes.UnknownUnit).WithMessage(u => $"The base unit '{u.Base}' is not known.")
            .OverridePropertyName("base");
    }
}
