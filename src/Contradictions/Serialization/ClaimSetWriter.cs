using System.Text;
using System.Text.Json;
using System.Collections.Immutable;
using Contradictions.Claims;
using Contradictions.Drafting;
using Contradictions.Quantities;
using static Contradictions.Serialization.ClaimBinder;

namespace Contradictions.Serialization;

/// <summary>
/// Writes a claim set in the claim-set format, so that sets built in code can be saved, reviewed and loaded again.
/// Field names come from the format's field tables (the loader's <see cref="JsonShape"/>s); each claim keeps the
/// expressions it was written with, so loading the output gives the same claims.
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

    /// <summary>
    /// Writes drafted claims as indented UTF-8 JSON to <paramref name="stream"/>: the claim set, each claim with its
    /// <c>draft</c> mark, and the mentions no claim was made of under <c>unplaced</c>. The file loads as it is.
    /// </summary>
    public static void Write(DraftedClaims drafts, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Write(drafts.Claims, writer, drafts.Unplaced);
    }

    /// <summary>Returns <paramref name="claimSet"/> as indented JSON.</summary>
    public static string ToJson(ClaimSet claimSet)
    {
        using var stream = new MemoryStream();
        Write(claimSet, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(ClaimSet claimSet, Utf8JsonWriter writer, ImmutableArray<UnplacedMention> unplaced = default)
    {
        var document = ClaimSetFile.Shape;
        writer.WriteStartObject();
        writer.WriteString(document[ClaimSetFile.Format].Encoded, ClaimSetFile.FormatV1);
        WriteVocabulary(claimSet, writer);
        if (!claimSet.Lexicon.IsEmpty)
        {
            WriteLexicon(claimSet.Lexicon, writer);
        }

        var source = SourceBinder.Shape;
        writer.WriteStartArray(document[ClaimSetFile.Sources].Encoded);
        foreach (var s in claimSet.Sources)
        {
            writer.WriteStartObject();
            writer.WriteString(source[SourceBinder.Id].Encoded, s.Id);
            writer.WriteString(source[SourceBinder.Title].Encoded, s.Title);
            Optional(writer, source[SourceBinder.Publisher], s.Publisher);
            writer.WriteString(source[SourceBinder.Published].Encoded, s.PublicationText);
            Optional(writer, source[SourceBinder.Url], s.Url?.ToString());
            if (s.Trust is { } trust)
            {
                writer.WriteNumber(source[SourceBinder.Trust].Encoded, trust);
            }

            Optional(writer, source[SourceBinder.Note], s.Note);
            Optional(writer, source[SourceBinder.Text], s.Text);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray(document[ClaimSetFile.Claims].Encoded);
        foreach (var claim in claimSet.Claims)
        {
            WriteClaim(claim, writer);
        }

        writer.WriteEndArray();
        if (!unplaced.IsDefaultOrEmpty)
        {
            WriteUnplaced(unplaced, writer);
        }

        writer.WriteEndObject();
    }

    private static void WriteLexicon(Lexicon lexicon, Utf8JsonWriter writer)
    {
        var shape = LexiconBinder.Shape;
        writer.WriteStartObject(ClaimSetFile.Shape[ClaimSetFile.Lexicon].Encoded);
        writer.WriteNumber(shape[LexiconBinder.Version].Encoded, Lexicon.CurrentVersion);
        foreach (var (field, section) in new[] { (LexiconBinder.Properties, lexicon.Properties), (LexiconBinder.Subjects, lexicon.Subjects), (LexiconBinder.Entities, lexicon.Entities), (LexiconBinder.Offices, lexicon.Offices) })
        {
            if (section.IsEmpty)
            {
                continue;
            }

            writer.WriteStartObject(shape[field].Encoded);
            foreach (var (id, phrases) in section)
            {
                writer.WriteStartArray(id);
                foreach (var phrase in phrases)
                {
                    writer.WriteStringValue(phrase);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        if (lexicon.HolderProperty != Lexicon.DefaultHolderProperty)
        {
            writer.WriteString(shape[LexiconBinder.HolderProperty].Encoded, lexicon.HolderProperty);
        }

        writer.WriteEndObject();
    }

    // Each unplaced mention as the mentions command writes one, with its source and why no claim was made of it.
    private static void WriteUnplaced(ImmutableArray<UnplacedMention> unplaced, Utf8JsonWriter writer)
    {
        var shape = ClaimSetFile.UnplacedShape;
        writer.WriteStartArray(ClaimSetFile.Shape[ClaimSetFile.Unplaced].Encoded);
        foreach (var mention in unplaced)
        {
            writer.WriteStartObject();
            writer.WriteString(shape[ClaimSetFile.UnplacedSource].Encoded, mention.Source);
            writer.WriteString(shape[ClaimSetFile.UnplacedKind].Encoded, mention.Kind);
            writer.WriteNumber(shape[ClaimSetFile.UnplacedStart].Encoded, mention.Span.Start);
            writer.WriteNumber(shape[ClaimSetFile.UnplacedEnd].Encoded, mention.Span.End);
            writer.WriteString(shape[ClaimSetFile.UnplacedText].Encoded, mention.Text);
            writer.WriteString(shape[ClaimSetFile.UnplacedReason].Encoded, mention.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteVocabulary(ClaimSet claimSet, Utf8JsonWriter writer)
    {
        var (property, unitShape) = (VocabularyBinder.PropertyShape, VocabularyBinder.UnitShape);
        writer.WriteStartObject(ClaimSetFile.Shape[ClaimSetFile.Vocabulary].Encoded);
        writer.WriteStartObject(VocabularyBinder.Shape[VocabularyBinder.Properties].Encoded);
        foreach (var (id, p) in claimSet.Vocabulary.Properties)
        {
            writer.WriteStartObject(id);
            writer.WriteString(property[VocabularyBinder.Type].Encoded, FormatNames.Name(p.ValueKind));
            Optional(writer, property[VocabularyBinder.Dimension], p.Dimension is { } d ? FormatNames.Name(d) : null);
            Flag(writer, property[VocabularyBinder.Cumulative], p.Cumulative);
            Flag(writer, property[VocabularyBinder.Timeless], p.Timeless);
            Flag(writer, property[VocabularyBinder.OneValueAtATime], p.OneValueAtATime);
            if (!p.SumOf.IsEmpty)
            {
                Strings(writer, property[VocabularyBinder.SumOf], p.SumOf);
            }

            Optional(writer, property[VocabularyBinder.AtMost], p.AtMost);
            Optional(writer, property[VocabularyBinder.NotAfter], p.NotAfter);
            Optional(writer, property[VocabularyBinder.Description], p.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        var custom = claimSet.Vocabulary.Units.Units.Where(u => !UnitCatalog.Default.Units.Contains(u)).ToList();
        if (custom.Count > 0)
        {
            writer.WriteStartObject(VocabularyBinder.Shape[VocabularyBinder.Units].Encoded);
            foreach (var unit in custom)
            {
                writer.WriteStartObject(unit.Id);
                writer.WriteString(unitShape[VocabularyBinder.UnitDimension].Encoded, FormatNames.Name(unit.Dimension));
                writer.WriteNumber(unitShape[VocabularyBinder.Factor].Encoded, unit.Factor);
                writer.WriteString(unitShape[VocabularyBinder.Base].Encoded, unit.BaseId);
                Strings(writer, unitShape[VocabularyBinder.Aliases], unit.Aliases);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        if (!claimSet.Vocabulary.ExchangeRates.IsEmpty)
        {
            var rate = VocabularyBinder.RateShape;
            writer.WriteStartArray(VocabularyBinder.Shape[VocabularyBinder.ExchangeRates].Encoded);
            foreach (var r in claimSet.Vocabulary.ExchangeRates)
            {
                writer.WriteStartObject();
                writer.WriteString(rate[VocabularyBinder.RateFrom].Encoded, r.From);
                writer.WriteString(rate[VocabularyBinder.RateTo].Encoded, r.To);
                writer.WriteNumber(rate[VocabularyBinder.Rate].Encoded, r.Rate);
                writer.WriteString(rate[VocabularyBinder.RateOn].Encoded, Time.TimeInterval.Format(r.On));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!claimSet.Vocabulary.OriginAliases.IsEmpty)
        {
            writer.WriteStartObject(VocabularyBinder.Shape[VocabularyBinder.Origins].Encoded);
            foreach (var origin in claimSet.Vocabulary.OriginAliases.GroupBy(p => p.Value, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                writer.WriteStartArray(origin.Key);
                foreach (var (alias, _) in origin)
                {
                    writer.WriteStringValue(alias);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteClaim(Claim claim, Utf8JsonWriter writer)
    {
        var (field, value) = (Shape, ValueShape);
        writer.WriteStartObject();
        writer.WriteString(field[Id].Encoded, claim.Id);
        writer.WriteString(field[ClaimBinder.Source].Encoded, claim.Source.Id);
        Optional(writer, field[Origin], claim.Origin);
        writer.WriteString(field[Subject].Encoded, claim.Subject);
        writer.WriteString(field[Property].Encoded, claim.Property);

        // The value as it was written when it was an expression; otherwise as an object of its kind.
        if (claim.ValueText is { } text)
        {
            writer.WriteString(field[Value].Encoded, claim.Value switch { DateValue date => date.Time.Text, EntityValue entity => entity.EntityId, _ => text });
        }
        else
        {
            writer.WriteStartObject(field[Value].Encoded);
            switch (claim.Value)
            {
                case QuantityValue { Quantity: { Qualifier: Quantities.Qualifier.Range } range }:
                    writer.WriteNumber(value[Min].Encoded, range.Amount);
                    writer.WriteNumber(value[Max].Encoded, range.Maximum!.Value);
                    break;
                case QuantityValue { Quantity: var quantity }:
                    writer.WriteNumber(value[Amount].Encoded, quantity.Amount);
                    writer.WriteString(value[ClaimBinder.Qualifier].Encoded, FormatNames.Name(quantity.Qualifier));
                    break;
                case DateValue { Time: var time }:
                    writer.WriteString(value[Date].Encoded, time.Text);
                    break;
                case EntityValue { EntityId: var entity }:
                    writer.WriteString(value[Entity].Encoded, entity);
                    break;
            }

            writer.WriteEndObject();
        }

        if (claim.Value is QuantityValue { Quantity: var stated })
        {
            // A count keeps its noun ("person"), which names the same unit as "item".
            writer.WriteString(field[ClaimBinder.Unit].Encoded, stated.Noun is { } noun && stated.Unit.Equals(UnitCatalog.Item) ? noun : stated.Unit.Id);
        }

        WriteValidity(claim.Validity, writer);
        Flag(writer, field[Negated], claim.Negated);
        Optional(writer, field[Quote], claim.Quote);
        if (claim.Span is { } span)
        {
            writer.WriteStartObject(field[Span].Encoded);
            writer.WriteNumber(SpanShape[Start].Encoded, span.Start);
            writer.WriteNumber(SpanShape[End].Encoded, span.End);
            writer.WriteEndObject();
        }

        Optional(writer, field[Note], claim.Note);
        Optional(writer, field[Revises], claim.Revises);
        if (claim.Draft is { } draft)
        {
            writer.WriteStartObject(field[ClaimBinder.Draft].Encoded);
            writer.WriteString(DraftShape[Drafter].Encoded, draft.Drafter);
            writer.WriteNumber(DraftShape[Confidence].Encoded, draft.Confidence);
            writer.WriteStartArray(DraftShape[ClaimBinder.Mentions].Encoded);
            foreach (var mention in draft.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteString(MentionShape[MentionKind].Encoded, mention.Kind);
                writer.WriteNumber(MentionShape[MentionStart].Encoded, mention.Span.Start);
                writer.WriteNumber(MentionShape[MentionEnd].Encoded, mention.Span.End);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteValidity(Validity validity, Utf8JsonWriter writer)
    {
        var time = Shape[ClaimBinder.Time];
        if (validity is { Kind: ValidityKind.Span, AsOfText: { } expression })
        {
            writer.WriteString(time.Encoded, expression);
        }
        else if (validity.Kind != ValidityKind.Publication)
        {
            writer.WriteStartObject(time.Encoded);
            Optional(writer, TimeShape[AsOf], validity.Kind == ValidityKind.AsOf ? validity.AsOfText : null);
            Optional(writer, TimeShape[From], validity.Kind == ValidityKind.Span ? validity.FromText : null);
            Optional(writer, TimeShape[To], validity.Kind == ValidityKind.Span ? validity.ToText : null);
            writer.WriteEndObject();
        }
    }

    private static void Strings(Utf8JsonWriter writer, JsonField field, IEnumerable<string> values)
    {
        writer.WriteStartArray(field.Encoded);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void Optional(Utf8JsonWriter writer, JsonField field, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(field.Encoded, value);
        }
    }

    private static void Flag(Utf8JsonWriter writer, JsonField field, bool value)
    {
        if (value)
        {
            writer.WriteBoolean(field.Encoded, true);
        }
    }
}
