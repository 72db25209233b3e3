using System.Globalization;
using Contradictions.Checking;
using Contradictions.Consensus;

namespace Contradictions.Reporting;

/// <summary>
/// The consensus section of the HTML report (<c>check --consensus</c>): the items where bodies disagree — the
/// best-supported value, how sure, who supports it and who is the outlier — and each body's track record, least
/// trusted first, its trust as a meter. The same lists as the text report's "best-supported values", each cut at a
/// limit with a count of the rest; every name from a claim file is escaped.
/// </summary>
internal static class HtmlConsensus
{
    public static void Write(TextWriter output, ConsensusResult consensus, int limit)
    {
        var disagreements = ConsensusText.Disagreements(consensus);
        output.WriteLine("<section id=\"consensus\">");
        output.WriteLine("<h2>Best-supported values</h2>");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"<p class=\"muted\">{ClaimPhrases.Count(consensus.Items.Length, "subject · property · time item")}; {ClaimPhrases.Count(disagreements.Count, "item")} where bodies disagree. Each body has one vote in an item, weighted by the trust it earned on the figures other bodies also gave (settled in {ClaimPhrases.Count(consensus.Iterations, "round")}). The findings above are the same with or without this section.</p>"));
        if (disagreements.Count > 0)
        {
            output.WriteLine("<table class=\"consensus\"><thead><tr><th scope=\"col\">Subject · property</th><th scope=\"col\">Time</th><th scope=\"col\">Best-supported</th><th scope=\"col\">Confidence</th><th scope=\"col\">Supported by</th><th scope=\"col\">Outliers</th></tr></thead><tbody>");
            foreach (var item in disagreements.Take(limit))
            {
                output.Write("<tr><td>");
                HtmlText.Write(output, $"{item.Subject} · {item.Property}");
                output.Write("</td><td>");
                HtmlText.Write(output, ConsensusText.When(item));
                output.Write("</td><td>");
                HtmlText.Write(output, ConsensusJsonWriter.Describe(item.Value) + ConsensusText.Unit(item.Unit));
                output.Write("</td><td>");
                Meter(output, item.Confidence, $"{item.Bodies} bodies");
                output.Write("</td><td>");
                Ids(output, item.Support);
                output.Write("</td><td>");
                Ids(output, item.Outliers);
                output.WriteLine("</td></tr>");
            }

            output.WriteLine("</tbody></table>");
            More(output, disagreements.Count, limit, "item", "items");
        }

        var bodies = ConsensusText.BodiesLeastTrustedFirst(consensus);
        output.WriteLine("<h3>Track records, least trusted first</h3>");
        if (bodies.Count == 0)
        {
            output.WriteLine("<p class=\"muted\">No body gave a figure that another body also gave: there is no record to learn from.</p>");
        }
        else
        {
            output.WriteLine("<table class=\"consensus\"><thead><tr><th scope=\"col\">Body</th><th scope=\"col\">Trust</th><th scope=\"col\">Prior</th><th scope=\"col\">Contested figures supporting the consensus</th></tr></thead><tbody>");
            foreach (var body in bodies.Take(limit))
            {
                output.Write("<tr><td>");
                HtmlText.Write(output, body.Name, 120);
                output.Write("</td><td>");
                Meter(output, body.Trust, null);
                output.Write(string.Create(CultureInfo.InvariantCulture, $"</td><td>{body.Prior:0.00}</td><td>{body.Supported} of {body.Contested}</td></tr>"));
                output.WriteLine();
            }

            output.WriteLine("</tbody></table>");
            More(output, bodies.Count, limit, "body", "bodies");
        }

        output.WriteLine("</section>");
    }

    private static void Meter(TextWriter output, double value, string? note) =>
        output.Write(string.Create(CultureInfo.InvariantCulture, $"<meter min=\"0\" max=\"1\" value=\"{value:0.###}\">{value:0.00}</meter> {value:0.00}{(note is null ? string.Empty : $" <span class=\"muted\">({note})</span>")}"));

    private static void Ids(TextWriter output, IEnumerable<string> ids)
    {
        var first = true;
        foreach (var id in ids)
        {
            output.Write(first ? "<code>" : ", <code>");
            HtmlText.Write(output, id);
            output.Write("</code>");
            first = false;
        }
    }

    private static void More(TextWriter output, int count, int limit, string one, string many)
    {
        if (count > limit)
        {
            var rest = count - limit;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<p class=\"muted\">{rest:N0} more {(rest == 1 ? $"{one} is" : $"{many} are")} in the JSON report (<code>--format json --consensus</code>).</p>"));
        }
    }
}
