using Contradictions.Parsing;
using NodaTime;

namespace Contradictions.Time;

/// <summary>
/// Resolves English time expressions ("earlier this year", "late February", "Q3 2024", "since at least November")
/// to <see cref="ResolvedTime"/> intervals of days, against an anchor that may itself be known only to the month
/// or the year. The conventions are documented in <c>docs/time-expressions.md</c>.
/// </summary>
/// <remarks>
/// <para>A month or day named without a year means the most recent one not after the anchor: news is written about the past.</para>
/// <para>When the anchor is uncertain, the expression is resolved for its earliest and its latest day and the results are combined:
/// the readings widen to cover both, and the narrowest reading keeps only what both share.</para>
/// <para>Instances are immutable and safe to share between threads.</para>
/// </remarks>
public sealed class TimeExpressionResolver
{
    private readonly TimeResolutionOptions options;

    /// <summary>Creates a resolver with the given conventions, or the defaults.</summary>
    public TimeExpressionResolver(TimeResolutionOptions? options = null)
    {
        this.options = options ?? new TimeResolutionOptions();
    }

    /// <summary>Resolves <paramref name="text"/> against an anchor known to the day.</summary>
    public ParseResult<ResolvedTime> Resolve(string text, LocalDate anchor) => Resolve(text, PartialDate.FromDate(anchor));

    /// <summary>Resolves <paramref name="text"/> against an anchor known to a day, a month or a year.</summary>
    /// <returns>The resolved time, or an error that names the part of the text that was not understood.</returns>
    public ParseResult<ResolvedTime> Resolve(string text, PartialDate anchor)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > options.MaximumLength ? TooLong(text) : Resolve(TimeExpressionParser.Parse(text), text, anchor);
    }

    private ParseResult<ResolvedTime> TooLong(string text) => ParseResult<ResolvedTime>.ForError(new ParseError(
        $"The time expression is {text.Length} characters long; at most {options.MaximumLength} are accepted.", text, 0, text.Length));

    /// <summary>
    /// Resolves an expression parsed once (<see cref="TimeExpressionParser.Parse(string)"/>) against an anchor: a loader that
    /// meets "in September" under a thousand sources parses it once.
    /// </summary>
    internal ParseResult<ResolvedTime> Resolve(ParseResult<TimeExpression> parsed, string text, PartialDate anchor)
    {
        if (text.Length > options.MaximumLength)
        {
            return TooLong(text);
        }

        if (!parsed.TryGetValue(out var expression))
        {
            return ParseResult<ResolvedTime>.ForError(parsed.Error!);
        }

        try
        {
            var readings = expression.Evaluate(anchor.Earliest, options);
            if (anchor.Precision != TimePrecision.Day)
            {
                readings = Readings.AcrossAnchors(readings, expression.Evaluate(anchor.Latest, options));
            }

            return ParseResult<ResolvedTime>.ForValue(new ResolvedTime(
                readings.Reading, readings.Widest, readings.Narrowest, expression.Precision, text.Trim(), expression.StatedWeekday, expression.IsSpan));
        }
        catch (TimeExpressionException e)
        {
            return ParseResult<ResolvedTime>.ForError(new ParseError($"'{text}': {e.Message}.", text, 0, text.Length));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return ParseResult<ResolvedTime>.ForError(new ParseError($"'{text}' falls outside the supported calendar range.", text, 0, text.Length));
        }
    }
}
