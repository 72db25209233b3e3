using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Parsing;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// A claim of the claim-set format: its fields read from UTF-8 (or given by the builder) into a <see cref="ClaimDraft"/>,
/// then checked — each rule once: required fields, the source and property it names, the value's shape against the
/// property's type, the unit against its dimension, the time's and the span's shape — and resolved against its
/// source's publication date into a <see cref="Claim"/>. Every problem is reported at its path with the claim's id.
/// </summary>
/// <remarks>
/// One instance serves one thread (<see cref="ClaimSetCompiler"/> makes one per worker): everything it shares is
/// immutable; its caches and string pool are its own. Claims of a load repeat their expressions ("in September",
/// "about 400") and names, so each expression is parsed once and resolved once per anchor (a calendar date once for
/// all), each value written as text once per (text, unit, property), and equal validities are shared.
/// </remarks>
internal sealed class ClaimBinder
{
    public const int Id = 0, Source = 1, Origin = 2, Subject = 3, Property = 4, Value = 5, Unit = 6, Time = 7, Negated = 8, Quote = 9, Span = 10, Note = 11, Revises = 12, Draft = 13;
    public const int Drafter = 0, Confidence = 1, Mentions = 2;
    public const int MentionKind = 0, MentionStart = 1, MentionEnd = 2;
    public const int Amount = 0, Qualifier = 1, Min = 2, Max = 3, Date = 4, Entity = 5;
    public const int AsOf = 0, From = 1, To = 2;
    public const int Start = 0, End = 1;

    private const JsonTypes Text = JsonTypes.String | JsonTypes.Null;

    public static JsonShape Shape { get; } = new(
        "claim",
        new("id", Text, "a string", "A claim needs an id."),
        new("source", Text, "a string", "A claim needs the id of its source."),
        new("origin", Text, "a string"),
        new("subject", Text, "a string", "A claim needs a subject (a canonical entity id)."),
        new("property", Text, "a string", "A claim needs a property."),
        new("value", JsonTypes.String | JsonTypes.Number | JsonTypes.Object, "a string expression or an object such as { \"amount\": 11000, \"qualifier\": \"approximately\" }", "A claim needs a value."),
        new("unit", Text, "a string"),
        new("time", JsonTypes.String | JsonTypes.Object, "a string expression, { \"asOf\": … } or { \"from\": …, \"to\": … }"),
        new("negated", JsonTypes.Boolean, "true or false"),
        new("quote", Text, "a string"),
        new("span", JsonTypes.Object, "an object"),
        new("note", Text, "a string"),
        new("revises", Text, "a string (the id of the claim this one revises)"),
        new("draft", JsonTypes.Object, "an object ({ \"drafter\": …, \"confidence\": …, \"mentions\": […] })"));

    public static JsonShape DraftShape { get; } = new(
        "draft",
        new("drafter", Text, "a string", "A draft names the drafter that proposed it."),
        new("confidence", JsonTypes.Number, "a number from 0 to 1", "A draft says how sure its drafter is (\"confidence\": 0 to 1)."),
        new("mentions", JsonTypes.Array, "an array"));

    public static JsonShape MentionShape { get; } = new(
        "mentionReference",
        new("kind", Text, "a string", "A mention needs its kind."),
        new("start", JsonTypes.Number, "a whole number of characters", "A mention needs its start and end."),
        new("end", JsonTypes.Number, "a whole number of characters", "A mention needs its start and end."));

    public static JsonShape ValueShape { get; } = new(
        "value",
        new("amount", JsonTypes.Number, "a number"),
        new("qualifier", Text, "a string"),
        new("min", JsonTypes.Number, "a number"),
        new("max", JsonTypes.Number, "a number"),
        new("date", Text, "a string"),
        new("entity", Text, "a string"));

    public static JsonShape TimeShape { get; } = new("time", new("asOf", Text, "a string"), new("from", Text, "a string"), new("to", Text, "a string"));

    public static JsonShape SpanShape { get; } = new(
        "span",
        new("start", JsonTypes.Number, "a whole number of characters", "A span needs both \"start\" and \"end\" (character offsets, end exclusive)."),
        new("end", JsonTypes.Number, "a whole number of characters", "A span needs both \"start\" and \"end\" (character offsets, end exclusive)."));

    private readonly ContradictionOptions options;
    private readonly TimeExpressionResolver resolver;
    private readonly PropertyVocabulary vocabulary;
    private readonly Dictionary<string, Source> sources;
    private readonly Dictionary<string, Source>.AlternateLookup<ReadOnlySpan<char>> sourcesBySpan;
    private readonly IReadOnlyDictionary<string, string> invalidSources;
    private readonly QuantityParser quantities;
    private readonly StringPool strings = new();
    private readonly ClaimDraft reused = new();
    private readonly Dictionary<(string Text, PartialDate Anchor), ParseResult<ResolvedTime>> resolved = [];
    private readonly Dictionary<string, ParseResult<TimeExpression>> parsed = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Text, string? Unit, PropertyDefinition Property), (ClaimValue? Value, Problem? Problem)> values = [];
    private readonly Dictionary<(ResolvedTime? Time, PartialDate Anchor, ValidityKind Kind), Validity> validities = [];

    /// <param name="options">The load's options.</param>
    /// <param name="resolver">Resolves time expressions.</param>
    /// <param name="vocabulary">The merged vocabulary.</param>
    /// <param name="sources">The valid sources of every file.</param>
    /// <param name="invalidSources">Sources defined but invalid, with where: a claim naming one is told so, not that it is unknown.</param>
    public ClaimBinder(ContradictionOptions options, TimeExpressionResolver resolver, PropertyVocabulary vocabulary, Dictionary<string, Source> sources, IReadOnlyDictionary<string, string> invalidSources)
    {
        this.options = options;
        this.resolver = resolver;
        this.vocabulary = vocabulary;
        this.sources = sources;
        sourcesBySpan = sources.GetAlternateLookup<ReadOnlySpan<char>>();
        this.invalidSources = invalidSources;
        quantities = new QuantityParser(vocabulary.Units) { MaximumLength = options.Limits.MaxExpressionLength };
    }

    /// <summary>
    /// Reads and binds the claim whose JSON is <paramref name="json"/>. Returns the claim, or <c>null</c> when it has
    /// problems; <paramref name="id"/> is its id either way (for the duplicate check) and <paramref name="malformed"/>
    /// tells whether reading already reported its fields.
    /// </summary>
    public Claim? Bind(ReadOnlySpan<byte> json, int index, ClaimLocation location, LoadErrors errors, out string? id, out bool malformed)
    {
        var draft = reused;
        draft.Reset(JsonWording.Index("claims", index), location);
        var before = errors.Count;
        errors.ClaimId = null;
        Read(new JsonCursor(json, options.Limits.MaxDepth, errors, strings), draft, sourcesBySpan);
        draft.Malformed = errors.Count > before;
        errors.TagSince(before, draft.Id);
        (id, malformed) = (draft.Id, draft.Malformed);
        return draft.Malformed ? null : Bind(draft, errors);
    }

    private static void Read(JsonCursor cursor, ClaimDraft claim, Dictionary<string, Source>.AlternateLookup<ReadOnlySpan<char>> sources)
    {
        var path = claim.Path;
        if (!cursor.IsObject(path))
        {
            return;
        }

        var seen = 0L;
        while (cursor.Next(Shape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case Id: claim.Id = cursor.String(); break;
                case Source: (claim.Source, claim.KnownSource) = cursor.Find(sources); break;
                case Origin: claim.Origin = cursor.String(pooled: true); break;
                case Subject: claim.Subject = cursor.String(pooled: true); break;
                case Property: claim.Property = cursor.String(pooled: true); break;
                case Unit: claim.Unit = cursor.String(pooled: true); break;
                case Quote: claim.Quote = cursor.String(); break;
                case Note: claim.Note = cursor.String(); break;
                case Revises: claim.Revises = cursor.String(); break;
                case Negated: claim.Negated = cursor.Boolean(); break;
                case Value: ReadValue(ref cursor, claim, JsonWording.Join(path, "value")); break;
                case Time: ReadTime(ref cursor, claim, JsonWording.Join(path, "time")); break;
                case Span: ReadSpan(ref cursor, claim, JsonWording.Join(path, "span")); break;
                case Draft: claim.Draft = ReadDraft(ref cursor, JsonWording.Join(path, "draft")); break;
            }
        }
    }

    private static void ReadValue(ref JsonCursor cursor, ClaimDraft claim, string path)
    {
        claim.HasValue = true;
        if (cursor.Token == System.Text.Json.JsonTokenType.String)
        {
            claim.ValueText = cursor.String(pooled: true);
            return;
        }

        claim.ValueIsObject = true;
        if (cursor.Token == System.Text.Json.JsonTokenType.Number)
        {
            claim.Amount = cursor.Decimal(path);
            claim.HasValue = claim.Amount is not null;
            return;
        }

        var seen = 0L;
        while (cursor.Next(ValueShape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case Amount: claim.Amount = cursor.Decimal(JsonWording.Join(path, "amount")); break;
                case Qualifier: claim.Qualifier = cursor.String(pooled: true); break;
                case Min: claim.Min = cursor.Decimal(JsonWording.Join(path, "min")); break;
                case Max: claim.Max = cursor.Decimal(JsonWording.Join(path, "max")); break;
                case Date: claim.Date = cursor.String(pooled: true); break;
                case Entity: claim.Entity = cursor.String(pooled: true); break;
            }
        }
    }

    private static void ReadTime(ref JsonCursor cursor, ClaimDraft claim, string path)
    {
        claim.HasTime = true;
        if (cursor.Token == System.Text.Json.JsonTokenType.String)
        {
            claim.TimeText = cursor.String(pooled: true);
            return;
        }

        claim.TimeIsObject = true;
        var seen = 0L;
        while (cursor.Next(TimeShape, path, ref seen) is var field and >= 0)
        {
            var text = cursor.String(pooled: true);
            _ = field switch { AsOf => claim.AsOf = text, From => claim.From = text, _ => claim.To = text };
        }
    }

    private static void ReadSpan(ref JsonCursor cursor, ClaimDraft claim, string path)
    {
        claim.HasSpan = true;
        var seen = 0L;
        while (cursor.Next(SpanShape, path, ref seen) is var field and >= 0)
        {
            var offset = cursor.Int64(JsonWording.Join(path, SpanShape[field].Name), SpanShape[field].Expected);
            _ = field == Start ? claim.SpanStart = offset : claim.SpanEnd = offset;
        }
    }

    private static DraftMark? ReadDraft(ref JsonCursor cursor, string path)
    {
        string? drafter = null;
        double? confidence = null;
        var mentions = ImmutableArray.CreateBuilder<MentionReference>();
        var seen = 0L;
        var valid = true;
        while (cursor.Next(DraftShape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case Drafter: drafter = cursor.String(); break;
                case Confidence: confidence = cursor.Double(JsonWording.Join(path, "confidence"), DraftShape[Confidence].Expected); break;
                default:
                    for (var i = 0; cursor.NextItem(); i++)
                    {
                        var itemPath = JsonWording.Index(JsonWording.Join(path, "mentions"), i);
                        if (!cursor.IsObject(itemPath))
                        {
                            valid = false;
                            continue;
                        }

                        string? kind = null;
                        long? start = null, end = null;
                        var itemSeen = 0L;
                        while (cursor.Next(MentionShape, itemPath, ref itemSeen) is var item and >= 0)
                        {
                            switch (item)
                            {
                                case MentionKind: kind = cursor.String(); break;
                                case MentionStart: start = cursor.Int64(JsonWording.Join(itemPath, "start"), MentionShape[item].Expected); break;
                                default: end = cursor.Int64(JsonWording.Join(itemPath, "end"), MentionShape[item].Expected); break;
                            }
                        }

                        if (string.IsNullOrWhiteSpace(kind) || start is not { } s || end is not { } e || s < 0 || e < s || e > int.MaxValue)
                        {
                            cursor.Report(itemPath, ClaimSetErrorCodes.InvalidSpan, "A mention needs its kind and a span (0 ≤ start ≤ end).");
                            valid = false;
                            continue;
                        }

                        mentions.Add(new MentionReference(kind, new TextSpan((int)s, (int)e)));
                    }

                    break;
            }
        }

        var present = (string.IsNullOrWhiteSpace(drafter) ? 0 : 1L << Drafter) | (confidence is null ? 0 : 1L << Confidence);
        cursor.ReportMissing(DraftShape, present, path);
        if (confidence is < 0 or > 1)
        {
            cursor.Report(JsonWording.Join(path, "confidence"), ClaimSetErrorCodes.OutOfRange, $"A confidence is a number from 0 to 1, not {confidence}.");
        }

        if (present != ((1L << Drafter) | (1L << Confidence)) || confidence is < 0 or > 1)
        {
            return null;
        }

        return valid ? new DraftMark(drafter!, confidence!.Value, mentions.ToImmutable()) : null;
    }

    /// <summary>Checks and resolves a draft whose fields were read without problems (or given by the builder).</summary>
    public Claim? Bind(ClaimDraft draft, LoadErrors errors)
    {
        var before = errors.Count;
        errors.ClaimId = draft.Id;
        var path = draft.Path;
        var present = (Blank(draft.Id) ? 0 : 1L << Id) | (Blank(draft.Source) ? 0 : 1L << Source) | (Blank(draft.Subject) ? 0 : 1L << Subject)
            | (Blank(draft.Property) ? 0 : 1L << Property) | (draft.HasValue ? 1L << Value : 0);
        Shape.ReportMissing(present, path, errors);

        var source = draft.KnownSource;
        if (source is null && !Blank(draft.Source) && !sources.TryGetValue(draft.Source!, out source))
        {
            errors.Add(JsonWording.Join(path, "source"), ClaimSetErrorCodes.UnknownSource, invalidSources.TryGetValue(draft.Source!, out var where)
                ? $"Source '{draft.Source}' is defined in {where}, but is invalid (see the errors there)."
                : $"Source '{draft.Source}' is not defined in any file loaded{DidYouMean(draft.Source!, sources.Keys, sources.Count)}; known sources: {List(sources.Keys)}.");
        }

        PropertyDefinition? property = null;
        if (!Blank(draft.Property) && !vocabulary.TryGetProperty(draft.Property!, out property))
        {
            errors.Add(JsonWording.Join(path, "property"), ClaimSetErrorCodes.UnknownProperty,
                $"Property '{draft.Property}' is not in the vocabulary{DidYouMean(draft.Property!, vocabulary.Properties.Keys, vocabulary.Properties.Count)}; known properties: {List(vocabulary.Properties.Keys)}.");
        }

        if (draft.HasValue && property is not null)
        {
            CheckValue(draft, property, errors);
        }

        CheckUnit(draft, property, errors);
        CheckTime(draft, errors);
        CheckSpan(draft, errors);
        return errors.Count > before ? null : Resolve(draft, source!, property!, errors, before);
    }

    private Claim? Resolve(ClaimDraft draft, Source source, PropertyDefinition property, LoadErrors errors, int before)
    {
        ClaimValue? value = draft.TypedValue;
        if (value is not null)
        {
            CheckTypedValue(draft, value, property, errors);
        }
        else if (property.ValueKind == ValueKind.Date)
        {
            var (text, field) = draft.ValueIsObject ? (draft.Date, "value.date") : (draft.ValueText, "value");
            value = ResolveTime(text, field, draft, source, errors) is { } date ? new DateValue(date) : null;
        }
        else if (draft.ValueIsObject)
        {
            // Not shared: object values are mostly distinct amounts, and a cache of them cost more than it saved
            // (benchmarks/RESULTS.md, round 8).
            value = ResolveValue(draft, property, out var problem);
            Report(problem, draft, errors);
        }
        else
        {
            var key = (draft.ValueText!, draft.Unit, property);
            if (!values.TryGetValue(key, out var known))
            {
                known.Value = ResolveValue(draft, property, out known.Problem);
                values.Add(key, known);
            }

            value = known.Value;
            Report(known.Problem, draft, errors);
        }

        var validity = draft.TypedValidity?.StatedOn(source.Published) ?? ResolveValidity(draft, source, errors);
        if (errors.Count > before || value is null || validity is null)
        {
            return null;
        }

        return new Claim(draft.Id!, source, draft.Subject!, property.Id, value, validity)
        {
            Origin = Blank(draft.Origin) ? null : vocabulary.CanonicalOrigin(draft.Origin!),
            Negated = draft.Negated,
            Quote = draft.Quote,
            Span = draft is { SpanStart: { } s, SpanEnd: { } e } ? new TextSpan((int)s, (int)e) : null,
            ValueText = draft.ValueIsObject ? null : draft.ValueText,
            Note = draft.Note,
            Revises = Blank(draft.Revises) ? null : draft.Revises,
            Location = draft.Location,
            Draft = draft.Draft,
        };
    }

    private Validity? ResolveValidity(ClaimDraft draft, Source source, LoadErrors errors)
    {
        if (!draft.HasTime)
        {
            return Shared(source.Published, ValidityKind.Publication, null);
        }

        if (!draft.TimeIsObject)
        {
            return ResolveTime(draft.TimeText, "time", draft, source, errors) is { } time ? Shared(source.Published, ValidityKind.Span, time) : null;
        }

        if (draft.AsOf is not null)
        {
            return ResolveTime(draft.AsOf, "time.asOf", draft, source, errors) is { } time ? Shared(source.Published, ValidityKind.AsOf, time) : null;
        }

        var before = errors.Count;
        var from = ResolveTime(draft.From, "time.from", draft, source, errors);
        var to = ResolveTime(draft.To, "time.to", draft, source, errors);
        if (errors.Count > before)
        {
            return null;
        }

        if (to is not null && from is not null && to.Widest.End < from.Widest.Start)
        {
            errors.Add(JsonWording.Join(draft.Path, "time"), ClaimSetErrorCodes.InvalidSpan, $"The validity ends ({to.Reading}) before it starts ({from.Reading}).");
            return null;
        }

        return Validity.Between(from, to, source.Published);
    }

    private ResolvedTime? ResolveTime(string? text, string field, ClaimDraft draft, Source source, LoadErrors errors)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > options.Limits.MaxExpressionLength)
        {
            errors.Add(JsonWording.Join(draft.Path, field), ClaimSetErrorCodes.LimitExceeded,
                $"The time expression is {text.Length} characters long; at most {options.Limits.MaxExpressionLength} are accepted (LoadLimits.MaxExpressionLength).");
            return null;
        }

        if (!parsed.TryGetValue(text, out var expression))
        {
            expression = TimeExpressionParser.Parse(text);
            parsed.Add(text, expression);
        }

        // A calendar date ("2022-11-28", "October 2024") reads the same under every source: one resolution for all.
        var anchor = expression.TryGetValue(out var parsedExpression) && parsedExpression is TimeExpression.Fixed ? default : source.Published;
        if (!resolved.TryGetValue((text, anchor), out var result))
        {
            result = resolver.Resolve(expression, text, source.Published);
            resolved[(text, anchor)] = result;
        }

        if (!result.TryGetValue(out var time))
        {
            errors.Add(JsonWording.Join(draft.Path, field), ClaimSetErrorCodes.InvalidExpression, $"{result.Error!.Message} (resolved against the source's publication date {source.Published})");
        }

        return time;
    }

    /// <summary>
    /// One <see cref="Validity"/> per publication date, and per resolved time and kind, within a load: many claims share
    /// their time, and a stated time is the same validity whichever source stated it.
    /// </summary>
    private Validity Shared(PartialDate published, ValidityKind kind, ResolvedTime? time)
    {
        var key = kind == ValidityKind.Publication ? (null, published, kind) : (time, default(PartialDate), kind);
        if (!validities.TryGetValue(key, out var validity))
        {
            validity = kind switch
            {
                ValidityKind.Publication => Validity.AtPublication(published),
                ValidityKind.AsOf => Validity.AsOf(time!),
                _ => Validity.FromExpression(time!),
            };
            validities.Add(key, validity);
        }

        return validity;
    }

    /// <summary>A quantity or an entity (dates are resolved as times); a problem instead when the value is not valid.</summary>
    private ClaimValue? ResolveValue(ClaimDraft draft, PropertyDefinition property, out Problem? problem)
    {
        problem = null;
        if (property.ValueKind != ValueKind.Quantity)
        {
            return new EntityValue((draft.ValueIsObject ? draft.Entity : draft.ValueText)!.Trim());
        }

        Unit? unit = draft.Unit is null ? null : vocabulary.Units.TryGetUnit(draft.Unit, out var u) ? u : null;
        Quantity? quantity;
        if (!draft.ValueIsObject)
        {
            var read = quantities.Parse(draft.ValueText!, unit);
            if (!read.TryGetValue(out quantity))
            {
                problem = new("value", ClaimSetErrorCodes.InvalidExpression, read.Error!.Message);
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

            quantity = draft.Min is { } min
                ? Quantity.Between(min, draft.Max!.Value, unit)
                : Quantity.From(draft.Amount!.Value, FormatNames.TryParseQualifier(draft.Qualifier, out var q) ? q : Quantities.Qualifier.Exact, unit);
        }

        // "unit": "person" counts items, and a report should still say "person".
        if (quantity.Noun is null && draft.Unit is { } named && quantity.Unit.Equals(UnitCatalog.Item) && !string.Equals(named.Trim(), UnitCatalog.Item.Id, StringComparison.OrdinalIgnoreCase))
        {
            quantity = quantity.WithNoun(named);
        }

        problem = DimensionProblem(draft.ValueText, quantity, property);
        return problem is null ? new QuantityValue(quantity) : null;
    }

    /// <summary>A problem when the quantity is not in the property's dimension; <paramref name="stated"/> is its text, if it was given as one.</summary>
    private static Problem? DimensionProblem(string? stated, Quantity quantity, PropertyDefinition property) =>
        property.Dimension is { } dimension && quantity.Unit.Dimension != dimension
            ? new("value", ClaimSetErrorCodes.WrongDimension,
                $"'{stated ?? quantity.ToString()}' is in '{quantity.Unit.Id}' ({FormatNames.Name(quantity.Unit.Dimension)}), but property '{property.Id}' is {FormatNames.WithArticle(FormatNames.Name(dimension))}; state {FormatNames.WithArticle(FormatNames.Name(dimension))} unit.")
            : null;

    /// <summary>A value made in code must fit its property as one read from a file must.</summary>
    private static void CheckTypedValue(ClaimDraft draft, ClaimValue value, PropertyDefinition property, LoadErrors errors)
    {
        var given = value switch { QuantityValue => ValueKind.Quantity, DateValue => ValueKind.Date, _ => ValueKind.Entity };
        if (given != property.ValueKind)
        {
            errors.Add(JsonWording.Join(draft.Path, "value"), ClaimSetErrorCodes.WrongValueKind,
                $"Property '{property.Id}' takes {FormatNames.Name(property.ValueKind)} values, but this is {FormatNames.WithArticle(FormatNames.Name(given))}; give {Expected(property.ValueKind)}.");
        }
        else if (value is QuantityValue { Quantity: var quantity })
        {
            Report(DimensionProblem(null, quantity, property), draft, errors);
        }
    }

    /// <summary>Checks a value's shape against its property, reporting every problem.</summary>
    private static void CheckValue(ClaimDraft value, PropertyDefinition property, LoadErrors errors)
    {
        var path = value.Path;
        var kind = FormatNames.Name(property.ValueKind);
        if (value.TypedValue is not null)
        {
            return;
        }

        if (!value.ValueIsObject)
        {
            if (string.IsNullOrWhiteSpace(value.ValueText))
            {
                errors.Add(JsonWording.Join(path, "value"), ClaimSetErrorCodes.Required, "The value is empty.");
            }

            return;
        }

        var isQuantity = value.Amount is not null || value.Min is not null || value.Max is not null || value.Qualifier is not null;
        var shapes = (isQuantity ? 1 : 0) + (value.Date is not null ? 1 : 0) + (value.Entity is not null ? 1 : 0);
        if (shapes != 1)
        {
            errors.Add(JsonWording.Join(path, "value"), shapes == 0 ? ClaimSetErrorCodes.Required : ClaimSetErrorCodes.WrongType, shapes == 0
                ? $"The value object is empty; {FormatNames.WithArticle(kind)} value needs {Expected(property.ValueKind)}."
                : "A value object holds one of: amount (with qualifier), min and max, date, or entity.");
            return;
        }

        var given = isQuantity ? ValueKind.Quantity : value.Date is not null ? ValueKind.Date : ValueKind.Entity;
        if (given != property.ValueKind)
        {
            errors.Add(JsonWording.Join(path, "value"), ClaimSetErrorCodes.WrongValueKind,
                $"Property '{property.Id}' takes {kind} values, but this is {FormatNames.WithArticle(FormatNames.Name(given))}; give {Expected(property.ValueKind)}.");
            return;
        }

        if (given != ValueKind.Quantity)
        {
            if (string.IsNullOrWhiteSpace(value.Date ?? value.Entity))
            {
                errors.Add($"{path}.value.{(value.Date is not null ? "date" : "entity")}", ClaimSetErrorCodes.Required, "The value is empty.");
            }

            return;
        }

        // An unknown qualifier is reported together with what follows.
        var qualifier = Quantities.Qualifier.Exact;
        if (value.Qualifier is not null && !FormatNames.TryParseQualifier(value.Qualifier, out qualifier))
        {
            errors.Add($"{path}.value.qualifier", ClaimSetErrorCodes.WrongType, $"Unknown qualifier '{value.Qualifier}'; expected one of: {string.Join(", ", FormatNames.Qualifiers)}.");
        }

        var (field, code, message) = (value.Min is not null || value.Max is not null) switch
        {
            true when value.Amount is not null || (value.Qualifier is not null && qualifier != Quantities.Qualifier.Range) =>
                ("value", ClaimSetErrorCodes.WrongType, "A range is { \"min\": …, \"max\": … } without an amount or another qualifier."),
            true when value.Min is null || value.Max is null =>
                ($"value.{(value.Min is null ? "min" : "max")}", ClaimSetErrorCodes.Required, "A range needs both \"min\" and \"max\"."),
            true when value.Min < 0 => ("value.min", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; min is {value.Min}."),
            true when value.Max < value.Min => ("value.max", ClaimSetErrorCodes.OutOfRange, $"The range ends ({value.Max}) below where it starts ({value.Min})."),
            true => (null, null, null),
            false when value.Amount is null => ("value.amount", ClaimSetErrorCodes.Required, "A quantity object needs an \"amount\"."),
            false when value.Amount < 0 => ("value.amount", ClaimSetErrorCodes.OutOfRange, $"Amounts cannot be negative; the amount is {value.Amount}."),
            false when qualifier == Quantities.Qualifier.Range => ("value.qualifier", ClaimSetErrorCodes.WrongType, "The qualifier 'range' goes with \"min\" and \"max\", not \"amount\"."),
            false => (null, null, null),
        };
        if (field is not null)
        {
            errors.Add($"{path}.{field}", code!, message!);
        }
    }

    private void CheckUnit(ClaimDraft claim, PropertyDefinition? property, LoadErrors errors)
    {
        if (claim.Unit is not { } name)
        {
            return;
        }

        var path = JsonWording.Join(claim.Path, "unit");
        if (!vocabulary.Units.TryGetUnit(name, out var unit))
        {
            var units = vocabulary.Units.Units;
            errors.Add(path, ClaimSetErrorCodes.UnknownUnit, $"Unknown unit '{name}'{DidYouMean(name, units.SelectMany(u => u.Aliases.Prepend(u.Id)), units.Length)}; declare it under vocabulary.units or use one of the built-in units (item, person, km, kg, percent, USD, …).");
        }
        else if (property is not null && property.ValueKind != ValueKind.Quantity)
        {
            errors.Add(path, ClaimSetErrorCodes.WrongValueKind, $"Property '{property.Id}' takes {FormatNames.Name(property.ValueKind)} values, which have no unit.");
        }
        else if (property?.Dimension is { } dimension && unit.Dimension != dimension)
        {
            errors.Add(path, ClaimSetErrorCodes.WrongDimension, $"Unit '{unit.Id}' measures {FormatNames.Name(unit.Dimension)}, but property '{property.Id}' is {FormatNames.WithArticle(FormatNames.Name(dimension))}.");
        }
    }

    private static void CheckTime(ClaimDraft time, LoadErrors errors)
    {
        var path = JsonWording.Join(time.Path, "time");
        if (time.TimeIsObject && time.AsOf is null && time.From is null && time.To is null)
        {
            errors.Add(path, ClaimSetErrorCodes.Required, "A time object needs \"asOf\", or \"from\" and/or \"to\".");
        }
        else if (time.AsOf is not null && (time.From is not null || time.To is not null))
        {
            errors.Add(path, ClaimSetErrorCodes.WrongType, "A time is either { \"asOf\": … } or { \"from\": …, \"to\": … }, not both.");
        }
        else if (time is { HasTime: true, TimeIsObject: false } && string.IsNullOrWhiteSpace(time.TimeText))
        {
            errors.Add(path, ClaimSetErrorCodes.Required, "The time expression is empty; omit \"time\" to mean the source's publication date.");
        }
    }

    private static void CheckSpan(ClaimDraft claim, LoadErrors errors)
    {
        if (!claim.HasSpan)
        {
            return;
        }

        var path = JsonWording.Join(claim.Path, "span");
        var (start, end) = (claim.SpanStart, claim.SpanEnd);
        if (start is null || end is null)
        {
            errors.Add(path, ClaimSetErrorCodes.Required, SpanShape[Start].Required!);
        }
        else if (start < 0 || end > int.MaxValue)
        {
            errors.Add(path, ClaimSetErrorCodes.OutOfRange, $"The span [{start}, {end}) is outside any text.");
        }
        else if (end < start)
        {
            errors.Add(path, ClaimSetErrorCodes.InvalidSpan, $"The span ends ({end}) before it starts ({start}).");
        }
        else if (claim.Quote is { } quote && quote.Length != end - start)
        {
            errors.Add(path, ClaimSetErrorCodes.InvalidSpan, $"The span [{start}, {end}) is {end - start} characters long but the quote is {quote.Length}; they must cover the same text.");
        }
    }

    private static void Report(Problem? problem, ClaimDraft draft, LoadErrors errors)
    {
        if (problem is var (field, code, message))
        {
            errors.Add(JsonWording.Join(draft.Path, field), code, message);
        }
    }

    private static string Expected(ValueKind kind) => kind switch
    {
        ValueKind.Quantity => "an amount such as \"approximately 11,000\" or { \"amount\": 11000, \"qualifier\": \"approximately\" }",
        ValueKind.Date => "a date expression such as \"2024-06-19\" or { \"date\": \"2024-06-19\" }",
        _ => "an entity id such as \"mark-rutte\" or { \"entity\": \"mark-rutte\" }",
    };

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);

    private static string List(IEnumerable<string> names)
    {
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return sorted.Count == 0 ? "(none)" : sorted.Count <= 12 ? string.Join(", ", sorted) : $"{string.Join(", ", sorted.Take(12))}, … ({sorted.Count} in all)";
    }

    /// <summary>One problem with a claim's value: the field's path below the claim, an error code, a message.</summary>
    /// <summary>
    /// " (did you mean 'x'?)", or nothing: a suggestion when a known name is close. Not looked for among more than
    /// <see cref="SuggestAmongAtMost"/> names, so that a file of mistakes cannot make loading quadratic.
    /// </summary>
    private static string DidYouMean(string name, IEnumerable<string> known, int count) =>
        count <= SuggestAmongAtMost && Spelling.Closest(name, known) is { } close ? $" (did you mean '{close}'?)" : string.Empty;

    private const int SuggestAmongAtMost = 10_000;

    private readonly record struct Problem(string Path, string Code, string Message);
}
