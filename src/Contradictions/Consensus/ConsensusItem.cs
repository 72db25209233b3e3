using System.Collections.Immutable;
using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Consensus;

/// <summary>
/// The best-supported value of one subject · property · validity: the numbers most of the independent weight agrees
/// on, the claims that support it, those that do not, and how sure the estimate is.
/// </summary>
public sealed class ConsensusItem
{
    internal ConsensusItem(string subject, string property, TimeInterval time, NumericInterval value, string unit, ImmutableArray<string> support, ImmutableArray<string> outliers, int bodies, double confidence)
    {
        (Subject, Property, Time, Value, Unit) = (subject, property, time, value, unit);
        (Support, Outliers, Bodies, Confidence) = (support, outliers, bodies, confidence);
    }

    /// <summary>Gets the subject.</summary>
    public string Subject { get; }

    /// <summary>Gets the property.</summary>
    public string Property { get; }

    /// <summary>Gets the time the claims are valid for (their default reading); both ends open for a timeless property.</summary>
    public TimeInterval Time { get; }

    /// <summary>Gets the best-supported value, in <see cref="Unit"/>: what every supporting claim allows (its default reading).</summary>
    public NumericInterval Value { get; }

    /// <summary>Gets the base unit of <see cref="Value"/>.</summary>
    public string Unit { get; }

    /// <summary>Gets the ids of the claims whose numbers contain the best-supported value, in ordinal order.</summary>
    public ImmutableArray<string> Support { get; }

    /// <summary>Gets the ids of the claims whose numbers exclude the best-supported value, in ordinal order.</summary>
    public ImmutableArray<string> Outliers { get; }

    /// <summary>Gets how many independent bodies gave a figure (relays of one origin and revisions of one body count once).</summary>
    public int Bodies { get; }

    /// <summary>Gets the share of the bodies' trust behind the value, from 0 to 1 (1 when every body agrees).</summary>
    public double Confidence { get; }
}
