using System.Globalization;
using Contradictions.Reporting;

namespace Contradictions.Consensus;

/// <summary>
/// The consensus as lines of text, for the <c>consensus</c> command and the text report: the items where bodies
/// disagree (best-supported value, confidence, support, outliers), then the bodies, least trusted first. Every string
/// from a file goes through <see cref="TerminalText.Safe"/>.
/// </summary>
internal static class ConsensusText
{
    /// <summary>Writes the disagreements and the bodies' trust, each list cut after <paramref name="limit"/> lines (with a count of the rest).</summary>
    public static void Write(TextWriter output, ConsensusResult result, int limit = int.MaxValue)
    {
        var disagreements = Disagreements(result);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Items.Length:N0} subject · property · time items; {disagreements.Count:N0} where bodies disagree (settled in {Checking.ClaimPhrases.Count(result.Iterations, "round")})."));
        foreach (var item in disagreements.Take(limit))
        {
            var when = When(item);
            output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture,
                $"  {item.Subject} · {item.Property} · {when}: {ConsensusJsonWriter.Describe(item.Value)}{Unit(item.Unit)} (confidence {item.Confidence:0.00}, {item.Bodies} bodies; supported by {string.Join(", ", item.Support)}; outliers {string.Join(", ", item.Outliers)})")));
        }

        More(output, disagreements.Count, limit, "items");
        var bodies = BodiesLeastTrustedFirst(result);
        output.WriteLine("Bodies, least trusted first (trust learned from the figures other bodies also gave):");
        foreach (var body in bodies.Take(limit))
        {
            output.WriteLine(TerminalText.Safe(string.Create(CultureInfo.InvariantCulture,
                $"  {body.Name}: {body.Trust:0.00} (prior {body.Prior:0.00}; {body.Supported} of {body.Contested} contested figures support the consensus)")));
        }

        More(output, bodies.Count, limit, "bodies");
    }

    /// <summary>The time an item holds for: its days, or "at any time" for a timeless property.</summary>
    internal static string When(ConsensusItem item) => item.Time.Start is null && item.Time.End is null ? "at any time" : item.Time.ToString();

    /// <summary>The items where bodies disagree, as every report shows them.</summary>
    internal static List<ConsensusItem> Disagreements(ConsensusResult result) => [.. result.Items.Where(ConsensusJsonWriter.IsDisagreement)];

    /// <summary>The bodies with a record (a contested figure), least trusted first, as every report shows them.</summary>
    internal static List<TrustRecord> BodiesLeastTrustedFirst(ConsensusResult result) =>
        [.. result.Bodies.Where(b => b.Contested > 0).OrderBy(b => b.Trust).ThenBy(b => b.Name, StringComparer.Ordinal)];

    /// <summary>" km", " USD" — and nothing for a count of items, whose unit id "item" is no word for a reader.</summary>
    internal static string Unit(string unit) => string.Equals(unit, Quantities.UnitCatalog.Item.Id, StringComparison.Ordinal) ? string.Empty : $" {unit}";

    private static void More(TextWriter output, int count, int limit, string what)
    {
        if (count > limit)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  … and {count - limit:N0} more {what} (the JSON and SARIF reports and the consensus command hold all)."));
        }
    }
}
