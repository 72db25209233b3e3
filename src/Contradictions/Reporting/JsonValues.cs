using System.Text.Json;
using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Reporting;

/// <summary>How the JSON formats write values: days, periods, amounts, numbers in one form, optional fields, lists.</summary>
internal static class JsonValues
{
    internal static void Period(Utf8JsonWriter json, string name, TimeInterval? interval)
    {
        if (interval is not { } p)
        {
            return;
        }

        json.WriteStartObject(name);
        Day(json, "start", p.Start);
        Day(json, "end", p.End);
        json.WriteEndObject();
    }

    internal static void Day(Utf8JsonWriter json, string name, NodaTime.LocalDate? day)
    {
        if (day is { } d)
        {
            json.WriteString(name, TimeInterval.Format(d));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void Amount(Utf8JsonWriter json, string name, NumericInterval? interval)
    {
        if (interval is not { } a)
        {
            return;
        }

        json.WriteStartObject(name);
        Number(json, "lower", a.Lower);
        Number(json, "upper", a.Upper);
        if (a.LowerOpen)
        {
            json.WriteBoolean("lowerOpen", true);
        }

        if (a.UpperOpen)
        {
            json.WriteBoolean("upperOpen", true);
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// A number in one form whatever its scale: <c>3060</c>, not <c>3060.0</c> beside <c>1800</c> (a decimal keeps the
    /// trailing zeros of the arithmetic that made it, and the writer would write them).
    /// </summary>
    internal static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Canonical(v));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    internal static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    internal static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>The number with the trailing zeros a decimal keeps from its arithmetic removed: <c>3060</c>, never <c>3060.0</c>.</summary>
    internal static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;
}
