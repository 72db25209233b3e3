using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Vocabulary;
using FluentValidation;

namespace Contradictions.Validation;

/// <summary>
/// Checks one claim against the sources and vocabulary of everything loaded with it: required fields, references,
/// the value's shape against its property's type, units against the property's dimension, spans.
/// </summary>
internal sealed class ClaimDocumentValidator : AbstractValidator<ClaimDocument>
{
    public ClaimDocumentValidator(IReadOnlySet<string> sourceIds, PropertyVocabulary vocabulary)
    {
        RuleFor(c => c.Id).NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A claim needs an id.").OverridePropertyName("id");
        RuleFor(c => c.Subject).NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A claim needs a subject (a canonical entity id).").OverridePropertyName("subject");

        RuleFor(c => c.Source).Cascade(CascadeMode.Stop)
            .NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A claim needs the id of its source.")
            .Must(sourceIds.Contains!).When(c => !string.IsNullOrEmpty(c.Source), ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.UnknownSource)
            .WithMessage(c => $"Source '{c.Source}' is not defined in any file loaded; known sources: {List(sourceIds)}.")
            .OverridePropertyName("source");

        RuleFor(c => c.Property).Cascade(CascadeMode.Stop)
            .NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A claim needs a property.")
            .Must(p => vocabulary.Properties.ContainsKey(p!)).When(c => !string.IsNullOrEmpty(c.Property), ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.UnknownProperty)
            .WithMessage(c => $"Property '{c.Property}' is not in the vocabulary; known properties: {List(vocabulary.Properties.Keys)}.")
            .OverridePropertyName("property");

        RuleFor(c => c.Value)
            .NotNull().When(c => !c.HasValueField, ApplyConditionTo.CurrentValidator).WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A claim needs a value.")
            .OverridePropertyName("value");

        RuleFor(c => c).Custom((claim, context) =>
        {
            if (claim.Value is { } value && claim.Property is { } id && vocabulary.TryGetProperty(id, out var property))
            {
                foreach (var (path, code, message) in CheckValue(value, property))
                {
                    context.AddFailure(Validators.Failure(path, code, message));
                }
            }
        });

        RuleFor(c => c.Unit).Custom((unitName, context) =>
        {
            var claim = context.InstanceToValidate;
            if (unitName is null)
            {
                return;
            }

            if (!vocabulary.Units.TryGetUnit(unitName, out var unit))
            {
                context.AddFailure(Validators.Failure("unit", ClaimSetErrorCodes.UnknownUnit, $"Unknown unit '{unitName}'; declare it under vocabulary.units or use one of the built-in units (item, person, km, kg, percent, USD, …)."));
            }
            else if (claim.Property is { } id && vocabulary.TryGetProperty(id, out var property))
            {
                if (property.ValueKind != ValueKind.Quantity)
                {
                    context.AddFailure(Validators.Failure("unit", ClaimSetErrorCodes.WrongValueKind, $"Property '{id}' takes {FormatNames.Name(property.ValueKind)} values, which have no unit."));
                }
                else if (property.Dimension is { } dimension && unit.Dimension != dimension)
                {
                    context.AddFailure(Validators.Failure("unit", ClaimSetErrorCodes.WrongDimension,
                        $"Unit '{unit.Id}' measures {FormatNames.Name(unit.Dimension)}, but property '{id}' is a {FormatNames.Name(dimension)}."));
                }
            }
        });

        RuleFor(c => c.Time).Custom((time, context) =>
        {
            if (time is null)
            {
                return;
            }

            if (time.IsObject && time.AsOf is null && time.From is null && time.To is null)
            {
                context.AddFailure(Validators.Failure("time", ClaimSetErrorCodes.Required, "A time object needs \"asOf\", or \"from\" and/or \"to\"."));
            }
            else if (time.AsOf is not null && (time.From is not null || time.To is not null))
            {
                context.AddFailure(Validators.Failure("time", ClaimSetErrorCodes.WrongType, "A time is either { \"asOf\": … } or { \"from\": …, \"to\": … }, not both."));
            }
            else if (!time.IsObject && string.IsNullOrWhiteSpace(time.Text))
            {
                context.AddFailure(Validators.Failure("time", ClaimSetErrorCodes.Required, "The time expression is empty; omit \"time\" to mean the source's publication date."));
            }
        });

        RuleFor(c => c.Span).Custom((span, context) =>
        {
            if (span is null)
            {
                return;
            }

            if (span.Start is null || span.End is null)
            {
                context.AddFailure(Validators.Failure("span", ClaimSetErrorCodes.Required, "A span needs both \"start\" and \"end\" (character offsets, end exclusive)."));
            }
            else if (span.Start < 0 || span.End > int.MaxValue)
            {
                context.AddFailure(Validators.Failure("span", ClaimSetErrorCodes.OutOfRange, $"The span [{span.Start}, {span.End}) is outside any text."));
            }
            else if (span.End < span.Start)
            {
                context.AddFailure(Validators.Failure("span", ClaimSetErrorCodes.InvalidSpan, $"The span ends ({span.End}) before it starts ({span.Start})."));
            }
            else if (context.InstanceToValidate.Quote is { } quote && quote.Length != span.End - span.Start)
            {
                context.AddFailure(Validators.Failure("span", ClaimSetErrorCodes.InvalidSpan,
                    $"The span [{span.Start}, {span.End}) is {span.End - span.Start} characters long but the quote is {quote.Length}; they must cover the same text."));
            }
        });
    }

    private static IEnumerable<(string Path, string Code, string Message)> CheckValue(ValueDocument value, PropertyDefinition property)
    {
        var kind = FormatNames.Name(property.ValueKind);
        if (!value.IsObject)
        {
            if (string.IsNullOrWhiteSpace(value.Text))
            {
                yield return ("value", ClaimSetErrorCodes.Required, "The value is empty.");
            }

            yield break;
        }

        var isQuantity = value.Amount is not null || value.Min is not null || value.Max is not null || value.Qualifier is not null;
        var shapes = (isQuantity ? 1 : 0) + (value.Date is not null ? 1 : 0) + (value.Entity is not null ? 1 : 0);
        if (shapes == 0)
        {
            yield return ("value", ClaimSetErrorCodes.Required, $"The value object is empty; a {kind} value needs {Expected(property.ValueKind)}.");
            yield break;
        }

        if (shapes > 1)
        {
            yield return ("value", ClaimSetErrorCodes.WrongType, "A value object holds one of: amount (with qualifier), min and max, date, or entity.");
            yield break;
        }

        var given = isQuantity ? ValueKind.Quantity : value.Date is not null ? ValueKind.Date : ValueKind.Entity;
        if (given != property.ValueKind)
        {
            yield return ("value", ClaimSetErrorCodes.WrongValueKind, $"Property '{property.Id}' takes {kind} values, but this is a {FormatNames.Name(given)}; give {Expected(property.ValueKind)}.");
            yield break;
        }

        if (given != ValueKind.Quantity)
        {
            if (string.IsNullOrWhiteSpace(value.Date ?? value.Entity))
            {
                yield return ($"value.{(value.Date is not null ? "date" : "entity")}", ClaimSetErrorCodes.Required, "The value is empty.");
            }

            yield break;
        }

        var isRange = value.Min is not null || value.Max is not null;
        Qualifier qualifier = Qualifier.Exact;
        if (value.Qualifier is not null && !FormatNames.TryParseQualifier(value.Qualifier, out qualifier))
        {
            yield return ("value.qualifier", ClaimSetErrorCodes.WrongType, $"Unknown qualifier '{value.Qualifier}'; expected one of: {string.Join(", ", FormatNames.Qualifiers)}.");
        }

        if (isRange)
        {
            if (value.Amount is not null || (value.Qualifier is not null && qualifier != Qualifier.Range))
            {
                yield return ("value", ClaimSetErrorCodes.WrongType, "A range is { \"min\": …, \"max\": … } without an amount or another qualifier.");
            }
            else if (value.Min is null || value.Max is null)
            {
                yield return ($"value.{(value.Min is null ? "min" : "max")}", ClaimSetErrorCodes.Required, "A range needs both \"min\" and \"max\".");
            }
            else if (value.Min < 0)
            {
                yield return ("value.min", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; min is {value.Min}.");
            }
            else if (value.Max < value.Min)
            {
                yield return ("value.max", ClaimSetErrorCodes.OutOfRange, $"The range ends ({value.Max}) below where it starts ({value.Min}).");
            }
        }
        else if (value.Amount is null)
        {
            yield return ("value.amount", ClaimSetErrorCodes.Required, "A quantity object needs an \"amount\".");
        }
        else if (value.Amount < 0)
        {
            yield return ("value.amount", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; the amount is {value.Amount}.");
        }
        else if (qualifier == Qualifier.Range)
        {
            yield return ("value.qualifier", ClaimSetErrorCodes.WrongType, "The qualifier 'range' goes with \"min\" and \"max\", not \"amount\".");
        }
    }

    private static string Expected(ValueKind kind) => kind switch
    {
        ValueKind.Quantity => "an amount such as \"approximately 11,000\" or { \"amount\": 11000, \"qualifier\": \"approximately\" }",
        ValueKind.Date => "a date expression such as \"2024-06-19\" or { \"date\": \"2024-06-19\" }",
        _ => "an entity id such as \"mark-rutte\" or { \"entity\": \"mark-rutte\" }",
    };

    private static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "(none)" : sorted.Count <= 12 ? string.Join(", ", sorted) : $"{string.Join(", ", sorted.Take(12))}, … ({sorted.Count} in all)";
    }
}
