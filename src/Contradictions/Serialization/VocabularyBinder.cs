using System.Collections.Immutable;
using Contradictions.Quantities;
using Contradictions.Validation;
using Contradictions.Vocabulary;

namespace Contradictions.Serialization;

/// <summary>
/// A vocabulary of the claim-set format: its properties read into <see cref="PropertyDefinition"/>s and its units into
/// <see cref="Unit"/>s, field by field; then, across every file loaded and the configured vocabulary, the units'
/// bases and the properties' relations are checked (<see cref="PropertyDefinitionValidator"/>, which checks the
/// configured and the built vocabularies too) and everything merged into one <see cref="PropertyVocabulary"/>.
/// </summary>
internal static class VocabularyBinder
{
    public const int Properties = 0, Units = 1, ExchangeRates = 2, Origins = 3;
    public const int RateFrom = 0, RateTo = 1, Rate = 2, RateOn = 3;
    public const int Type = 0, Dimension = 1, Cumulative = 2, Timeless = 3, OneValueAtATime = 4, SumOf = 5, AtMost = 6, NotAfter = 7, Description = 8;
    public const int UnitDimension = 0, Factor = 1, Base = 2, Aliases = 3;

    private static readonly string KindList = string.Join(", ", FormatNames.ValueKinds);
    private static readonly string DimensionList = string.Join(", ", FormatNames.Dimensions);

    public static JsonShape Shape { get; } = new(
        "vocabulary",
        new("properties", JsonTypes.Object, "an object"),
        new("units", JsonTypes.Object, "an object"),
        new("exchangeRates", JsonTypes.Array, "an array"),
        new("origins", JsonTypes.Object, "an object of names, each with an array of its other names"));

    public static JsonShape RateShape { get; } = new(
        "exchange rate",
        new("from", JsonTypes.String | JsonTypes.Null, "a string", "An exchange rate needs the currency it prices (\"from\": \"EUR\")."),
        new("to", JsonTypes.String | JsonTypes.Null, "a string", "An exchange rate needs the currency it prices in (\"to\": \"USD\")."),
        new("rate", JsonTypes.Number, "a positive number", "An exchange rate needs its rate: how many of \"to\" one \"from\" bought."),
        new("on", JsonTypes.String | JsonTypes.Null, "a string", "An exchange rate needs its day (\"on\": \"yyyy-MM-dd\")."));

    /// <summary>An exchange rate as read, checked against the units once every file's units are known.</summary>
    public sealed record ReadRate(string Path, string File, string From, string To, decimal Rate, NodaTime.LocalDate On);

    /// <summary>An origin's other name as read: <c>vocabulary.origins.&lt;Origin&gt;[i]</c>.</summary>
    public sealed record ReadAlias(string Path, string File, string Alias, string Origin);

    public static JsonShape PropertyShape { get; } = new(
        "property",
        new("type", JsonTypes.String | JsonTypes.Null, "a string", $"A property needs a type: {KindList}."),
        new("dimension", JsonTypes.String | JsonTypes.Null, "a string"),
        new("cumulative", JsonTypes.Boolean, "true or false"),
        new("singleValued", JsonTypes.Boolean, "true or false"),
        new("functional", JsonTypes.Boolean, "true or false"),
        new("sumOf", JsonTypes.Array, "an array"),
        new("atMost", JsonTypes.String | JsonTypes.Null, "a string"),
        new("notAfter", JsonTypes.String | JsonTypes.Null, "a string"),
        new("description", JsonTypes.String | JsonTypes.Null, "a string"));

    public static JsonShape UnitShape { get; } = new(
        "unit",
        new("dimension", JsonTypes.String | JsonTypes.Null, "a string", $"A unit needs a dimension: {DimensionList}."),
        new("factor", JsonTypes.Number, "a number"),
        new("base", JsonTypes.String | JsonTypes.Null, "a string"),
        new("aliases", JsonTypes.Array, "an array"));

    /// <summary>A property as read: its definition, or <c>null</c> when its type could not be read.</summary>
    public sealed record ReadProperty(string Id, string Path, string File, PropertyDefinition? Definition);

    /// <summary>A unit as read: <see cref="Unit"/> is made once every file's units are known, since a base may be declared later.</summary>
    public sealed record ReadUnit(string Id, string Path, string File, Quantities.Dimension? Dimension, decimal Factor, string? Base, IReadOnlyList<string> Aliases, bool Valid);

    public static void Read(ref JsonCursor cursor, LoadErrors errors, List<ReadProperty> properties, List<ReadUnit> units, List<ReadRate> rates, List<ReadAlias> aliases)
    {
        const string path = "vocabulary";
        if (!cursor.IsObject(path))
        {
            return;
        }

        var seen = 0L;
        while (cursor.Next(Shape, path, ref seen) is var section and >= 0)
        {
            var sectionPath = JsonWording.Join(path, Shape[section].Name);
            if (section == ExchangeRates)
            {
                for (var i = 0; cursor.NextItem(); i++)
                {
                    if (ReadRateFields(ref cursor, JsonWording.Index(sectionPath, i), errors) is { } rate)
                    {
                        rates.Add(rate);
                    }
                }

                continue;
            }

            if (section == Origins)
            {
                while (cursor.NextEntry(out var origin))
                {
                    var entryPath = $"{sectionPath}.{origin}";
                    if (cursor.Token != System.Text.Json.JsonTokenType.StartArray)
                    {
                        cursor.WrongType(entryPath, "an array of the origin's other names");
                        continue;
                    }

                    var names = cursor.Strings(entryPath);
                    for (var i = 0; i < names.Count; i++)
                    {
                        if (string.IsNullOrWhiteSpace(origin) || string.IsNullOrWhiteSpace(names[i]))
                        {
                            errors.Add(JsonWording.Index(entryPath, i), ClaimSetErrorCodes.Required, "An origin and each of its other names need some text.");
                            continue;
                        }

                        aliases.Add(new(JsonWording.Index(entryPath, i), errors.File, names[i].Trim(), origin.Trim()));
                    }
                }

                continue;
            }

            while (cursor.NextEntry(out var id))
            {
                var entryPath = $"{sectionPath}.{id}";
                if (!cursor.IsObject(entryPath))
                {
                    continue;
                }

                if (section == Properties)
                {
                    properties.Add(new(id, entryPath, errors.File, ReadPropertyFields(ref cursor, id, entryPath, errors)));
                }
                else
                {
                    units.Add(ReadUnitFields(ref cursor, id, entryPath, errors));
                }
            }
        }
    }

    private static ReadRate? ReadRateFields(ref JsonCursor cursor, string path, LoadErrors errors)
    {
        if (!cursor.IsObject(path))
        {
            return null;
        }

        string? from = null, to = null, on = null;
        decimal? rate = null;
        var seen = 0L;
        var before = errors.Count;
        while (cursor.Next(RateShape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case RateFrom: from = cursor.String(); break;
                case RateTo: to = cursor.String(); break;
                case Rate: rate = cursor.Decimal(JsonWording.Join(path, "rate")); break;
                case RateOn: on = cursor.String(); break;
            }
        }

        RateShape.ReportMissing(
            (string.IsNullOrWhiteSpace(from) ? 0 : 1L << RateFrom) | (string.IsNullOrWhiteSpace(to) ? 0 : 1L << RateTo) |
            (rate is null ? 0 : 1L << Rate) | (string.IsNullOrWhiteSpace(on) ? 0 : 1L << RateOn),
            path,
            errors);
        if (rate is <= 0)
        {
            errors.Add(JsonWording.Join(path, "rate"), ClaimSetErrorCodes.OutOfRange, $"A rate is positive, not {rate}.");
        }

        var day = default(NodaTime.LocalDate);
        if (on is not null && Time.PartialDate.Parse(on) is var parsed)
        {
            if (!parsed.TryGetValue(out var date) || date.Precision != Time.TimePrecision.Day)
            {
                errors.Add(JsonWording.Join(path, "on"), ClaimSetErrorCodes.InvalidDate, parsed.Error?.Message ?? $"A rate is for one day (yyyy-MM-dd), not '{on}'.");
            }
            else
            {
                day = date.Earliest;
            }
        }

        if (from is not null && to is not null && string.Equals(from.Trim(), to.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(JsonWording.Join(path, "to"), ClaimSetErrorCodes.OutOfRange, $"An exchange rate converts between two currencies, not '{from}' into itself.");
        }

        return errors.Count > before ? null : new ReadRate(path, errors.File, from!.Trim(), to!.Trim(), rate!.Value, day);
    }

    private static PropertyDefinition? ReadPropertyFields(ref JsonCursor cursor, string id, string path, LoadErrors errors)
    {
        string? type = null, dimension = null, atMost = null, notAfter = null, description = null;
        bool cumulative = false, singleValued = false, functional = false;
        List<string> sumOf = [];
        var seen = 0L;
        while (cursor.Next(PropertyShape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case Type: type = cursor.String(); break;
                case Dimension: dimension = cursor.String(); break;
                case Cumulative: cumulative = cursor.Boolean(); break;
                case Timeless: singleValued = cursor.Boolean(); break;
                case OneValueAtATime: functional = cursor.Boolean(); break;
                case SumOf: sumOf = cursor.Strings(JsonWording.Join(path, "sumOf")); break;
                case AtMost: atMost = cursor.String(); break;
                case NotAfter: notAfter = cursor.String(); break;
                case Description: description = cursor.String(); break;
            }
        }

        PropertyShape.ReportMissing(string.IsNullOrWhiteSpace(type) ? 0 : 1L << Type, path, errors);
        ValueKind kind = default;
        if (!string.IsNullOrWhiteSpace(type) && !FormatNames.TryParseValueKind(type, out kind))
        {
            errors.Add(JsonWording.Join(path, "type"), ClaimSetErrorCodes.WrongType, $"Unknown property type '{type}'; expected one of: {KindList}.");
            type = null;
        }

        Quantities.Dimension? parsedDimension = null;
        if (dimension is not null)
        {
            parsedDimension = ParseDimension(dimension, JsonWording.Join(path, "dimension"), errors);
        }

        return string.IsNullOrWhiteSpace(type) ? null : new PropertyDefinition(id, kind)
        {
            Dimension = parsedDimension,
            Cumulative = cumulative,
            Timeless = singleValued,
            OneValueAtATime = functional,
            SumOf = [.. sumOf],
            AtMost = atMost,
            NotAfter = notAfter,
            Description = description,
        };
    }

    private static ReadUnit ReadUnitFields(ref JsonCursor cursor, string id, string path, LoadErrors errors)
    {
        string? dimension = null, baseId = null;
        decimal factor = 1m;
        List<string> aliases = [];
        var seen = 0L;
        var before = errors.Count;
        while (cursor.Next(UnitShape, path, ref seen) is var field and >= 0)
        {
            switch (field)
            {
                case UnitDimension: dimension = cursor.String(); break;
                case Factor: factor = cursor.Decimal(JsonWording.Join(path, "factor")) ?? 1m; break;
                case Base: baseId = cursor.String(); break;
                case Aliases: aliases = cursor.Strings(JsonWording.Join(path, "aliases")); break;
            }
        }

        UnitShape.ReportMissing(string.IsNullOrWhiteSpace(dimension) ? 0 : 1L << UnitDimension, path, errors);
        var parsed = string.IsNullOrWhiteSpace(dimension) ? null : ParseDimension(dimension, JsonWording.Join(path, "dimension"), errors);
        if (factor <= 0)
        {
            errors.Add(JsonWording.Join(path, "factor"), ClaimSetErrorCodes.OutOfRange, "A unit's factor to its base must be positive.");
        }

        return new(id, path, errors.File, parsed, factor, baseId, aliases, errors.Count == before);
    }

    private static Quantities.Dimension? ParseDimension(string text, string path, LoadErrors errors)
    {
        if (FormatNames.TryParseDimension(text, out var dimension))
        {
            return dimension;
        }

        errors.Add(path, ClaimSetErrorCodes.WrongType, $"Unknown dimension '{text}'; expected one of: {DimensionList}.");
        return null;
    }

    /// <summary>
    /// Merges the configured vocabulary with the units and properties read from every file (the first declaration of
    /// an id counts; a property repeated with another definition is a conflict), checking each as it goes.
    /// </summary>
    public static PropertyVocabulary Merge(PropertyVocabulary configured, IReadOnlyList<ReadUnit> units, IReadOnlyList<ReadProperty> properties, IReadOnlyList<ReadRate> rates, IReadOnlyList<ReadAlias> aliases, List<ClaimSetError> errors)
    {
        var vocabulary = configured;

        // Other names of origins: one name each (an alias given to two origins is a conflict; the first counts).
        foreach (var alias in aliases)
        {
            var canonical = vocabulary.CanonicalOrigin(alias.Alias);
            if (canonical == alias.Alias || Checking.Provenance.Key(canonical) == Checking.Provenance.Key(alias.Origin))
            {
                vocabulary = canonical == alias.Alias ? vocabulary.WithOriginAlias(alias.Alias, alias.Origin) : vocabulary;
            }
            else
            {
                errors.Add(new ClaimSetError(alias.File, alias.Path, ClaimSetErrorCodes.VocabularyConflict,
                    $"'{alias.Alias}' is already another name of '{canonical}'; a name can stand for one origin only."));
            }
        }

        // Units first: properties and claims may use them.
        var declared = new HashSet<string>(units.Select(u => u.Id), StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            if (unit.Base is { } b && !string.Equals(b, unit.Id, StringComparison.Ordinal) && !configured.Units.TryGetUnit(b, out _) && !declared.Contains(b))
            {
                errors.Add(new ClaimSetError(unit.File, $"{unit.Path}.base", ClaimSetErrorCodes.UnknownUnit, $"The base unit '{b}' is not known."));
            }
            else if (unit is { Valid: true, Dimension: { } dimension })
            {
                var baseId = unit.Base is { } known && vocabulary.Units.TryGetUnit(known, out var found) ? found.Id : unit.Base;
                vocabulary = vocabulary.With(new Unit(unit.Id, dimension, unit.Factor, baseId, unit.Aliases));
            }
        }

        // Rates join two currencies the units know.
        foreach (var rate in rates)
        {
            var from = vocabulary.Units.TryGetUnit(rate.From, out var f) ? f : null;
            var to = vocabulary.Units.TryGetUnit(rate.To, out var t) ? t : null;
            foreach (var (unit, name, field) in new[] { (from, rate.From, "from"), (to, rate.To, "to") })
            {
                if (unit is not { Dimension: Quantities.Dimension.Currency })
                {
                    errors.Add(new ClaimSetError(rate.File, $"{rate.Path}.{field}", ClaimSetErrorCodes.UnknownUnit, unit is null
                        ? $"Unknown currency '{name}'; declare it under vocabulary.units (dimension currency) or use a built-in one (USD, EUR, GBP, …)."
                        : $"'{name}' is not a currency ({FormatNames.Name(unit.Dimension)}); exchange rates join currencies."));
                }
            }

            if (from is { Dimension: Quantities.Dimension.Currency } && to is { Dimension: Quantities.Dimension.Currency } && from.Id != to.Id)
            {
                vocabulary = vocabulary.With(new ExchangeRate(from.Id, to.Id, rate.Rate, rate.On));
            }
        }

        // What each relation may name: every property declared anywhere (its kind unknown when its type was not read).
        var kinds = new Dictionary<string, ValueKind?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            kinds.TryAdd(property.Id, property.Definition?.ValueKind);
        }

        foreach (var (id, property) in configured.Properties)
        {
            kinds.TryAdd(id, property.ValueKind);
        }

        var validator = new PropertyDefinitionValidator(kinds);
        var definedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in properties)
        {
            if (read.Definition is not { } definition || !validator.Check(definition, read.File, read.Path, errors))
            {
                continue;
            }

            if (vocabulary.TryGetProperty(read.Id, out var existing))
            {
                if (!existing.Equals(definition))
                {
                    var where = definedIn.TryGetValue(read.Id, out var first) ? first : "the configured vocabulary";
                    errors.Add(new ClaimSetError(read.File, read.Path, ClaimSetErrorCodes.VocabularyConflict,
                        $"Property '{read.Id}' is defined differently in {where}; a property may be repeated across files only with an identical definition."));
                }

                continue;
            }

            vocabulary = vocabulary.With(definition);
            definedIn[read.Id] = $"{read.File}: {read.Path}";
        }

        return vocabulary;
    }

    /// <summary>The properties as the format writes them, for the builder, which takes typed definitions.</summary>
    public static ImmutableArray<ReadProperty> FromDefinitions(IEnumerable<PropertyDefinition> definitions, string file) =>
        [.. definitions.Select(d => new ReadProperty(d.Id, $"vocabulary.properties.{d.Id}", file, d))];
}
