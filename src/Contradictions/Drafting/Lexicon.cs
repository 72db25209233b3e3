using System.Collections.Immutable;

namespace Contradictions.Drafting;

/// <summary>
/// The words a drafter reads claims by: terms that name properties ("killed", "died" → <c>killed</c>), aliases of
/// subjects and entities ("the pact" → <c>russia-dprk-treaty</c>; "Jens Stoltenberg" → <c>jens-stoltenberg</c>), and
/// office titles ("NATO Secretary-General" → the subject <c>nato-secretary-general</c>, whose holder is
/// <see cref="HolderProperty"/>). It is the optional <c>lexicon</c> section of a claim-set file (docs/drafting.md).
/// </summary>
/// <remarks>
/// Phrases match whole words, ignoring case and the difference between straight and curly apostrophes; when phrases
/// overlap, the longest wins. An id may have any number of phrases and a phrase may name several ids of different
/// sections ("parade" can be a subject's alias and a property's term).
/// </remarks>
public sealed class Lexicon
{
    /// <summary>The version of the <c>lexicon</c> section this library reads and writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The property an office's holder is claimed under when the lexicon names none.</summary>
    public const string DefaultHolderProperty = "holder";

    private static readonly ImmutableSortedDictionary<string, ImmutableArray<string>> None = ImmutableSortedDictionary.Create<string, ImmutableArray<string>>(StringComparer.Ordinal);

    private Lexicon(
        ImmutableSortedDictionary<string, ImmutableArray<string>> properties,
        ImmutableSortedDictionary<string, ImmutableArray<string>> subjects,
        ImmutableSortedDictionary<string, ImmutableArray<string>> entities,
        ImmutableSortedDictionary<string, ImmutableArray<string>> offices,
        string holderProperty)
    {
        Properties = properties;
        Subjects = subjects;
        Entities = entities;
        Offices = offices;
        HolderProperty = holderProperty;
    }

    /// <summary>Gets the lexicon with no words: a drafter finds mentions with it but places none.</summary>
    public static Lexicon Empty { get; } = new(None, None, None, None, DefaultHolderProperty);

    /// <summary>Gets each property id with the terms that name it.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Properties { get; }

    /// <summary>Gets each subject id with its aliases.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Subjects { get; }

    /// <summary>Gets each entity id (a value of an entity property) with its aliases.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Entities { get; }

    /// <summary>Gets each office (a subject id) with its titles.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Offices { get; }

    /// <summary>Gets the property an office's holder is claimed under (an entity property, functional in the vocabulary).</summary>
    public string HolderProperty { get; }

    /// <summary>Gets a value indicating whether the lexicon has no words at all.</summary>
    public bool IsEmpty => Properties.IsEmpty && Subjects.IsEmpty && Entities.IsEmpty && Offices.IsEmpty;

    /// <summary>Returns a copy with <paramref name="terms"/> added to the terms of <paramref name="property"/>.</summary>
    public Lexicon WithPropertyTerms(string property, params IEnumerable<string> terms) =>
        new(Add(Properties, property, terms), Subjects, Entities, Offices, HolderProperty);

    /// <summary>Returns a copy with <paramref name="aliases"/> added to the aliases of the subject <paramref name="subject"/>.</summary>
    public Lexicon WithSubjectAliases(string subject, params IEnumerable<string> aliases) =>
        new(Properties, Add(Subjects, subject, aliases), Entities, Offices, HolderProperty);

    /// <summary>Returns a copy with <paramref name="aliases"/> added to the aliases of the entity <paramref name="entity"/>.</summary>
    public Lexicon WithEntityAliases(string entity, params IEnumerable<string> aliases) =>
        new(Properties, Subjects, Add(Entities, entity, aliases), Offices, HolderProperty);

    /// <summary>Returns a copy with <paramref name="titles"/> added to the titles of the office <paramref name="office"/>.</summary>
    public Lexicon WithOfficeTitles(string office, params IEnumerable<string> titles) =>
        new(Properties, Subjects, Entities, Add(Offices, office, titles), HolderProperty);

    /// <summary>Returns a copy whose office holders are claimed under <paramref name="property"/>.</summary>
    public Lexicon WithHolderProperty(string property)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        return new(Properties, Subjects, Entities, Offices, property);
    }

    /// <summary>Returns the words of both lexicons; the holder property is <paramref name="other"/>'s when it names one.</summary>
    public Lexicon Merge(Lexicon other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(
            Merge(Properties, other.Properties),
            Merge(Subjects, other.Subjects),
            Merge(Entities, other.Entities),
            Merge(Offices, other.Offices),
            other.HolderProperty != DefaultHolderProperty ? other.HolderProperty : HolderProperty);
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<string>> Add(ImmutableSortedDictionary<string, ImmutableArray<string>> section, string id, IEnumerable<string> phrases)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(phrases);
        var list = phrases.ToList();
        foreach (var phrase in list)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(phrase, nameof(phrases));
        }

        var known = section.TryGetValue(id, out var existing) ? existing : [];
        return section.SetItem(id, [.. known.Concat(list.Select(p => p.Trim())).Distinct(StringComparer.Ordinal)]);
    }

    private static ImmutableSortedDictionary<string, ImmutableArray<string>> Merge(ImmutableSortedDictionary<string, ImmutableArray<string>> first, ImmutableSortedDictionary<string, ImmutableArray<string>> second)
    {
        var merged = first;
        foreach (var (id, phrases) in second)
        {
            merged = Add(merged, id, phrases);
        }

        return merged;
    }
}
