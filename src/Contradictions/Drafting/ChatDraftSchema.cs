using System.Text;
using System.Text.Json;
using Contradictions.Serialization;
using Contradictions.Vocabulary;

namespace Contradictions.Drafting;

/// <summary>
/// What a language model is asked for: the claim-set format's claim fields that an article gives (from the format's
/// field table, so the names cannot drift), with the vocabulary's property ids as the only properties; and the
/// instructions that say how values, times and quotes are written.
/// </summary>
internal static class ChatDraftSchema
{
    // The fields a model fills; the drafter gives the id and the source, and marks the claim.
    private static readonly int[] Fields = [ClaimBinder.Subject, ClaimBinder.Property, ClaimBinder.Value, ClaimBinder.Unit, ClaimBinder.Time, ClaimBinder.Origin, ClaimBinder.Negated, ClaimBinder.Quote, ClaimBinder.Span];

    public static JsonElement Create(PropertyVocabulary vocabulary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            json.WriteStartObject("claims");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            json.WriteString("type", "object");
            json.WriteStartObject("properties");
            foreach (var index in Fields)
            {
                var field = ClaimBinder.Shape[index];
                json.WriteStartObject(field.Name);
                switch (index)
                {
                    case ClaimBinder.Property:
                        json.WriteStartArray("enum");
                        foreach (var id in vocabulary.Properties.Keys)
                        {
                            json.WriteStringValue(id);
                        }

                        json.WriteEndArray();
                        break;
                    case ClaimBinder.Negated:
                        json.WriteString("type", "boolean");
                        break;
                    case ClaimBinder.Span:
                        json.WriteString("type", "object");
                        json.WriteStartObject("properties");
                        json.WriteStartObject("start");
                        json.WriteString("type", "integer");
                        json.WriteEndObject();
                        json.WriteStartObject("end");
                        json.WriteString("type", "integer");
                        json.WriteEndObject();
                        json.WriteEndObject();
                        break;
                    default:
                        json.WriteString("type", "string");
                        break;
                }

                json.WriteString("description", field.Expected);
                json.WriteEndObject();
            }

            json.WriteStartObject("confidence");
            json.WriteString("type", "number");
            json.WriteString("description", "How sure you are, from 0 to 1.");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("required");
            foreach (var name in new[] { "subject", "property", "value", "quote", "span" })
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("required");
            json.WriteStringValue("claims");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    public static string Instructions(PropertyVocabulary vocabulary, Lexicon lexicon)
    {
        var text = new StringBuilder();
        text.AppendLine("You draft checkable claims from one news article for a fact-checker, who reviews every claim.");
        text.AppendLine("Return JSON: {\"claims\": [...]}, one claim per figure, date, office holder or place the article states.");
        text.AppendLine("- value: as the article words it (\"roughly 2,000\", \"more than 10,000\", \"earlier this year\"), or an entity id for an entity property.");
        text.AppendLine("- time: when the claim holds, as the article words it (\"in September\", \"since November\", \"as of late February\"); leave it out for the publication date.");
        text.AppendLine("- origin: the body the article attributes the claim to, as it names it; leave it out when it names none.");
        text.AppendLine("- negated: true when the article says the subject did not have the value (\"former\").");
        text.AppendLine("- quote: a short phrase copied exactly from the article; span: its start and end offsets (end exclusive).");
        text.AppendLine("Properties (id: type, dimension, description):");
        foreach (var (id, property) in vocabulary.Properties)
        {
            text.Append("- ").Append(id).Append(": ").Append(FormatNames.Name(property.ValueKind));
            if (property.Dimension is { } dimension)
            {
                text.Append(", ").Append(FormatNames.Name(dimension));
            }

            if (property.Description is { } description)
            {
                text.Append(", ").Append(description);
            }

            text.AppendLine();
        }

        Section(text, "Subjects (use these ids):", lexicon.Subjects);
        Section(text, "Offices (subject ids; the holder is claimed under \"" + lexicon.HolderProperty + "\"):", lexicon.Offices);
        Section(text, "Entities (ids for entity values; otherwise a name in lower case joined by hyphens):", lexicon.Entities);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, System.Collections.Immutable.ImmutableSortedDictionary<string, System.Collections.Immutable.ImmutableArray<string>> section)
    {
        if (section.IsEmpty)
        {
            return;
        }

        text.AppendLine(title);
        foreach (var (id, phrases) in section)
        {
            text.Append("- ").Append(id).Append(": ").AppendJoin("; ", phrases).AppendLine();
        }
    }
}
