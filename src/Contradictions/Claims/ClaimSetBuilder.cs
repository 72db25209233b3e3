using Contradictions.Serialization;
using Contradictions.Vocabulary;

namespace Contradictions.Claims;

/// <summary>
/// Builds a claim set in code with the same expressions, validation and resolution as the JSON format: values and
/// times are written as text ("approximately 11,000", "as of late February") and resolved against each source's
/// publication date.
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
    private readonly ClaimSetDocument document = new() { File = Name, Format = ClaimSetJsonReader.FormatV1, Vocabulary = new VocabularyDocument() };

    /// <summary>Creates a builder; <paramref name="options"/> supply tolerances, time conventions and a base vocabulary.</summary>
    public ClaimSetBuilder(ContradictionOptions? options = null)
    {
        this.options = (options ?? new ContradictionOptions()).ValidatedSnapshot(nameof(options));
    }

    /// <summary>Adds a property to the claim set's vocabulary.</summary>
    public ClaimSetBuilder AddProperty(PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var draft = ClaimSetCompiler.ToDocument(property);
        document.Vocabulary!.Properties.Add(draft);
        return this;
    }

    /// <summary>Adds a source.</summary>
    /// <param name="id">The id claims cite.</param>
    /// <param name="title">The title.</param>
    /// <param name="published">The publication date: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> or <c>yyyy</c> when only that much is known.</param>
    /// <param name="publisher">Who published it.</param>
    /// <param name="url">Where it can be read.</param>
    public ClaimSetBuilder AddSource(string id, string title, string published, string? publisher = null, Uri? url = null)
    {
        document.Sources.Add(new SourceDocument
        {
            Path = $"sources[{document.Sources.Count}]",
            Id = id,
            Title = title,
            Published = published,
            Publisher = publisher,
            Url = url?.ToString(),
        });
        return this;
    }

    /// <summary>Adds a claim.</summary>
    /// <param name="id">The claim's id.</param>
    /// <param name="source">The id of the source that makes it.</param>
    /// <param name="subject">What it is about (canonical entity id).</param>
    /// <param name="property">The property id.</param>
    /// <param name="value">The value as text: a quantity, date or entity expression, by the property's type.</param>
    /// <param name="time">When it holds, as a time expression; <c>null</c> for as of the source's publication date.</param>
    /// <param name="unit">The unit of a quantity, when the value text names none.</param>
    /// <param name="origin">The body the source attributes the claim to.</param>
    /// <param name="negated">Whether the claim states the subject did <em>not</em> have the value.</param>
    public ClaimSetBuilder AddClaim(string id, string source, string subject, string property, string value, string? time = null, string? unit = null, string? origin = null, bool negated = false)
    {
        document.Claims.Add(new ClaimDocument
        {
            Path = $"claims[{document.Claims.Count}]",
            Id = id,
            Source = source,
            Subject = subject,
            Property = property,
            Value = value is null ? null : new ValueDocument { Text = value },
            Time = time is null ? null : new TimeDocument { Text = time },
            Unit = unit,
            Origin = origin,
            Negated = negated,
        });
        return this;
    }

    /// <summary>Validates and resolves everything added so far.</summary>
    /// <returns>The claim set, or the errors found, each with a path such as <c>claims[3].value</c>.</returns>
    public ClaimSetLoadResult Build() => new ClaimSetCompiler(options).Compile([document], [], skipInvalidClaims: false);
}
