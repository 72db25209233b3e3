using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contradictions.Mentions;
using Contradictions.Time;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions mentions &lt;file|-&gt; --published &lt;date&gt; [--format jsonl|text]</c>: the time and quantity
/// mentions of a text, in text order, one JSON object a line (time: <c>kind</c>, <c>start</c>, <c>end</c>,
/// <c>text</c>, <c>type</c>, <c>value</c>, <c>signal</c>; quantity: <c>amount</c>, <c>min</c>, <c>max</c>,
/// <c>qualifier</c>, <c>unit</c>, <c>noun</c>), or one line of text each.
/// </summary>
internal static class MentionsCommand
{
    // Bigger texts are refused rather than read into memory whole.
    private const long MaxBytes = 256L * 1024 * 1024;

    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file, or - for standard input." };
        var published = new Option<string>("--published") { Description = "When the text was published: yyyy-MM-dd, yyyy-MM or yyyy. Relative expressions resolve against it.", Required = true };
        var format = new Option<string>("--format") { Description = "jsonl (one mention a line) or text.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var command = new Command("mentions", "Find the times (resolved against the publication date) and the quantities of a text.") { file, published, format };
        command.SetAction(parsed => Run(console, parsed.GetValue(file)!, parsed.GetValue(published)!, parsed.GetValue(format)!));
        return command;
    }

    private static int Run(CliConsole console, string path, string publishedText, string format)
    {
        if (!PartialDate.Parse(publishedText).TryGetValue(out var published))
        {
            console.Error.WriteLine($"error: --published: {PartialDate.Parse(publishedText).Error!.Message}");
            return ExitCodes.InvalidInput;
        }

        string text;
        try
        {
            using var stream = path == "-" ? console.OpenInput() : File.OpenRead(path);
            if (stream.CanSeek && stream.Length > MaxBytes)
            {
                console.Error.WriteLine($"error: {path} is {stream.Length:N0} bytes; at most {MaxBytes:N0} are read.");
                return ExitCodes.InvalidInput;
            }

            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            var why = e is DecoderFallbackException ? "it is not valid UTF-8" : e.Message;
            console.Error.WriteLine(Reporting.TerminalText.Safe($"error: cannot read {path}: {why}"));
            return ExitCodes.InvalidInput;
        }

        var mentions = new MentionTagger().Tag(text, published);
        foreach (var mention in mentions)
        {
            console.Output.WriteLine(format == "text" ? Reporting.TerminalText.Safe(AsText(mention)) : AsJson(mention));
        }

        return ExitCodes.Success;
    }

    private static string AsText(Mention mention) => mention switch
    {
        TimeMention time => $"{time.Span.Start,7}..{time.Span.End,-7} {time.Type.ToString().ToLowerInvariant(),-8} {time.Text}{(time.Time is { } t ? $"  → {t.Reading}" : string.Empty)}",
        QuantityMention quantity => $"{quantity.Span.Start,7}..{quantity.Span.End,-7} {"quantity",-8} {quantity.Text}  → {quantity.Quantity}{(quantity.Noun is { } noun ? $"  ({noun})" : string.Empty)}",
        AttributionMention attribution => $"{attribution.Span.Start,7}..{attribution.Span.End,-7} {"said-by",-8} {attribution.Text}  → {attribution.Source}, covering {attribution.Covers.Start}..{attribution.Covers.End}",
        OfficeHolderMention office => $"{office.Span.Start,7}..{office.Span.End,-7} {"office",-8} {office.Text}  → {office.Person}{(office.Former ? " (former)" : string.Empty)} · {office.Title}",
        _ => mention.ToString(),
    };

    private static string AsJson(Mention mention) => mention switch
    {
        QuantityMention quantity => AsJson(quantity, json => QuantityFields(json, quantity)),
        TimeMention time => AsJson(time, json => TimeFields(json, time)),
        AttributionMention attribution => AsJson(attribution, json =>
        {
            json.WriteString("source", attribution.Source);
            json.WriteStartObject("covers");
            json.WriteNumber("start", attribution.Covers.Start);
            json.WriteNumber("end", attribution.Covers.End);
            json.WriteEndObject();
        }),
        OfficeHolderMention office => AsJson(office, json =>
        {
            json.WriteString("title", office.Title);
            json.WriteString("person", office.Person);
            json.WriteBoolean("negated", office.Former);
        }),
        _ => throw new InvalidOperationException($"No JSON for a {mention.Kind} mention."),
    };

    /// <summary>A mention's <c>kind</c>, <c>start</c>, <c>end</c> and <c>text</c>, then its own fields.</summary>
    private static string AsJson(Mention mention, Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("kind", mention.Kind);
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("end", mention.Span.End);
            json.WriteString("text", mention.Text);
            fields(json);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// <c>{"kind": "quantity", "start", "end", "text", "amount", "min", "max", "qualifier", "unit", "noun"}</c>: an
    /// amount, or a range's min and max; the qualifier as the claim format names it (<c>range</c> for a range); the unit
    /// id, <c>null</c> for a bare count.
    /// </summary>
    private static void QuantityFields(Utf8JsonWriter json, QuantityMention mention)
    {
        var q = mention.Quantity;
        if (q.Maximum is { } maximum)
        {
            json.WriteNull("amount");
            json.WriteNumber("min", q.Amount);
            json.WriteNumber("max", maximum);
            json.WriteString("qualifier", "range");
        }
        else
        {
            json.WriteNumber("amount", q.Amount);
            json.WriteNull("min");
            json.WriteNull("max");
            json.WriteString("qualifier", Serialization.FormatNames.Name(q.Qualifier));
        }

        if (q.Unit.Id == Quantities.UnitCatalog.Item.Id)
        {
            json.WriteNull("unit");
        }
        else
        {
            json.WriteString("unit", q.Unit.Id);
        }

        if (mention.Noun is { } noun)
        {
            json.WriteString("noun", noun);
        }
    }

    /// <summary><c>{"kind": "time", "start", "end", "text", "type", "value": {"start", "end"}|null, "signal"}</c>.</summary>
    private static void TimeFields(Utf8JsonWriter json, TimeMention mention)
    {
        json.WriteString("type", mention.Type.ToString().ToLowerInvariant());
        if (mention.Time is { Reading: var reading })
        {
            json.WriteStartObject("value");
            ResolveCommand.WriteDate(json, "start", reading.Start);
            ResolveCommand.WriteDate(json, "end", reading.End);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("value");
        }

        if (mention.Signal is { } signal)
        {
            json.WriteString("signal", signal);
        }
    }
}
