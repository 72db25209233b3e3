using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Validation;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// Turns read documents into a <see cref="ClaimSet"/>: merges vocabularies and sources across files, validates
/// everything (FluentValidation), then resolves every value and time expression. All problems are collected.
/// </summary>
internal sealed class ClaimSetCompiler
{
    private readonly ContradictionOptions options;
    private readonly TimeExpressionResolver resolver;

    // Claims of one source repeat their expressions ("in September", "last year"): resolve each pair once per load.
    private readonly Dictionary<(string Text, PartialDate Anchor), Parsing.ParseResult<ResolvedTime>> resolved = [];

    // The same expression under many sources: parse each text once per load.
    private readonly Dictionary<string, Parsing.ParseResult<TimeExpression>> parsed = new(StringComparer.Ordinal);

    // Claims repeat their value expressions ("about 400", "mark-rutte"): each is resolved once per (text, unit,
    // property) and the claims share the immutable value.
    private readonly Dictionary<(string Text, string? Unit, PropertyDefinition Property), (ClaimValue? Value, Problem? Problem)> values = [];

    // Validities are immutable: claims that give the same time against the same anchor share one.
    private readonly Dictionary<(string? Text, PartialDate Anchor, ValidityKind Kind), Validity> validities = [];

    public ClaimSetCompiler(ContradictionOptions options)
    {
        this.options = options;
        resolver = new TimeExpressionResolver(options.Time);
    }

    public ClaimSetLoadResult Compile(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors, bool skipInvalidClaims)
    {
        var envelope = new ClaimSetDocumentValidator();
        foreach (var document in documents)
        {
            Validators.Check(envelope, document, document.File, "$", errors);
        }

        var vocabulary = CompileVocabulary(documents, errors);
        var sources = CompileSources(documents, errors);

        var total = documents.Sum(d => d.ClaimCount);
        if (total > options.Limits.MaxClaims)
        {
            errors.Add(new ClaimSetError(documents[0].File, "claims", ClaimSetErrorCodes.LimitExceeded,
                $"The input holds {total} claims; at most {options.Limits.MaxClaims} are accepted (LoadLimits.MaxClaims)."));
            return new(null, [.. errors], []);
        }

        var claims = new List<Claim>(total);
        var skipped = ImmutableArray.CreateBuilder<string>();

        // Where each id was first used: the file and the claim's index, whose path is claims[index] in both kinds of
        // document. No draft is kept: each lives only while its claim is compiled.
        var claimIds = new Dictionary<string, (string File, int Index)>(total, StringComparer.Ordinal);
        var validator = new ClaimDocumentValidator(sources.Keys.ToHashSet(StringComparer.Ordinal), vocabulary);
        var quantities = new QuantityParser(vocabulary.Units) { MaximumLength = options.Limits.MaxExpressionLength };
        var strings = new StringPool();
        foreach (var document in documents)
        {
            var drafted = document.Claims.Count;
            var reader = document.Encoded is { } encoded ? new ClaimJsonReader(document.File, errors, strings, encoded.MaxDepth) : null;
            for (var index = 0; index < document.ClaimCount; index++)
            {
                // Errors the reader reports count as this claim's too.
                var before = errors.Count;
                var draft = index < drafted ? document.Claims[index] : document.Encoded!.Read(index - drafted, reader!);

                // A claim with fields of the wrong type was reported by the reader; validating it further would only
                // add errors that follow from those. FluentValidation runs for a claim that does not pass the same
                // rules called directly, to say why (nearly every claim of a large load passes).
                var valid = !draft.IsMalformed && (validator.Passes(draft) || Validators.Check(validator, draft, document.File, draft.Path, errors, draft.Id));
                if (draft.Id is { Length: > 0 } id && !claimIds.TryAdd(id, (document.File, index)))
                {
                    var (firstFile, first) = claimIds[id];
                    errors.Add(new ClaimSetError(document.File, $"{draft.Path}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Claim id '{id}' is already used by {firstFile}: {EncodedClaims.ClaimPath(first)}; claim ids must be unique across all files loaded together.") { ClaimId = id });
                    valid = false;
                }

                if (valid && Resolve(draft, document.File, sources[draft.Source!], vocabulary, quantities, errors) is { } claim)
                {
                    claims.Add(claim);
                }
                else
                {
                    if (errors.Count == before && !draft.IsMalformed)
                    {
                        errors.Add(new ClaimSetError(document.File, draft.Path, ClaimSetErrorCodes.Required, "The claim is invalid.") { ClaimId = draft.Id });
                    }

                    skipped.Add(string.IsNullOrEmpty(draft.Id) ? $"{document.File}: {draft.Path}" : draft.Id);
                }
            }
        }

        var result = errors.Count == 0 || skipInvalidClaims ? new ClaimSet(sources.Values, claims, vocabulary) : null;
        return new(result, [.. errors], skipInvalidClaims ? skipped.ToImmutable() : []);
    }

    private PropertyVocabulary CompileVocabulary(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors)
    {
        var vocabulary = options.Vocabulary;

        // Units first: properties and claims may use them.
        var unitDocuments = new Dictionary<string, UnitDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents)
        {
            foreach (var unit in document.Vocabulary?.Units ?? [])
            {
                unitDocuments.TryAdd(unit.Id, unit);
            }
        }

        var unitValidator = new UnitDocumentValidator(vocabulary.Units, unitDocuments);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Units ?? [])
            {
                if (Validators.Check(unitValidator, draft, document.File, draft.Path, errors) && FormatNames.TryParseDimension(draft.Dimension, out var dimension))
                {
                    var baseId = draft.Base is { } b && vocabulary.Units.TryGetUnit(b, out var known) ? known.Id : draft.Base;
                    vocabulary = vocabulary.With(new Unit(draft.Id, dimension, draft.Factor ?? 1m, baseId, draft.Aliases));
                }
            }
        }

        var all = new Dictionary<string, PropertyDocument>(StringComparer.Ordinal);
        var definedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Properties ?? [])
            {
                all.TryAdd(draft.Id, draft);
            }
        }

        foreach (var (id, property) in options.Vocabulary.Properties)
        {
            all.TryAdd(id, ToDocument(property));
        }

        var validator = new PropertyDocumentValidator(all);
        foreach (var document in documents)
        {
            foreach (var draft in document.Vocabulary?.Properties ?? [])
            {
                if (!Validators.Check(validator, draft, document.File, draft.Path, errors))
                {
                    continue;
                }

                var definition = ToDefinition(draft);
                if (vocabulary.TryGetProperty(draft.Id, out var existing))
                {
                    if (!existing.Equals(definition))
                    {
                        var where = definedIn.TryGetValue(draft.Id, out var first) ? first : "the configured vocabulary";
                        errors.Add(new ClaimSetError(document.File, draft.Path, ClaimSetErrorCodes.VocabularyConflict,
                            $"Property '{draft.Id}' is defined differently in {where}; a property may be repeated across files only with an identical definition."));
                    }

                    continue;
                }

                vocabulary = vocabulary.With(definition);
                definedIn[draft.Id] = $"{document.File}: {draft.Path}";
            }
        }

        return vocabulary;
    }

    private static Dictionary<string, Source> CompileSources(IReadOnlyList<ClaimSetDocument> documents, List<ClaimSetError> errors)
    {
        var sources = new Dictionary<string, Source>(StringComparer.Ordinal);
        var seenAt = new Dictionary<string, string>(StringComparer.Ordinal);
        var validator = new SourceDocumentValidator();
        foreach (var document in documents)
        {
            foreach (var draft in document.Sources)
            {
                var valid = Validators.Check(validator, draft, document.File, draft.Path, errors);
                if (draft.Id is { Length: > 0 } id && seenAt.TryGetValue(id, out var first))
                {
                    errors.Add(new ClaimSetError(document.File, $"{draft.Path}.id", ClaimSetErrorCodes.DuplicateId,
                        $"Source id '{id}' is already used by {first}; source ids must be unique across all files loaded together."));
                    continue;
                }

                if (draft.Id is { Length: > 0 } newId)
                {
                    seenAt[newId] = $"{document.File}: {draft.Path}";
                }

                if (valid)
                {
                    sources[draft.Id!] = new Source(draft.Id!, draft.Title!, PartialDate.Parse(draft.Published!).Value)
                    {
                        Publisher = draft.Publisher,
                        Url = draft.Url is null ? null : new Uri(draft.Url),
                        Trust = draft.Trust,
                        Note = draft.Note,
                    };
                }
            }
        }

        return sources;
    }

    private Claim? Resolve(ClaimDocument draft, string file, Source source, PropertyVocabulary vocabulary, QuantityParser quantities, List<ClaimSetError> errors)
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
                value = ResolveValue(draft, property, vocabulary, quantities, out problem);
            }
            else
            {
                var key = (draft.Value.Text!, draft.Unit, property);
                if (!values.TryGetValue(key, out var known))
                {
                    known.Value = ResolveValue(draft, property, vocabulary, quantities, out known.Problem);
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
    private static ClaimValue? ResolveValue(ClaimDocument draft, PropertyDefinition property, PropertyVocabulary vocabulary, QuantityParser quantities, out Problem? problem)
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

    private static PropertyDefinition ToDefinition(PropertyDocument draft)
    {
        var kind = FormatNames.TryParseValueKind(draft.Type, out var k) ? k : throw new InvalidOperationException($"Property '{draft.Id}' was not validated.");
        return new PropertyDefinition(draft.Id, kind)
        {
            Dimension = draft.Dimension is not null && FormatNames.TryParseDimension(draft.Dimension, out var dimension) ? dimension : null,
            Cumulative = draft.Cumulative,
            SingleValued = draft.SingleValued,
            Functional = draft.Functional,
            SumOf = [.. draft.SumOf],
            AtMost = draft.AtMost,
            NotAfter = draft.NotAfter,
            Description = draft.Description,
        };
    }

    internal static PropertyDocument ToDocument(PropertyDefinition property)
    {
        var document = new PropertyDocument
        {
            Id = property.Id,
            Path = $"vocabulary.properties.{property.Id}",
            Type = FormatNames.Name(property.ValueKind),
            Dimension = property.Dimension is { } d ? FormatNames.Name(d) : null,
            Cumulative = property.Cumulative,
            SingleValued = property.SingleValued,
            Functional = property.Functional,
            AtMost = property.AtMost,
            NotAfter = property.NotAfter,
            Description = property.Description,
        };
        document.SumOf.AddRange(property.SumOf);
        return document;
    }

    private readonly record struct Problem(string Path, string Code, string Message);
}
