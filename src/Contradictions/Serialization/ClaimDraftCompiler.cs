using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Validation;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// Compiles claims one at a time — reads the draft (when it is still encoded), validates it, resolves its value and
/// time — for <see cref="ClaimSetCompiler"/>, which runs one of these per thread over consecutive chunks of the claims.
/// </summary>
/// <remarks>
/// Everything it shares with other instances is immutable (vocabulary, sources, validator, parsers); its caches and
/// string pool are its own, so it needs no locks. Claims compiled by different instances may hold equal but distinct
/// <see cref="Validity"/> and value objects, which compare equal.
/// </remarks>
internal sealed class ClaimDraftCompiler
{
    private readonly ContradictionOptions options;
    private readonly TimeExpressionResolver resolver;
    private readonly PropertyVocabulary vocabulary;
    private readonly IReadOnlyDictionary<string, Source> sources;
    private readonly ClaimDocumentValidator validator;
    private readonly QuantityParser quantities;
    private readonly StringPool strings = new();
    private readonly Dictionary<ClaimSetDocument, ClaimJsonReader> readers = new(ReferenceEqualityComparer.Instance);

    // Claims of one source repeat their expressions ("in September", "last year"): resolve each pair once.
    private readonly Dictionary<(string Text, PartialDate Anchor), Parsing.ParseResult<ResolvedTime>> resolved = [];

    // The same expression under many sources: parse each text once.
    private readonly Dictionary<string, Parsing.ParseResult<TimeExpression>> parsed = new(StringComparer.Ordinal);

    // Claims repeat their value expressions ("about 400", "mark-rutte"): each is resolved once per (text, unit,
    // property) and the claims share the immutable value.
    private readonly Dictionary<(string Text, string? Unit, PropertyDefinition Property), (ClaimValue? Value, Problem? Problem)> values = [];

    // Validities are immutable: claims that give the same time against the same anchor share one.
    private readonly Dictionary<(string? Text, PartialDate Anchor, ValidityKind Kind), Validity> validities = [];

    public ClaimDraftCompiler(ContradictionOptions options, TimeExpressionResolver resolver, PropertyVocabulary vocabulary, IReadOnlyDictionary<string, Source> sources, ClaimDocumentValidator validator)
    {
        this.options = options;
        this.resolver = resolver;
        this.vocabulary = vocabulary;
        this.sources = sources;
        this.validator = validator;
        quantities = new QuantityParser(vocabulary.Units) { MaximumLength = options.Limits.MaxExpressionLength };
    }

    /// <summary>
    /// Compiles claim <paramref name="index"/> of <paramref name="document"/>, adding its problems to
    /// <paramref name="errors"/>. Returns the claim, or <c>null</c> when it has problems; <paramref name="id"/> is the
    /// draft's id either way (for the duplicate check, which needs every claim) and <paramref name="malformed"/> tells
    /// whether the reader already reported its fields.
    /// </summary>
    public Claim? Compile(ClaimSetDocument document, int index, List<ClaimSetError> errors, out string? id, out bool malformed)
    {
        var drafted = document.Claims.Count;
        var draft = index < drafted ? document.Claims[index] : document.Encoded!.Read(index - drafted, Reader(document), errors);
        id = draft.Id;
        malformed = draft.IsMalformed;

        // A claim with fields of the wrong type was reported by the reader; validating it further would only add
        // errors that follow from those. FluentValidation runs for a claim that does not pass the same rules called
        // directly, to say why (nearly every claim of a large load passes).
        var valid = !draft.IsMalformed && (validator.Passes(draft) || Validators.Check(validator, draft, document.File, draft.Path, errors, draft.Id));
        return valid ? Resolve(draft, document.File, sources[draft.Source!], errors) : null;
    }

    private ClaimJsonReader Reader(ClaimSetDocument document)
    {
        if (!readers.TryGetValue(document, out var reader))
        {
            reader = new ClaimJsonReader(document.File, strings, document.Encoded!.MaxDepth);
            readers.Add(document, reader);
        }

        return reader;
    }

    private Claim? Resolve(ClaimDocument draft, string file, Source source, List<ClaimSetError> errors)
    {
        var property = vocabulary.Properties[draft.Property!];
        var failed = false;
        void Fail(string path, string code, string message)
        {
            errors.Add(new ClaimSetError(file, $"{draft.Path}.{path}", code, message) { ClaimId = draft.Id });
            failed = true;
        }

        ResolvedTime? Time(string? text, string path)
        {
            if (text is null)
            {
                return null;
            }

            if (text.Length > options.Limits.MaxExpressionLength)
            {
                Fail(path, ClaimSetErrorCodes.LimitExceeded, $"The time expression is {text.Length} characters long; at most {options.Limits.MaxExpressionLength} are accepted (LoadLimits.MaxExpressionLength).");
                return null;
            }

            if (!resolved.TryGetValue((text, source.Published), out var result))
            {
                if (!parsed.TryGetValue(text, out var expression))
                {
                    expression = TimeExpressionParser.Parse(text);
                    parsed.Add(text, expression);
                }

                result = resolver.Resolve(expression, text, source.Published);
                resolved[(text, source.Published)] = result;
            }

            if (!result.TryGetValue(out var time))
            {
                Fail(path, ClaimSetErrorCodes.InvalidExpression, $"{result.Error!.Message} (resolved against the source's publication date {source.Published})");
            }

            return time;
        }

        // Fail and Time are only called, never turned into delegates, so their captured state lives on the stack:
        // nothing is allocated per claim for them.
        ClaimValue? value;
        if (property.ValueKind == ValueKind.Date)
        {
            var (text, path) = draft.Value!.IsObject ? (draft.Value.Date, "value.date") : (draft.Value.Text, "value");
            value = Time(text, path) is { } date ? new DateValue(date) : null;
        }
        else
        {
            Problem? problem;
            if (draft.Value!.IsObject)
            {
                value = ResolveValue(draft, property, out problem);
            }
            else
            {
                var key = (draft.Value.Text!, draft.Unit, property);
                if (!values.TryGetValue(key, out var known))
                {
                    known.Value = ResolveValue(draft, property, out known.Problem);
                    values.Add(key, known);
                }

                (value, problem) = known;
            }

            if (problem is { } p)
            {
                Fail(p.Path, p.Code, p.Message);
            }
        }

        Validity? validity = null;
        var t = draft.Time;
        if (t is null)
        {
            validity = Shared(null, source.Published, ValidityKind.Publication, null);
        }
        else if (!t.IsObject)
        {
            validity = Time(t.Text, "time") is { } time ? Shared(t.Text, source.Published, ValidityKind.Span, time) : null;
        }
        else if (t.AsOf is not null)
        {
            validity = Time(t.AsOf, "time.asOf") is { } time ? Shared(t.AsOf, source.Published, ValidityKind.AsOf, time) : null;
        }
        else
        {
            var from = Time(t.From, "time.from");
            var to = Time(t.To, "time.to");
            if (!failed)
            {
                if (to is not null && from is not null && to.Widest.End < from.Widest.Start)
                {
                    Fail("time", ClaimSetErrorCodes.InvalidSpan, $"The validity ends ({to.Reading}) before it starts ({from.Reading}).");
                }
                else
                {
                    validity = Validity.Between(from, to);
                }
            }
        }

        if (failed || value is null || validity is null)
        {
            return null;
        }

        return new Claim(draft.Id!, source, draft.Subject!, property.Id, value, validity)
        {
            Origin = string.IsNullOrWhiteSpace(draft.Origin) ? null : draft.Origin,
            Negated = draft.Negated,
            Quote = draft.Quote,
            Span = draft.Span is { Start: { } s, End: { } e } ? new TextSpan((int)s, (int)e) : null,
            ValueText = draft.Value!.IsObject ? null : draft.Value.Text,
            Note = draft.Note,
        };
    }

    /// <summary>One <see cref="Validity"/> per (expression, anchor, kind) within a load: many claims share their time.</summary>
    private Validity Shared(string? text, PartialDate anchor, ValidityKind kind, ResolvedTime? time)
    {
        if (!validities.TryGetValue((text, anchor, kind), out var validity))
        {
            validity = kind switch
            {
                ValidityKind.Publication => Validity.AtPublication(anchor),
                ValidityKind.AsOf => Validity.AsOf(time!),
                _ => Validity.FromExpression(time!),
            };
            validities.Add((text, anchor, kind), validity);
        }

        return validity;
    }

    /// <summary>A quantity or an entity (dates are resolved as times); a problem instead when the value is not valid.</summary>
    private ClaimValue? ResolveValue(ClaimDocument draft, PropertyDefinition property, out Problem? problem)
    {
        problem = null;
        var value = draft.Value!;
        switch (property.ValueKind)
        {
            case ValueKind.Quantity:
                Unit? unit = draft.Unit is null ? null : vocabulary.Units.TryGetUnit(draft.Unit, out var u) ? u : null;
                Quantity? quantity;
                if (!value.IsObject)
                {
                    var parsed = quantities.Parse(value.Text!, unit);
                    if (!parsed.TryGetValue(out quantity))
                    {
                        problem = new("value", ClaimSetErrorCodes.InvalidExpression, parsed.Error!.Message);
                        return null;
                    }
                }
                else
                {
                    unit ??= property.Dimension is { } d && d != Dimension.Count ? vocabulary.Units.BaseUnitOf(d) : UnitCatalog.Item;
                    if (unit is null)
                    {
                        problem = new("unit", ClaimSetErrorCodes.Required, $"Property '{property.Id}' is a currency: state the claim's unit (USD, EUR, …).");
                        return null;
                    }

                    quantity = value.Min is { } min
                        ? Quantity.Between(min, value.Max!.Value, unit)
                        : Quantity.From(value.Amount!.Value, FormatNames.TryParseQualifier(value.Qualifier, out var q) ? q : Qualifier.Exact, unit);
                }

                if (property.Dimension is { } dimension && quantity.Unit.Dimension != dimension)
                {
                    problem = new("value", ClaimSetErrorCodes.WrongDimension,
                        $"'{value.Text ?? quantity.ToString()}' is in '{quantity.Unit.Id}' ({FormatNames.Name(quantity.Unit.Dimension)}), but property '{property.Id}' is a {FormatNames.Name(dimension)}; state a {FormatNames.Name(dimension)} unit.");
                    return null;
                }

                return new QuantityValue(quantity);

            default:
                return new EntityValue((value.IsObject ? value.Entity : value.Text)!.Trim());
        }
    }

    private readonly record struct Problem(string Path, string Code, string Message);
}
