using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Quantities;

/// <summary>
/// The units a claim set may use, looked up by identifier or alias (case-insensitive). Immutable: adding units
/// returns a new catalog.
/// </summary>
public sealed class UnitCatalog
{
    private readonly FrozenDictionary<string, Unit> byName;

    private UnitCatalog(ImmutableArray<Unit> units)
    {
        Units = units;
        var names = new Dictionary<string, Unit>(StringComparer.OrdinalIgnoreCase);
        foreach (var unit in units)
        {
            names[unit.Id] = unit;
            foreach (var alias in unit.Aliases)
            {
                names.TryAdd(alias, unit);
            }
        }

        byName = names.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Gets every unit in the catalog.</summary>
    public ImmutableArray<Unit> Units { get; }

    /// <summary>Gets the base unit for counts, <c>item</c>.</summary>
    public static Unit Item { get; } = new("item", Dimension.Count, aliases:
    [
        "items", "person", "people", "persons", "soldier", "soldiers", "troop", "troops", "personnel", "casualty", "casualties",
        "shell", "shells", "round", "rounds", "container", "containers", "missile", "missiles", "drone", "drones",
        "vehicle", "vehicles", "ship", "ships", "aircraft", "unit", "units", "engineer", "engineers", "worker", "workers",
    ]);

    /// <summary>Gets the base unit for ratios, <c>ratio</c> (1 = 100 %).</summary>
    public static Unit Ratio { get; } = new("ratio", Dimension.Ratio, aliases: ["fraction"]);

    /// <summary>
    /// Gets the catalog of built-in units: counts; SI, imperial and US lengths, areas, volumes and masses; temperatures
    /// in °C, °F and K; earthquake magnitude; fixed durations; ratios; and major currencies.
    /// </summary>
    public static UnitCatalog Default { get; } = new(
    [
        Item,
        new("dozen", Dimension.Count, 12m, "item", ["dozens"]),
        new("m", Dimension.Length, aliases: ["meter", "meters", "metre", "metres"]),
        new("km", Dimension.Length, 1000m, "m", ["kilometer", "kilometers", "kilometre", "kilometres"]),
        new("cm", Dimension.Length, 0.01m, "m", ["centimeter", "centimeters", "centimetre", "centimetres"]),
        new("mm", Dimension.Length, 0.001m, "m", ["millimeter", "millimeters", "millimetre", "millimetres"]),
        new("mi", Dimension.Length, 1609.344m, "m", ["mile", "miles"]),
        new("ft", Dimension.Length, 0.3048m, "m", ["foot", "feet"]),
        new("nmi", Dimension.Length, 1852m, "m", ["nautical mile", "nautical miles"]),
        new("in", Dimension.Length, 0.0254m, "m", ["inch", "inches"]),
        new("yd", Dimension.Length, 0.9144m, "m", ["yard", "yards"]),
        new("m2", Dimension.Area, aliases: ["m²", "sq m", "square meter", "square meters", "square metre", "square metres"]),
        new("km2", Dimension.Area, 1_000_000m, "m2", ["km²", "sq km", "square kilometer", "square kilometers", "square kilometre", "square kilometres"]),
        new("ha", Dimension.Area, 10_000m, "m2", ["hectare", "hectares"]),
        new("acre", Dimension.Area, 4046.8564224m, "m2", ["acres"]),
        new("sq mi", Dimension.Area, 2_589_988.110336m, "m2", ["mi²", "square mile", "square miles"]),
        new("sq ft", Dimension.Area, 0.09290304m, "m2", ["ft²", "square foot", "square feet"]),
        new("m3", Dimension.Volume, aliases: ["m³", "cubic meter", "cubic meters", "cubic metre", "cubic metres"]),
        new("l", Dimension.Volume, 0.001m, "m3", ["litre", "litres", "liter", "liters"]),
        new("ml", Dimension.Volume, 0.000001m, "m3", ["millilitre", "millilitres", "milliliter", "milliliters"]),
        new("gal", Dimension.Volume, 0.003785411784m, "m3", ["gallon", "gallons", "US gallon", "US gallons"]),
        new("bbl", Dimension.Volume, 0.158987294928m, "m3", ["barrel", "barrels", "barrels of oil"]),
        new("degC", Dimension.Temperature, aliases: ["°C", "℃", "C", "celsius", "degrees celsius", "degree celsius", "degrees C"]),
        new("degF", Dimension.Temperature, 5m / 9m, "degC", ["°F", "℉", "F", "fahrenheit", "degrees fahrenheit", "degree fahrenheit", "degrees F"]) { Offset = -160m / 9m },
        new("K", Dimension.Temperature, 1m, "degC", ["kelvin", "kelvins"]) { Offset = -273.15m },
        new("magnitude", Dimension.Magnitude, aliases: ["Mw", "on the Richter scale"]),
        new("kg", Dimension.Mass, aliases: ["kilogram", "kilograms", "kilogramme", "kilogrammes"]),
        new("g", Dimension.Mass, 0.001m, "kg", ["gram", "grams", "gramme", "grammes"]),
        new("t", Dimension.Mass, 1000m, "kg", ["tonne", "tonnes", "metric ton", "metric tons"]),
        new("lb", Dimension.Mass, 0.45359237m, "kg", ["lbs", "pound", "pounds"]),
        new("oz", Dimension.Mass, 0.028349523125m, "kg", ["ounce", "ounces"]),
        new("short ton", Dimension.Mass, 907.18474m, "kg", ["short tons", "US ton", "US tons"]),
        new("s", Dimension.Duration, aliases: ["second", "seconds", "sec"]),
        new("min", Dimension.Duration, 60m, "s", ["minute", "minutes"]),
        new("h", Dimension.Duration, 3600m, "s", ["hour", "hours", "hr"]),
        new("d", Dimension.Duration, 86400m, "s", ["day", "days"]),
        new("wk", Dimension.Duration, 604800m, "s", ["week", "weeks"]),
        Ratio,
        new("percent", Dimension.Ratio, 0.01m, "ratio", ["%", "per cent", "pct", "percentage points"]),
        new("USD", Dimension.Currency, aliases: ["$", "dollar", "dollars", "US dollars"]),
        new("EUR", Dimension.Currency, aliases: ["€", "euro", "euros"]),
        new("GBP", Dimension.Currency, aliases: ["£", "pound sterling"]),
        new("KRW", Dimension.Currency, aliases: ["won"]),
        new("RUB", Dimension.Currency, aliases: ["ruble", "rubles", "rouble", "roubles"]),
        new("UAH", Dimension.Currency, aliases: ["hryvnia", "hryvnias"]),
    ]);

    /// <summary>Creates a catalog holding exactly <paramref name="units"/>.</summary>
    public static UnitCatalog Create(IEnumerable<Unit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        return new(units.ToImmutableArray());
    }

    /// <summary>Returns a catalog with <paramref name="unit"/> added; a unit with the same id is replaced.</summary>
    public UnitCatalog WithUnit(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(Units.RemoveAll(u => string.Equals(u.Id, unit.Id, StringComparison.OrdinalIgnoreCase)).Add(unit));
    }

    /// <summary>Finds a unit by its identifier or one of its aliases, ignoring case.</summary>
    public bool TryGetUnit(string name, [NotNullWhen(true)] out Unit? unit)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byName.TryGetValue(name.Trim(), out unit);
    }

    /// <summary>Gets the base unit of a dimension (for currencies there is none: each currency is its own base).</summary>
    public Unit? BaseUnitOf(Dimension dimension) =>
        dimension == Dimension.Currency ? null : Units.FirstOrDefault(u => u.Dimension == dimension && u.BaseId == u.Id);
}
