using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Contradictions.Quantities;

namespace Contradictions.Vocabulary;

/// <summary>
/// The properties (and units) a claim set may use. Immutable; vocabularies from a claim file, separate files and
/// code are combined with <see cref="With(PropertyDefinition)"/> and <see cref="Merge"/>.
/// </summary>
public sealed class PropertyVocabulary
{
    private static readonly ImmutableSortedDictionary<string, string> NoAliases = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    private PropertyVocabulary(ImmutableSortedDictionary<string, PropertyDefinition> properties, UnitCatalog units, ImmutableArray<ExchangeRate> exchangeRates, ImmutableSortedDictionary<string, string> originAliases)
    {
        Properties = properties;
        Units = units;
        ExchangeRates = exchangeRates;
        OriginAliases = originAliases;
        aliasByKey = originAliases.IsEmpty ? null : originAliases.GroupBy(p => Checking.Provenance.Key(p.Key)).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
    }

    // The aliases by the key origins are compared by (letters and digits, lower case); null when there are none.
    private readonly Dictionary<string, string>? aliasByKey;

    /// <summary>Gets the vocabulary with no properties and the default units.</summary>
    public static PropertyVocabulary Empty { get; } = new(ImmutableSortedDictionary.Create<string, PropertyDefinition>(StringComparer.Ordinal), UnitCatalog.Default, [], NoAliases);

    /// <summary>
    /// Gets the other names of origins, each with the name it stands for ("NIS" → "South Korea's NIS"), in ordinal order
    /// of the alias: claims that cite an alias cite that body (see <see cref="CanonicalOrigin"/>).
    /// </summary>
    public ImmutableSortedDictionary<string, string> OriginAliases { get; }

    /// <summary>Gets the properties by id, in ordinal order of their ids.</summary>
    public ImmutableSortedDictionary<string, PropertyDefinition> Properties { get; }

    /// <summary>Gets the units quantities may be stated in.</summary>
    public UnitCatalog Units { get; }

    /// <summary>Gets the exchange rates that let figures in two currencies be compared, in the order given.</summary>
    public ImmutableArray<ExchangeRate> ExchangeRates { get; }

    /// <summary>Finds a property by id.</summary>
    public bool TryGetProperty(string id, [NotNullWhen(true)] out PropertyDefinition? property)
    {
        ArgumentNullException.ThrowIfNull(id);
        return Properties.TryGetValue(id, out property);
    }

    /// <summary>Returns a vocabulary with <paramref name="property"/> added or replaced.</summary>
    public PropertyVocabulary With(PropertyDefinition property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return new(Properties.SetItem(property.Id, property), Units, ExchangeRates, OriginAliases);
    }

    /// <summary>Returns a vocabulary with <paramref name="unit"/> added or replaced.</summary>
    public PropertyVocabulary With(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(Properties, Units.WithUnit(unit), ExchangeRates, OriginAliases);
    }

    /// <summary>Returns a vocabulary with <paramref name="rate"/> added (a rate already present is kept once).</summary>
    public PropertyVocabulary With(ExchangeRate rate)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return ExchangeRates.Contains(rate) ? this : new(Properties, Units, ExchangeRates.Add(rate), OriginAliases);
    }

    /// <summary>Returns a vocabulary where <paramref name="alias"/> names the origin <paramref name="origin"/> (added or replaced).</summary>
    public PropertyVocabulary WithOriginAlias(string alias, string origin)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(alias);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        return new(Properties, Units, ExchangeRates, OriginAliases.SetItem(alias, origin));
    }

    /// <summary>
    /// The name of the body a claim's origin names: the name <paramref name="origin"/> is an alias of (compared as
    /// origins are, ignoring case, spacing and punctuation), else <paramref name="origin"/> itself.
    /// </summary>
    public string CanonicalOrigin(string origin)
    {
        ArgumentNullException.ThrowIfNull(origin);
        if (aliasByKey is not null && aliasByKey.TryGetValue(Checking.Provenance.Key(origin), out var name))
        {
            return name;
        }

        return origin;
    }

    /// <summary>
    /// Combines two vocabularies. A property defined identically in both is kept once; one defined differently is a
    /// conflict, returned in <paramref name="conflicts"/>, and this vocabulary's definition is kept (likewise an origin
    /// alias given to two names).
    /// </summary>
    public PropertyVocabulary Merge(PropertyVocabulary other, out ImmutableArray<string> conflicts)
    {
        ArgumentNullException.ThrowIfNull(other);
        var builder = Properties.ToBuilder();
        var found = ImmutableArray.CreateBuilder<string>();
        foreach (var (id, definition) in other.Properties)
        {
            if (!builder.TryGetValue(id, out var existing))
            {
                builder.Add(id, definition);
            }
            else if (!existing.Equals(definition))
            {
                found.Add(id);
            }
        }

        var units = Units;
        foreach (var unit in other.Units.Units)
        {
            if (!units.TryGetUnit(unit.Id, out _))
            {
                units = units.WithUnit(unit);
            }
        }

        var aliases = OriginAliases.ToBuilder();
        foreach (var (alias, origin) in other.OriginAliases)
        {
            if (!aliases.TryGetValue(alias, out var existing))
            {
                aliases.Add(alias, origin);
            }
            else if (existing != origin)
            {
                found.Add($"origin alias '{alias}'");
            }
        }

        conflicts = found.ToImmutable();
        return new(builder.ToImmutable(), units, [.. ExchangeRates, .. other.ExchangeRates.Where(r => !ExchangeRates.Contains(r))], aliases.ToImmutable());
    }
}
