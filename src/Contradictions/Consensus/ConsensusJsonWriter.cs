using System.Text.Json;
using Contradictions.Quantities;
using Contradictions.Reporting;
using static Contradictions.Reporting.JsonValues;

namespace Contradictions.Consensus;

/// <summary>
/// Writes a <see cref="ConsensusResult"/> as JSON, format <c>contradictions/consensus@1</c> (see
/// <c>docs/report-format.md#consensus</c>): every item with its time, value, unit, support, outliers, bodies and
/// confidence, then every body's and every source's prior, trust and record. Written as a stream.
/// </summary>
public static class ConsensusJsonWriter
{
    /// <summary>The format identifier written into every document.</summary>
    public const string Format = "contradictions/consensus@1";

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(ConsensusResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var stream = new StreamedJson(output);
        var json = stream.Writer;
        json.WriteStartObject();
        json.WriteString("format", Format);
        WriteContent(stream, result, disagreementsOnly: false);
        json.WriteEndObject();
        stream.PassOn();
        output.WriteLine();
    }

    /// <summary>
    /// Writes the consensus as the body of an object: <c>iterations</c>, <c>items</c> (all, or only those where bodies
    /// disagree — what a report of findings carries), <c>bodies</c> and <c>sources</c> (those with contested figures
    /// when <paramref name="disagreementsOnly"/>).
    /// </summary>
    internal static void WriteContent(StreamedJson stream, ConsensusResult result, bool disagreementsOnly)
    {
        var json = stream.Writer;
        json.WriteNumber("iterations", result.Iterations);
        json.WriteStartArray("items");
        foreach (var item in result.Items)
        {
            if (!disagreementsOnly || IsDisagreement(item))
            {
                WriteItem(json, item);
                stream.PassOnIfFull();
            }
        }

        json.WriteEndArray();
        Records(stream, "bodies", "name", disagreementsOnly ? result.Bodies.Where(b => b.Contested > 0) : result.Bodies);
        Records(stream, "sources", "id", disagreementsOnly ? result.Sources.Where(s => s.Contested > 0) : result.Sources);
    }

    /// <summary>Whether bodies disagree on the item: several gave figures and some exclude the best-supported value.</summary>
    internal static bool IsDisagreement(ConsensusItem item) => item.Bodies > 1 && !item.Outliers.IsEmpty;

    private static void Records(StreamedJson stream, string name, string key, IEnumerable<TrustRecord> records)
    {
        var json = stream.Writer;
        json.WriteStartArray(name);
        foreach (var record in records)
        {
            json.WriteStartObject();
            json.WriteString(key, record.Name);
            json.WriteNumber("prior", Math.Round(record.Prior, 6));
            json.WriteNumber("trust", Math.Round(record.Trust, 6));
            json.WriteNumber("contested", record.Contested);
            json.WriteNumber("supported", record.Supported);
            json.WriteEndObject();
            stream.PassOnIfFull();
        }

        json.WriteEndArray();
    }

    private static void WriteItem(Utf8JsonWriter json, ConsensusItem item)
    {
        json.WriteStartObject();
        json.WriteString("subject", item.Subject);
        json.WriteString("property", item.Property);
        Period(json, "time", item.Time);
        json.WriteStartObject("value");
        if (item.Value.Lower is { } lower && lower == item.Value.Upper)
        {
            json.WriteNumber("amount", Canonical(lower));
        }
        else
        {
            Number(json, "min", item.Value.Lower);
            Number(json, "max", item.Value.Upper);
            if (item.Value.LowerOpen)
            {
                json.WriteBoolean("minExcluded", true);
            }

            if (item.Value.UpperOpen)
            {
                json.WriteBoolean("maxExcluded", true);
            }
        }

        json.WriteEndObject();
        json.WriteString("unit", item.Unit);
        Strings(json, "support", item.Support);
        if (!item.Outliers.IsEmpty)
        {
            Strings(json, "outliers", item.Outliers);
        }

        json.WriteNumber("bodies", item.Bodies);
        json.WriteNumber("confidence", item.Confidence);
        json.WriteEndObject();
    }

    /// <summary>The value as a reader writes it: <c>11000</c>, <c>[10000, 12000]</c>, <c>(11000, 12000]</c>.</summary>
    internal static string Describe(NumericInterval value) =>
        value.Lower is { } lower && lower == value.Upper ? Canonical(lower).ToString(System.Globalization.CultureInfo.InvariantCulture) : value.ToString();
}
