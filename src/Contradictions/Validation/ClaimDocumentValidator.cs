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
    private readonly IReadOnlySet<string> sourceIds;
    private readonly PropertyVocabulary vocabulary;

    public ClaimDocumentValidator(IReadOnlySet<string> sourceIds, PropertyVocabulary vocabulary)
    {
        this.sourceIds = sourceIds;
        this.vocabulary = vocabulary;

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

        // The rules below report what the Problem functions find; Passes calls the same functions directly.
        RuleFor(c => c).Custom((claim, context) =>
        {
            if (claim.Value is { } value && claim.Property is { } id && vocabulary.TryGetProperty(id, out var property))
            {
                var problems = new List<Problem>();
                CheckValue(value, property, problems);
                foreach (var (path, code, message) in problems)
                {
                    context.AddFailure(Validators.Failure(path, code, message));
                }
            }
        });

        RuleFor(c => c.Unit).Custom((_, context) => Report(context, UnitProblem(context.InstanceToValidate, vocabulary)));
        RuleFor(c => c.Time).Custom((time, context) => Report(context, TimeProblem(time)));
        RuleFor(c => c.Span).Custom((_, context) => Report(context, SpanProblem(context.InstanceToValidate)));
    }

    /// <summary>
    /// Whether <paramref name="claim"/> passes every rule of this validator — the same checks, called directly,
    /// without FluentValidation's context, result and failure objects. Loading asks this first for every claim and
    /// runs <see cref="AbstractValidator{T}.Validate(T)"/> only for a claim that does not pass, to report why; the two
    /// must agree, which the loader's tests check on every claim of the hostile and fuzzed inputs.
    /// </summary>
    public bool Passes(ClaimDocument claim) =>
        !string.IsNullOrWhiteSpace(claim.Id)
        && !string.IsNullOrWhiteSpace(claim.Subject)
        && !string.IsNullOrWhiteSpace(claim.Source) && sourceIds.Contains(claim.Source)
        && !string.IsNullOrWhiteSpace(claim.Property) && vocabulary.TryGetProperty(claim.Property, out var property)
        && (claim.Value is not null || claim.HasValueField)
        && (claim.Value is null || CheckValue(claim.Value, property, problems: null))
        && UnitProblem(claim, vocabulary) is null
        && TimeProblem(claim.Time) is null
        && SpanProblem(claim) is null;

    private static void Report(ValidationContext<ClaimDocument> context, Problem? problem)
    {
        if (problem is var (path, code, message))
        {
            context.AddFailure(Validators.Failure(path, code, message));
        }
    }

    private static Problem? UnitProblem(ClaimDocument claim, PropertyVocabulary vocabulary)
    {
        if (claim.Unit is not { } unitName)
        {
            return null;
        }

        if (!vocabulary.Units.TryGetUnit(unitName, out var unit))
        {
            return new("unit", ClaimSetErrorCodes.UnknownUnit, $"Unknown unit '{unitName}'; declare it under vocabulary.units or use one of the built-in units (item, person, km, kg, percent, USD, …).");
        }

        if (claim.Property is { } id && vocabulary.TryGetProperty(id, out var property))
        {
            if (property.ValueKind != ValueKind.Quantity)
            {
                return new("unit", ClaimSetErrorCodes.WrongValueKind, $"Property '{id}' takes {FormatNames.Name(property.ValueKind)} values, which have no unit.");
            }

            if (property.Dimension is { } dimension && unit.Dimension != dimension)
            {
                return new("unit", ClaimSetErrorCodes.WrongDimension,
                    $"Unit '{unit.Id}' measures {FormatNames.Name(unit.Dimension)}, but property '{id}' is a {FormatNames.Name(dimension)}.");
            }
        }

        return null;
    }

    private static Problem? TimeProblem(TimeDocument? time)
    {
        if (time is null)
        {
            return null;
        }

        if (time.IsObject && time.AsOf is null && time.From is null && time.To is null)
        {
            return new("time", ClaimSetErrorCodes.Required, "A time object needs \"asOf\", or \"from\" and/or \"to\".");
        }

        if (time.AsOf is not null && (time.From is not null || time.To is not null))
        {
            return new("time", ClaimSetErrorCodes.WrongType, "A time is either { \"asOf\": … } or { \"from\": …, \"to\": … }, not both.");
        }

        if (!time.IsObject && string.IsNullOrWhiteSpace(time.Text))
        {
            return new("time", ClaimSetErrorCodes.Required, "The time expression is empty; omit \"time\" to mean the source's publication date.");
        }

        return null;
    }

    private static Problem? SpanProblem(ClaimDocument claim)
    {
        if (claim.Span is not { } span)
        {
            return null;
        }

        if (span.Start is null || span.End is null)
        {
            return new("span", ClaimSetErrorCodes.Required, "A span needs both \"start\" and \"end\" (character offsets, end exclusive).");
        }

        if (span.Start < 0 || span.End > int.MaxValue)
        {
            return new("span", ClaimSetErrorCodes.OutOfRange, $"The span [{span.Start}, {span.End}) is outside any text.");
        }

        if (span.End < span.Start)
        {
            return new("span", ClaimSetErrorCodes.InvalidSpan, $"The span ends ({span.End}) before it starts ({span.Start}).");
        }

        if (claim.Quote is { } quote && quote.Length != span.End - span.Start)
        {
            return new("span", ClaimSetErrorCodes.InvalidSpan,
                $"The span [{span.Start}, {span.End}) is {span.End - span.Start} characters long but the quote is {quote.Length}; they must cover the same text.");
        }

        return null;
    }

    /// <summary>
    /// Checks a value's shape against its property: adds each problem to <paramref name="problems"/> and returns
    /// whether there were none. Without a list it stops at the first problem.
    /// </summary>
    private static bool CheckValue(ValueDocument value, PropertyDefinition property, List<Problem>? problems)
    {
        var kind = FormatNames.Name(property.ValueKind);
        if (!value.IsObject)
        {
            return !string.IsNullOrWhiteSpace(value.Text) || Fail(problems, new("value", ClaimSetErrorCodes.Required, "The value is empty."));
        }

        var isQuantity = value.Amount is not null || value.Min is not null || value.Max is not null || value.Qualifier is not null;
        var shapes = (isQuantity ? 1 : 0) + (value.Date is not null ? 1 : 0) + (value.Entity is not null ? 1 : 0);
        if (shapes == 0)
        {
            return Fail(problems, new("value", ClaimSetErrorCodes.Required, $"The value object is empty; a {kind} value needs {Expected(property.ValueKind)}."));
        }

        if (shapes > 1)
        {
            return Fail(problems, new("value", ClaimSetErrorCodes.WrongType, "A value object holds one of: amount (with qualifier), min and max, date, or entity."));
        }

        var given = isQuantity ? ValueKind.Quantity : value.Date is not null ? ValueKind.Date : ValueKind.Entity;
        if (given != property.ValueKind)
        {
            return Fail(problems, new("value", ClaimSetErrorCodes.WrongValueKind, $"Property '{property.Id}' takes {kind} values, but this is a {FormatNames.Name(given)}; give {Expected(property.ValueKind)}."));
        }

        if (given != ValueKind.Quantity)
        {
            return !string.IsNullOrWhiteSpace(value.Date ?? value.Entity)
                || Fail(problems, new($"value.{(value.Date is not null ? "date" : "entity")}", ClaimSetErrorCodes.Required, "The value is empty."));
        }

        // An unknown qualifier is reported together with what follows.
        var ok = true;
        var isRange = value.Min is not null || value.Max is not null;
        Qualifier qualifier = Qualifier.Exact;
        if (value.Qualifier is not null && !FormatNames.TryParseQualifier(value.Qualifier, out qualifier))
        {
            ok = Fail(problems, new("value.qualifier", ClaimSetErrorCodes.WrongType, $"Unknown qualifier '{value.Qualifier}'; expected one of: {string.Join(", ", FormatNames.Qualifiers)}."));
            if (problems is null)
            {
                return false;
            }
        }

        if (isRange)
        {
            if (value.Amount is not null || (value.Qualifier is not null && qualifier != Qualifier.Range))
            {
                return Fail(problems, new("value", ClaimSetErrorCodes.WrongType, "A range is { \"min\": …, \"max\": … } without an amount or another qualifier."));
            }

            if (value.Min is null || value.Max is null)
            {
                return Fail(problems, new($"value.{(value.Min is null ? "min" : "max")}", ClaimSetErrorCodes.Required, "A range needs both \"min\" and \"max\"."));
            }

            if (value.Min < 0)
            {
                return Fail(problems, new("value.min", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; min is {value.Min}."));
            }

            if (value.Max < value.Min)
            {
                return Fail(problems, new("value.max", ClaimSetErrorCodes.OutOfRange, $"The range ends ({value.Max}) below where it starts ({value.Min})."));
            }
        }
        else if (value.Amount is null)
        {
            return Fail(problems, new("value.amount", ClaimSetErrorCodes.Required, "A quantity object needs an \"amount\"."));
        }
        else if (value.Amount < 0)
        {
            return Fail(problems, new("value.amount", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; the amount is {value.Amount}."));
        }
        else if (qualifier == Qualifier.Range)
        {
            return Fail(problems, new("value.qualifier", ClaimSetErrorCodes.WrongType, "The qualifier 'range' goes with \"min\" and \"max\", not \"amount\"."));
        }

        return ok;
    }

    private static bool Fail(List<Problem>? problems, Problem problem)
    {
        problems?.Add(problem);
        return false;
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

    /// <summary>One problem with a claim: the field's path below the claim, an error code, a message.</summary>
    private readonly record struct Problem(string Path, string Code, string Message);
}
