using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Claims;

/// <summary>
/// Builds a claim set in code, with everything the JSON format takes and the same checks and resolution, through
/// the same binders: values and times as expressions ("approximately 11,000", "in September", resolved against each
/// source's publication date) or typed (<see cref="ClaimValue"/>, <see cref="Validity"/>, with <see cref="AddTypedClaim"/>); claims of a set loaded from
/// JSON can be added to merge the two.
/// </summary>
/// <example>
/// <code>
/// var result = new ClaimSetBuilder()
///     .AddProperty(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
///     .AddSource("s1", "North Korea troops in Russia", "2025-10", publisher: "Example News")
///     .AddClaim("c1", "s1", "dprk-forces-in-russia", "killed", "roughly 2,000", time: "in September", origin: "South Korea NIS")
///     .Build();
/// </code>
/// </example>
public sealed class ClaimSetBuilder
{
    private const string Name = "(code)";
    private readonly ContradictionOptions options;
    private readonly ClaimSetFile file = new(Name) { DeclaredFormat = ClaimSetFile.FormatV1 };
    private readonly List<ClaimSetError> errors = [];

    /// <summary>Creates a builder; <paramref name="options"/> supply tolerances, time conventions and a base vocabulary.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message lists every problem.</exception>
    public ClaimSetBuilder(ContradictionOptions? options = null)
    {
        this.options = (options ?? new ContradictionOptions()).ValidatedSnapshot(nameof(options));
    }

    /// <summary>Adds a property to the claim set's vocabulary.</summary>
    public ClaimSetBuilder AddProperty(PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(property);
        file.Properties.Add(new(property.Id, $"vocabulary.properties.{property.Id}", Name, property));
        return this;
    }

    /// <summary>Adds a unit to the claim set's vocabulary.</summary>
    public ClaimSetBuilder AddUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        file.Units.Add(new(unit.Id, $"vocabulary.units.{unit.Id}", Name, unit.Dimension, unit.Factor, unit.BaseId, [.. unit.Aliases], Valid: true));
        return this;
    }

    /// <summary>Adds an exchange rate, so that figures in its two currencies are compared.</summary>
    public ClaimSetBuilder AddExchangeRate(ExchangeRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        file.ExchangeRates.Add(new(Serialization.JsonWording.Index("vocabulary.exchangeRates", file.ExchangeRates.Count), Name, rate.From, rate.To, rate.Rate, rate.On));
        return this;
    }

    /// <summary>Adds another name of an origin: claims citing <paramref name="alias"/> cite <paramref name="origin"/>.</summary>
    public ClaimSetBuilder AddOriginAlias(string alias, string origin)
    {
        file.OriginAliases.Add(new(Serialization.JsonWording.Index($"vocabulary.origins.{origin}", file.OriginAliases.Count), Name, alias, origin));
        return this;
    }

    /// <summary>Adds a source.</summary>
    /// <param name="id">The id claims cite.</param>
    /// <param name="title">The title.</param>
    /// <param name="published">The publication date: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> or <c>yyyy</c> when only that much is known, or the moment with its offset (<c>2025-03-18T14:05Z</c>).</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="url">Where it can be read: an absolute http(s) URL.</param>
    /// <param name="trust">A prior weight from 0 to 1.</param>
    /// <param name="note">A note for people.</param>
    public ClaimSetBuilder AddSource(string id, string title, string published, string? publisher = null, Uri? url = null, double? trust = null, string? note = null) =>
        AddSource(id, title, published, null, publisher, url, trust, note);

    /// <summary>
    /// Adds a source made in code (or taken from a loaded set). Its <see cref="Source.Text"/> is kept, to be written,
    /// but not read: a path is relative to the file the set will be written to, which the builder does not know.
    /// </summary>
    public ClaimSetBuilder AddSource(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AddSource(source.Id, source.Title, null, source.Published, source.Publisher, source.Url, source.Trust, source.Note, source.PublishedAt, source.Text);
    }

    /// <summary>Adds a claim whose value and time are expressions, as in a claim file.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="source">The id of the source that makes it.</param>
    /// <param name="subject">What it is about (canonical entity id).</param>
    /// <param name="property">The property id.</param>
    /// <param name="value">The value as text: a quantity, date or entity expression, by the property's type.</param>
    /// <param name="time">When it holds, as a time expression; <c>null</c> for as of the source's publication date.</param>
    /// <param name="unit">The unit of a quantity, when the value text names none.</param>
    /// <param name="origin">The body the source attributes the claim to.</param>
    /// <param name="negated">Whether the claim states the subject did <em>not</em> have the value.</param>
    /// <param name="quote">The words of the source the claim was taken from.</param>
    /// <param name="span">Where <paramref name="quote"/> stands in the source's text.</param>
    /// <param name="note">A note for people.</param>
    /// <param name="revises">The id of a claim this one revises, as its source announces (same subject and property).</param>
    public ClaimSetBuilder AddClaim(
        string id, string source, string subject, string property, string value, string? time = null, string? unit = null,
        string? origin = null, bool negated = false, string? quote = null, TextSpan? span = null, string? note = null, string? revises = null)
    {
        var draft = Draft(id, source, subject, property, origin, negated, quote, span, note, revises);
        (draft.HasValue, draft.ValueText, draft.Unit) = (value is not null, value, unit);
        (draft.HasTime, draft.TimeText) = (time is not null, time);
        return this;
    }

    /// <summary>Adds a claim whose value and validity are typed.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="source">The id of the source that makes it.</param>
    /// <param name="subject">What it is about (canonical entity id).</param>
    /// <param name="property">The property id.</param>
    /// <param name="value">The value; it must be of the property's type (and dimension).</param>
    /// <param name="validity">When it holds; <c>null</c> for as of the source's publication date.</param>
    /// <param name="origin">The body the source attributes the claim to.</param>
    /// <param name="negated">Whether the claim states the subject did <em>not</em> have the value.</param>
    /// <param name="quote">The words of the source the claim was taken from.</param>
    /// <param name="span">Where <paramref name="quote"/> stands in the source's text.</param>
    /// <param name="note">A note for people.</param>
    /// <param name="revises">The id of a claim this one revises, as its source announces (same subject and property).</param>
    public ClaimSetBuilder AddTypedClaim(
        string id, string source, string subject, string property, ClaimValue value, Validity? validity = null,
        string? origin = null, bool negated = false, string? quote = null, TextSpan? span = null, string? note = null, string? revises = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        var draft = Draft(id, source, subject, property, origin, negated, quote, span, note, revises);
        (draft.HasValue, draft.TypedValue, draft.TypedValidity) = (true, value, validity);
        return this;
    }

    /// <summary>
    /// Adds every property, unit (beyond the default catalog), exchange rate and origin alias of
    /// <paramref name="vocabulary"/> — a loaded set's, or a lexicon file's.
    /// </summary>
    public ClaimSetBuilder AddVocabulary(PropertyVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        foreach (var unit in vocabulary.Units.Units.Where(u => !UnitCatalog.Default.Units.Contains(u)))
        {
            AddUnit(unit);
        }

        foreach (var property in vocabulary.Properties.Values)
        {
            AddProperty(property);
        }

        foreach (var rate in vocabulary.ExchangeRates)
        {
            AddExchangeRate(rate);
        }

        foreach (var (alias, origin) in vocabulary.OriginAliases)
        {
            AddOriginAlias(alias, origin);
        }

        return this;
    }

    /// <summary>
    /// Adds the vocabulary, sources and claims of a set loaded from JSON (or built before), so that claims from files
    /// and from code make one set; ids must not repeat.
    /// </summary>
    public ClaimSetBuilder AddClaimSet(ClaimSet claimSet)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        AddVocabulary(claimSet.Vocabulary);

        foreach (var source in claimSet.Sources)
        {
            AddSource(source);
        }

        foreach (var c in claimSet.Claims)
        {
            var draft = Draft(c.Id, c.Source.Id, c.Subject, c.Property, c.Origin, c.Negated, c.Quote, c.Span, c.Note, c.Revises);
            (draft.HasValue, draft.TypedValue, draft.ValueText, draft.TypedValidity, draft.Location, draft.Draft) = (true, c.Value, c.ValueText, c.Validity, c.Location, c.Draft);
        }

        return this;
    }

    /// <summary>Checks and resolves everything added so far.</summary>
    /// <returns>The claim set, or the errors found, each with a path such as <c>claims[3].value</c>.</returns>
    public ClaimSetLoadResult Build() => Build(skipInvalidClaims: false);

    /// <summary>Checks and resolves everything added so far; with <paramref name="skipInvalidClaims"/>, a claim with errors is left out.</summary>
    internal ClaimSetLoadResult Build(bool skipInvalidClaims) => new ClaimSetCompiler(options).Compile([file], [.. errors], skipInvalidClaims);

    /// <summary>Adds a claim whose fields are given as the format holds them (the drafters' proposals).</summary>
    internal ClaimSetBuilder Add(ClaimDraft draft)
    {
        draft.Path = Serialization.JsonWording.Index("claims", file.Drafts.Count);
        file.Drafts.Add(draft);
        return this;
    }

    private ClaimSetBuilder AddSource(string id, string title, string? publishedText, PartialDate? published, string? publisher, Uri? url, double? trust, string? note, OffsetDateTime? publishedAt = null, string? text = null)
    {
        var path = Serialization.JsonWording.Index("sources", file.SourceEntries.Count);
        var source = SourceBinder.Bind(path, new LoadErrors(Name, errors), errors.Count, id, title, publishedText, published, publishedAt, publisher, null, url, trust, note, text);
        file.SourceEntries.Add((source, id, path));
        return this;
    }

    private ClaimDraft Draft(string id, string source, string subject, string property, string? origin, bool negated, string? quote, TextSpan? span, string? note, string? revises)
    {
        var draft = new ClaimDraft
        {
            Path = Serialization.JsonWording.Index("claims", file.Drafts.Count),
            Id = id,
            Source = source,
            Subject = subject,
            Property = property,
            Origin = origin,
            Negated = negated,
            Quote = quote,
            HasSpan = span is not null,
            SpanStart = span?.Start,
            SpanEnd = span?.End,
            Note = note,
            Revises = revises,
        };
        file.Drafts.Add(draft);
        return draft;
    }
}
