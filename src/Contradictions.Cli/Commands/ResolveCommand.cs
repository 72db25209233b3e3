using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Contradictions.Time;

namespace Contradictions.Cli.Commands;

/// <summary>
/// <c>contradictions resolve "&lt;expression&gt;" [--anchor &lt;date&gt;]</c>: prints the resolved interval as JSON;
/// the anchor is today unless given.
/// Without an expression, reads one per line from standard input and writes JSON Lines.
/// </summary>
internal static class ResolveCommand
{
    public static Command Create(CliConsole console)
    {
        var expression = new Argument<string?>("expression") { Description = "A time expression, such as \"earlier this year\". Omit it to read one per line from standard input.", Arity = ArgumentArity.ZeroOrOne };
        var anchor = new Option<string?>("--anchor") { Description = "The date expressions are relative to: yyyy-MM-dd, yyyy-MM or yyyy. Default: today, in this machine's time zone." };
        var command = new Command("resolve", "Resolve a time expression to an interval of days.") { expression, anchor };
        command.SetAction(parsed => Run(parsed.GetValue(expression), parsed.GetValue(anchor) ?? Today(), console));
        return command;
    }

    private static string Today() =>
        NodaTime.Text.LocalDatePattern.Iso.Format(NodaTime.SystemClock.Instance.GetCurrentInstant().InZone(NodaTime.DateTimeZoneProviders.Tzdb.GetSystemDefault()).Date);

    private static int Run(string? expression, string anchorText, CliConsole console)
    {
        var anchor = PartialDate.Parse(anchorText);
        if (!anchor.TryGetValue(out var anchorDate))
        {
            console.Error.WriteLine($"error: --anchor: {anchor.Error!.Message}");
            return ExitCodes.InvalidInput;
        }

        var resolver = new TimeExpressionResolver();
        if (expression is not null)
        {
            var (json, error) = Resolve(resolver, expression, anchorDate);
            console.Output.WriteLine(json);
            if (error is not null)
            {
                console.Error.WriteLine($"error: {error}");
                return ExitCodes.InvalidInput;
            }

            return ExitCodes.Success;
        }

        var failed = false;
        while (console.Input.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (json, error) = Resolve(resolver, line, anchorDate);
            console.Output.WriteLine(json);
            failed |= error is not null;
        }

        return failed ? ExitCodes.InvalidInput : ExitCodes.Success;
    }

    private static (string Json, string? Error) Resolve(TimeExpressionResolver resolver, string expression, PartialDate anchor)
    {
        var result = resolver.Resolve(expression, anchor);
        using var buffer = new MemoryStream();
        string? error = null;
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("expression", expression);
            writer.WriteString("anchor", anchor.ToString());
            if (!result.TryGetValue(out var time))
            {
                error = result.Error!.Message;
                writer.WriteString("error", error);
            }
            else
            {
                WriteInterval(writer, time.Reading);
                writer.WriteString("precision", time.Precision.ToString().ToLowerInvariant());
                writer.WritePropertyName("widest");
                writer.WriteStartObject();
                WriteInterval(writer, time.Widest);
                writer.WriteEndObject();
                writer.WritePropertyName("narrowest");
                if (time.Narrowest is { } narrowest)
                {
                    writer.WriteStartObject();
                    WriteInterval(writer, narrowest);
                    writer.WriteEndObject();
                }
                else
                {
                    writer.WriteNullValue();
                }

                writer.WriteBoolean("span", time.IsSpan);
                if (time.StatedWeekday is { } weekday)
                {
                    writer.WriteString("statedWeekday", weekday.ToString().ToLowerInvariant());
                }

                if (time.HasWeekdayMismatch)
                {
                    error = $"'{expression}' says {time.StatedWeekday}, but {time.Reading.Start} is a {time.Reading.Start!.Value.DayOfWeek}.";
                    writer.WriteString("error", error);
                }
            }

            writer.WriteEndObject();
        }

        return (Encoding.UTF8.GetString(buffer.ToArray()), error);
    }

    private static void WriteInterval(Utf8JsonWriter writer, TimeInterval interval)
    {
        WriteDate(writer, "start", interval.Start);
        WriteDate(writer, "end", interval.End);
    }

    /// <summary>Writes an ISO date, or <c>null</c> for an open end; the mentions command writes its values the same way.</summary>
    internal static void WriteDate(Utf8JsonWriter writer, string name, NodaTime.LocalDate? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, NodaTime.Text.LocalDatePattern.Iso.Format(d));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
