using System.Text;
using System.Text.Json;
using Contradictions.Claims;
using Contradictions.Quantities;

namespace Contradictions.Serialization;

/// <summary>
/// Writes a <see cref="ClaimSet"/> in the JSON format <c>contradictions/claim-set@1</c>. Values and times are written
/// as the expressions they were resolved from, so that loading the output resolves them to the same intervals.
/// </summary>
public static class ClaimSetWriter
{
    /// <summary>Writes <paramref name="claimSet"/> as indented UTF-8 JSON to <paramref name="stream"/>.</summary>
    public static void Write(ClaimSet claimSet, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(claimSet);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(claimSet, writer);
    }

    /// <summary>Returns <paramref name="claimSet"/> as indented JSON.</summary>
    public static string ToJson(ClaimSet claimSet)
    {
        using var stream = new MemoryStream();
        Write(claimSet, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(ClaimSet claimSet, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("format", ClaimSetFile.FormatV1);
        WriteVocabulary(claimSet, writer);

        writer.WriteStartArray("sources");
        foreach (var source in claimSet.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString("id", source.Id);
            writer.WriteString("title", source.Title);
            WriteOptional(writer, "publisher", source.Publisher);
            writer.WriteString("published", source.Published.ToString());
            WriteOptional(writer, "url", source.Url?.ToString());
            if (source.Trust is { } trust)
            {
                writer.WriteNumber("trust", trust);
            }

            WriteOptional(writer, "note", source.Note);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray("claims");
        foreach (var claim in claimSet.Claims)
        {
            WriteClaim(claim, writer);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteVocabulary(ClaimSet claimSet, Utf8JsonWriter writer)
    {
        writer.WriteStartObject("vocabulary");
        writer.WriteStartObject("properties");
        foreach (var (id, property) in claimSet.Vocabulary.Properties)
        {
            writer.WriteStartObject(id);
            writer.WriteString("type", FormatNames.Name(property.ValueKind));
            if (property.Dimension is { } dimension)
            {
                writer.WriteString("dimension", FormatNames.Name(dimension));
            }

            WriteFlag(writer, "cumulative", property.Cumulative);
            WriteFlag(writer, "singleValued", property.Timeless);
            WriteFlag(writer, "functional", property.OneValueAtATime);
            if (!property.SumOf.IsEmpty)
            {
                writer.WriteStartArray("sumOf");
                foreach (var part in property.SumOf)
                {
                    writer.WriteStringValue(part);
                }

                writer.WriteEndArray();
            }

            WriteOptional(writer, "atMost", property.AtMost);
            WriteOptional(writer, "notAfter", property.NotAfter);
            WriteOptional(writer, "description", property.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        var custom = claimSet.Vocabulary.Units.Units.Where(u => !UnitCatalog.Default.Units.Contains(u)).ToList();
        if (custom.Count > 0)
        {
            writer.WriteStartObject("units");
            foreach (var unit in custom)
            {
                writer.WriteStartObject(unit.Id);
                writer.WriteString("dimension", FormatNames.Name(unit.Dimension));
                writer.WriteNumber("factor", unit.Factor);
                writer.WriteString("base", unit.BaseId);
                writer.WriteStartArray("aliases");
                foreach (var alias in unit.Aliases)
                {
                    writer.WriteStringValue(alias);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteClaim(Claim claim, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", claim.Id);
        writer.WriteString("source", claim.Source.Id);
        WriteOptional(writer, "origin", claim.Origin);
        writer.WriteString("subject", claim.Subject);
        writer.WriteString("property", claim.Property);
        switch (claim.Value)
        {
            case QuantityValue { Quantity: var quantity }:
                if (claim.ValueText is { } quantityText)
                {
                    writer.WriteString("value", quantityText);
                }
                else
                {
                    writer.WriteStartObject("value");
                    if (quantity.Qualifier == Qualifier.Range)
                    {
                        writer.WriteNumber("min", quantity.Amount);
                        writer.WriteNumber("max", quantity.Maximum!.Value);
                    }
                    else
                    {
                        writer.WriteNumber("amount", quantity.Amount);
                        writer.WriteString("qualifier", FormatNames.Name(quantity.Qualifier));
                    }

                    writer.WriteEndObject();
                }

                writer.WriteString("unit", quantity.Unit.Id);
                break;
            case DateValue { Time: var time }:
                if (claim.ValueText is not null)
                {
                    writer.WriteString("value", time.Text);
                }
                else
                {
                    writer.WriteStartObject("value");
                    writer.WriteString("date", time.Text);
                    writer.WriteEndObject();
                }

                break;
            case EntityValue { EntityId: var entity }:
                if (claim.ValueText is not null)
                {
                    writer.WriteString("value", entity);
                }
                else
                {
                    writer.WriteStartObject("value");
                    writer.WriteString("entity", entity);
                    writer.WriteEndObject();
                }

                break;
        }

        WriteValidity(claim.Validity, writer);
        WriteFlag(writer, "negated", claim.Negated);
        WriteOptional(writer, "quote", claim.Quote);
        if (claim.Span is { } span)
        {
            writer.WriteStartObject("span");
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            writer.WriteEndObject();
        }

        WriteOptional(writer, "note", claim.Note);
        writer.WriteEndObject();
    }

    private static void WriteValidity(Validity validity, Utf8JsonWriter writer)
    {
        switch (validity.Kind)
        {
            case ValidityKind.AsOf:
                writer.WriteStartObject("time");
                writer.WriteString("asOf", validity.AsOfText);
                writer.WriteEndObject();
                break;
            case ValidityKind.Span when validity.AsOfText is not null:
                writer.WriteString("time", validity.AsOfText);
                break;
            case ValidityKind.Span:
                writer.WriteStartObject("time");
                WriteOptional(writer, "from", validity.FromText);
                WriteOptional(writer, "to", validity.ToText);
                writer.WriteEndObject();
                break;
        }
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void WriteFlag(Utf8JsonWriter writer, string name, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(name, true);
        }
    }
}
