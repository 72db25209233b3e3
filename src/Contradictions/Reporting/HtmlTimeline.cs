using System.Globalization;
using Contradictions.Claims;
using Contradictions.Diagnostics;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Reporting;

/// <summary>
/// The SVG timeline of one subject · property: a time axis shared by its claims; quantities as boxes over their
/// validity (across) and their numbers (up), the default reading solid and the widest faint, so that a drop or a gap
/// between clusters is seen; dates of one event and holders of an office as lanes; the claims of each finding in its
/// colour, and growth that reconciles figures drawn as a line through them.
/// </summary>
internal sealed class HtmlTimeline
{
    private const int LabelledAtMost = 8;
    private const double Width = 960, Left = 64, Right = 190, Top = 14, AxisHeight = 34, LaneHeight = 26, PlotHeight = 230;

    private readonly PropertyDefinition? property;
    private readonly IReadOnlyList<Claim> claims;
    private readonly IReadOnlyDictionary<string, DiagnosticSeverity> marked;
    private readonly IReadOnlyList<Diagnostic> growth;
    private readonly TolerancePolicy tolerance;
    private readonly long firstDay;
    private readonly long lastDay;

    public HtmlTimeline(PropertyDefinition? property, IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, DiagnosticSeverity> marked, IReadOnlyList<Diagnostic> growth, TolerancePolicy tolerance)
    {
        this.property = property;
        this.claims = claims;
        this.marked = marked;
        this.growth = growth;
        this.tolerance = tolerance;

        // The axis covers every finite end of every reading shown: validity, and for dates the value too.
        var days = claims.SelectMany(Intervals).SelectMany(i => new[] { i.Start, i.End }).Where(d => d is not null).Select(d => Day(d!.Value)).ToList();
        (firstDay, lastDay) = days.Count == 0 ? (0, 1) : (days.Min(), days.Max());
        var pad = Math.Max(15, (lastDay - firstDay) / 20);
        (firstDay, lastDay) = (Math.Max(0, firstDay - pad), Math.Min(DateOnly.MaxValue.DayNumber, lastDay + pad));
    }

    private bool IsQuantity => property?.ValueKind == ValueKind.Quantity;

    private bool IsDate => property?.ValueKind == ValueKind.Date;

    public void Write(TextWriter output, string label)
    {
        var lanes = IsQuantity ? [] : Lanes();
        var height = Top + (IsQuantity ? PlotHeight : Math.Max(1, lanes.Count) * LaneHeight) + AxisHeight;
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<svg class=\"timeline\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\""));
        HtmlText.Write(output, label);
        output.WriteLine("\">");
        var plotBottom = height - AxisHeight;
        WriteTimeAxis(output, plotBottom);
        if (IsQuantity)
        {
            WriteQuantities(output, plotBottom);
        }
        else
        {
            WriteLanes(output, lanes);
        }

        output.WriteLine("</svg>");
    }

    private IEnumerable<TimeInterval> Intervals(Claim claim)
    {
        yield return claim.Validity.Time.Reading;
        yield return claim.Validity.Time.Widest;
        if (claim.Value is DateValue date)
        {
            yield return date.Time.Reading;
            yield return date.Time.Widest;
        }
    }

    // Days since 1 January of year 1; an earlier date (NodaTime reaches back to year -9998) is drawn at the axis's start.
    private static long Day(LocalDate date) => date.Year < 1 ? 0 : date.ToDateOnly().DayNumber;

    private double X(long day) => Left + ((Width - Left - Right) * (day - firstDay) / Math.Max(1, lastDay - firstDay));

    private (double From, double To) Span(TimeInterval interval)
    {
        var from = interval.Start is { } s ? X(Day(s)) : Left;
        var to = interval.End is { } e ? X(Day(e) + 1) : Width - Right;
        return (from, Math.Max(to, from + 3));
    }

    private string Severity(Claim claim) => marked.TryGetValue(claim.Id, out var severity) ? severity.ToString().ToLowerInvariant() : "none";

    private void WriteTimeAxis(TextWriter output, double bottom)
    {
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{bottom}\" x2=\"{Width - Right}\" y2=\"{bottom}\"/>"));
        var span = lastDay - firstDay;
        var first = DateOnly.FromDayNumber((int)firstDay);
        var last = DateOnly.FromDayNumber((int)lastDay);
        var ticks = new List<(DateOnly Day, string Label)>();
        if (span > 365 * 3)
        {
            var step = Math.Max(1, (int)Math.Ceiling(span / 365.0 / 8));
            for (var year = first.Year + 1; year <= last.Year; year += step)
            {
                ticks.Add((new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture)));
            }
        }
        else if (span > 90)
        {
            var step = Math.Max(1, (int)Math.Ceiling(span / 30.4 / 8));
            for (var month = new DateOnly(first.Year, first.Month, 1).AddMonths(1); month <= last; month = month.AddMonths(step))
            {
                ticks.Add((month, month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
            }
        }
        else
        {
            var step = Math.Max(1, (int)Math.Ceiling(span / 8.0));
            for (var day = first.AddDays(1); day <= last; day = day.AddDays(step))
            {
                ticks.Add((day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        foreach (var (day, label) in ticks)
        {
            var x = X(day.DayNumber);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<line class=\"tick\" x1=\"{x:0}\" y1=\"{Top}\" x2=\"{x:0}\" y2=\"{bottom + 4}\"/><text class=\"tick-label\" x=\"{x:0}\" y=\"{bottom + 18}\">{label}</text>"));
        }

        output.WriteLine();
    }

    private void WriteQuantities(TextWriter output, double bottom)
    {
        var amounts = claims.Select(c => c.Value is QuantityValue q
            ? (Default: q.Quantity.Unit.ToBase(q.Quantity.ToInterval(tolerance)), Widest: q.Quantity.Unit.ToBase(q.Quantity.ToInterval(tolerance, QuantityReading.Widest)))
            : default).ToList();
        var finite = amounts.SelectMany(a => new[] { a.Default.Lower, a.Default.Upper, a.Widest.Lower, a.Widest.Upper }).Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        var (low, high) = finite.Count == 0 ? (0d, 1d) : (finite.Min(), finite.Max());
        var logarithmic = low > 0 && high / low > 100;
        if (!logarithmic)
        {
            low = Math.Min(0, low);
            high = high <= low ? low + 1 : high * 1.08;
        }

        double Y(double value) => logarithmic
            ? bottom - ((bottom - Top) * (Math.Log10(Math.Max(value, low)) - Math.Log10(low)) / (Math.Log10(high) - Math.Log10(low)))
            : bottom - ((bottom - Top) * (value - low) / (high - low));

        for (var k = 0; k <= 4; k++)
        {
            var value = logarithmic ? Math.Pow(10, Math.Log10(low) + ((Math.Log10(high) - Math.Log10(low)) * k / 4)) : low + ((high - low) * k / 4);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{Left}\" y1=\"{Y(value):0}\" x2=\"{Width - Right}\" y2=\"{Y(value):0}\"/><text class=\"value-label\" x=\"{Left - 6}\" y=\"{Y(value) + 4:0}\">{Short(value)}</text>"));
        }

        output.WriteLine();
        var centres = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        var boxes = new List<(int Claim, Area Box)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (claim.Value is not QuantityValue)
            {
                continue;
            }

            var (wideFrom, wideTo) = Span(claim.Validity.Time.Widest);
            var (from, to) = Span(claim.Validity.Time.Reading);
            var (wideTop, wideBottom) = Box(amounts[i].Widest);
            var (top, boxBottom) = Box(amounts[i].Default);
            var severity = Severity(claim);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<g class=\"claim sev-{severity}\"><title>"));
            WriteClaimTitle(output, claim);
            output.Write("</title>");
            if ((wideFrom, wideTo, wideTop, wideBottom) != (from, to, top, boxBottom))
            {
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<rect class=\"wide\" x=\"{wideFrom:0}\" y=\"{wideTop:0}\" width=\"{wideTo - wideFrom:0}\" height=\"{wideBottom - wideTop:0}\"/>"));
            }

            output.Write(string.Create(CultureInfo.InvariantCulture, $"<rect class=\"main\" x=\"{from:0}\" y=\"{top:0}\" width=\"{to - from:0}\" height=\"{boxBottom - top:0}\"/>"));

            output.WriteLine("</g>");
            centres[claim.Id] = ((from + to) / 2, (top + boxBottom) / 2);
            boxes.Add((i, new Area(from, top, to, boxBottom)));
        }

        // Labels beside the boxes while they can be read; a crowded timeline leaves them to the titles and the table.
        if (claims.Count <= LabelledAtMost)
        {
            WriteLabels(output, boxes);
        }

        // Growth that reconciles figures: a line through its claims in time order.
        foreach (var diagnostic in growth)
        {
            var points = diagnostic.Claims.Where(c => centres.ContainsKey(c.Id)).OrderBy(c => centres[c.Id].X).Select(c => centres[c.Id]).ToList();
            if (points.Count > 1)
            {
                output.WriteLine($"<polyline class=\"growth\" points=\"{string.Join(' ', points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0},{p.Y:0}")))}\"/>");
            }
        }

        (double Top, double Bottom) Box(NumericInterval interval)
        {
            var upper = interval.Upper is { } u ? Y((double)u) : Top;
            var lower = interval.Lower is { } l ? Y((double)l) : bottom;
            return (upper, Math.Max(lower, upper + 3));
        }
    }

    /// <summary>
    /// Writes each box's value beside it — right, left, above or below, the first place that covers no other box and
    /// no label already placed — or not at all (its title and the table still give it): two figures side by side in
    /// time would otherwise write over each other.
    /// </summary>
    private void WriteLabels(TextWriter output, List<(int Claim, Area Box)> boxes)
    {
        var placed = new List<Area>();
        foreach (var (claim, box) in boxes)
        {
            var text = claims[claim].ValueText ?? claims[claim].Value.ToString() ?? string.Empty;
            text = text.Length > LabelLength ? string.Concat(text.AsSpan(0, LabelLength - 1), "…") : text;
            var width = (text.Length * LabelCharacterWidth) + 2;
            var middle = (box.Top + box.Bottom) / 2;
            ReadOnlySpan<(Area Area, string Anchor)> places =
            [
                (new(box.Right + 4, middle - 9, box.Right + 4 + width, middle + 4), "start"),
                (new(box.Left - 4 - width, middle - 9, box.Left - 4, middle + 4), "end"),
                (new(((box.Left + box.Right) / 2) - (width / 2), box.Top - 15, ((box.Left + box.Right) / 2) + (width / 2), box.Top - 2), "middle"),
                (new(((box.Left + box.Right) / 2) - (width / 2), box.Bottom + 2, ((box.Left + box.Right) / 2) + (width / 2), box.Bottom + 15), "middle"),
            ];
            foreach (var (area, anchor) in places)
            {
                if (area.Left < Left || area.Right > Width || area.Top < 0 || boxes.Any(b => b.Claim != claim && b.Box.Overlaps(area)) || placed.Any(area.Overlaps))
                {
                    continue;
                }

                var x = anchor switch { "start" => area.Left, "end" => area.Right, _ => (area.Left + area.Right) / 2 };
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<text class=\"claim-label\" x=\"{x:0}\" y=\"{area.Bottom - 1:0}\" text-anchor=\"{anchor}\">"));
                HtmlText.Write(output, text);
                output.WriteLine("</text>");
                placed.Add(area);
                break;
            }
        }
    }

    // A label's width is estimated, not measured: 11-pixel system-ui text averages under 6.2 pixels a character.
    private const double LabelCharacterWidth = 6.2;
    private const int LabelLength = 40;

    /// <summary>A rectangle of the drawing.</summary>
    private readonly record struct Area(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Area other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>One lane per claim for dates of an event, one per value for holders of an office.</summary>
    private List<(string Label, List<Claim> Claims)> Lanes() => IsDate
        ? [.. claims.OrderBy(c => ((DateValue)c.Value).Time.Reading.Start ?? LocalDate.MinIsoValue).ThenBy(c => c.Id, StringComparer.Ordinal).Select(c => (c.Id, new List<Claim> { c }))]
        : [.. claims.GroupBy(c => (c.Value as EntityValue)?.EntityId ?? c.Value.ToString() ?? string.Empty, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.OrderBy(c => c.Id, StringComparer.Ordinal).ToList()))];

    private void WriteLanes(TextWriter output, List<(string Label, List<Claim> Claims)> lanes)
    {
        for (var lane = 0; lane < lanes.Count; lane++)
        {
            var y = Top + (lane * LaneHeight);
            output.Write(string.Create(CultureInfo.InvariantCulture, $"<text class=\"lane-label\" x=\"{Width - Right + 8}\" y=\"{y + 16}\">"));
            HtmlText.Write(output, lanes[lane].Label, 28);
            output.Write("</text>");
            foreach (var claim in lanes[lane].Claims)
            {
                var time = claim.Value is DateValue date ? date.Time : claim.Validity.Time;
                var (wideFrom, wideTo) = Span(time.Widest);
                var (from, to) = Span(time.Reading);
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<g class=\"claim sev-{Severity(claim)}{(claim.Negated ? " negated" : string.Empty)}\"><title>"));
                WriteClaimTitle(output, claim);
                output.Write(string.Create(CultureInfo.InvariantCulture, $"</title><rect class=\"wide\" x=\"{wideFrom:0}\" y=\"{y + 4}\" width=\"{wideTo - wideFrom:0}\" height=\"{LaneHeight - 8}\"/>"));
                output.Write(string.Create(CultureInfo.InvariantCulture, $"<rect class=\"main\" x=\"{from:0}\" y=\"{y + 7}\" width=\"{to - from:0}\" height=\"{LaneHeight - 14}\"/></g>"));
            }

            output.WriteLine();
        }
    }

    // The claim's id and value, for a pointer or a screen reader; its table row below has the rest.
    private static void WriteClaimTitle(TextWriter output, Claim claim)
    {
        HtmlText.Write(output, $"{claim.Id}: {(claim.Negated ? "not " : string.Empty)}{claim.ValueText ?? claim.Value.ToString()}", 80);
    }

    private static string Short(double value) => Math.Abs(value) switch
    {
        >= 1e9 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e9:0.##}B"),
        >= 1e6 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e6:0.##}M"),
        >= 1e4 => string.Create(CultureInfo.InvariantCulture, $"{value / 1e3:0}k"),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture),
    };
}
