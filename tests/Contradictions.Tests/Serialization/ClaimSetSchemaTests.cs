using System.Text.Json;
using Contradictions.Serialization;

namespace Contradictions.Tests.Serialization;

/// <summary>The JSON Schema of the format and the field tables the loader reads by are one definition: they must agree.</summary>
public sealed class ClaimSetSchemaTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse(File.ReadAllText(Repository.Path("docs", "claim-set.schema.json"))).RootElement;

    public static TheoryData<string> Shapes() => ["document", "vocabulary", "property", "unit", "exchangeRate", "source", "claim", "span", "value", "time", "lexicon", "draft", "mentionReference", "unplaced"];

    private static JsonShape Shape(string name) => name switch
    {
        "document" => ClaimSetFile.Shape,
        "vocabulary" => VocabularyBinder.Shape,
        "property" => VocabularyBinder.PropertyShape,
        "unit" => VocabularyBinder.UnitShape,
        "exchangeRate" => VocabularyBinder.RateShape,
        "source" => SourceBinder.Shape,
        "claim" => ClaimBinder.Shape,
        "span" => ClaimBinder.SpanShape,
        "value" => ClaimBinder.ValueShape,
        "lexicon" => LexiconBinder.Shape,
        "draft" => ClaimBinder.DraftShape,
        "mentionReference" => ClaimBinder.MentionShape,
        "unplaced" => ClaimSetFile.UnplacedShape,
        _ => ClaimBinder.TimeShape,
    };

    /// <summary>The schema's object for a shape; for value and time, the object variants of its oneOf, merged.</summary>
    private static List<JsonElement> SchemaObjects(string name)
    {
        var definitions = Schema.GetProperty("definitions");
        var claim = definitions.GetProperty("claim").GetProperty("properties");
        return name switch
        {
            "document" => [Schema],
            "vocabulary" => [Schema.GetProperty("properties").GetProperty("vocabulary")],
            "unplaced" => [Schema.GetProperty("properties").GetProperty("unplaced").GetProperty("items")],
            "span" => [claim.GetProperty("span")],
            "value" or "time" => [.. claim.GetProperty(name).GetProperty("oneOf").EnumerateArray().Where(v => v.TryGetProperty("properties", out _))],
            _ => [definitions.GetProperty(name)],
        };
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Schema_NamesTheFieldsOfEachTable(string name)
    {
        var fields = SchemaObjects(name).SelectMany(o => o.GetProperty("properties").EnumerateObject().Select(p => p.Name)).ToHashSet();
        Assert.Equal(Shape(name).Names.Order(StringComparer.Ordinal), fields.Order(StringComparer.Ordinal));
        Assert.All(SchemaObjects(name), o => Assert.False(o.GetProperty("additionalProperties").GetBoolean()));
    }

    [Theory]
    [InlineData("document")]
    [InlineData("property")]
    [InlineData("unit")]
    [InlineData("exchangeRate")]
    [InlineData("source")]
    [InlineData("claim")]
    [InlineData("span")]
    [InlineData("lexicon")]
    [InlineData("draft")]
    [InlineData("mentionReference")]
    public void Schema_RequiresWhatEachTableRequires(string name)
    {
        var schema = SchemaObjects(name).Single();
        var required = schema.TryGetProperty("required", out var list) ? list.EnumerateArray().Select(r => r.GetString()!).ToHashSet() : [];

        // The document's format is required by the schema and checked by the loader as an unsupported format.
        var table = Shape(name).Fields.Where(f => f.Required is not null).Select(f => f.Name).Concat(name == "document" ? ["format"] : []);
        Assert.Equal(table.Order(StringComparer.Ordinal), required.Order(StringComparer.Ordinal));
    }
}
