using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Diagnostics;

/// <summary>
/// The catalog of built-in diagnostic kinds. Codes CX0001–CX0010 are assigned; a retired code stays reserved and is
/// never given to another kind. Custom rules should use their own prefix.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary><c>CX0001 quantity-mismatch</c>: the same quantity at overlapping times with values that cannot both hold.</summary>
    public static DiagnosticDescriptor QuantityMismatch { get; } = new(
        "CX0001", "quantity-mismatch", "Quantities disagree at the same time", DiagnosticSeverity.Error,
        "Claims give the same subject and property values that cannot both hold, for times that overlap.",
        "Check whether the claims really refer to the same moment and the same thing counted; if one source is wrong, drop or correct its claim; if the figures describe different things, give them different properties or subjects.");

    /// <summary><c>CX0002 cumulative-decrease</c>: a running total is lower at a time that is surely later.</summary>
    public static DiagnosticDescriptor CumulativeDecrease { get; } = new(
        "CX0002", "cumulative-decrease", "A running total goes down", DiagnosticSeverity.Error,
        "A cumulative quantity (one that never decreases, such as deaths so far) is reported lower at a time that is surely later than a higher figure.",
        "Check the dates of both figures and whether they count the same thing (killed vs killed and wounded); a later, lower figure is either wrong or a correction that should replace the earlier one.");

    /// <summary><c>CX0003 sum-mismatch</c>: parts that cannot add up to their whole at the same time.</summary>
    public static DiagnosticDescriptor SumMismatch { get; } = new(
        "CX0003", "sum-mismatch", "Parts do not add up to the whole", DiagnosticSeverity.Error,
        "The property is declared the sum of others (casualties = killed + wounded), and the parts reported for the same time cannot add up to the whole.",
        "Check that the parts and the whole are as of the same time and from comparable counts; otherwise one of the figures is wrong.");

    /// <summary><c>CX0004 bound-violation</c>: a quantity exceeds one it can never exceed.</summary>
    public static DiagnosticDescriptor BoundViolation { get; } = new(
        "CX0004", "bound-violation", "A quantity exceeds its bound", DiagnosticSeverity.Error,
        "The property is declared at most another (missiles launched ≤ missiles delivered), and at the same time it is reported larger.",
        "Check both figures and their times; one of them is wrong or they are not about the same stock.");

    /// <summary><c>CX0005 date-mismatch</c>: an event that happens once is dated to periods that do not overlap.</summary>
    public static DiagnosticDescriptor DateMismatch { get; } = new(
        "CX0005", "date-mismatch", "An event is dated inconsistently", DiagnosticSeverity.Error,
        "A single-valued date property (an event that happens once, such as a treaty's signing) resolves to periods that do not overlap.",
        "Check relative expressions (\"earlier this year\", \"last year\") against the source's publication date; one source has the date wrong or refers to a different event.");

    /// <summary><c>CX0006 temporal-order</c>: events declared in an order are dated in the opposite order.</summary>
    public static DiagnosticDescriptor TemporalOrder { get; } = new(
        "CX0006", "temporal-order", "Events are out of order", DiagnosticSeverity.Error,
        "A property is declared not after another (signed no later than ratified), possibly through a chain of such relations, and the claims date it surely later.",
        "Check the dates of the events in the chain; one is wrong, or the events are of different things.");

    /// <summary><c>CX0007 functional-conflict</c>: two different values of a one-at-a-time property at the same time.</summary>
    public static DiagnosticDescriptor FunctionalConflict { get; } = new(
        "CX0007", "functional-conflict", "Two values at once", DiagnosticSeverity.Error,
        "A functional property (one value at a time, such as who holds an office) has two different values at overlapping times. A hand-over on the day one term ends and the next begins is not a conflict.",
        "Check titles against tenures: a person named with a title after leaving office (or before taking it) is the usual cause.");

    /// <summary><c>CX0008 negation-conflict</c>: a claim and its negation at the same time.</summary>
    public static DiagnosticDescriptor NegationConflict { get; } = new(
        "CX0008", "negation-conflict", "A claim and its negation", DiagnosticSeverity.Error,
        "One claim says the subject had the value and another that it did not (\"former president X\"), at overlapping times.",
        "Check the time the negated claim refers to: \"former\" is often written about someone who holds the office again, or still.");

    /// <summary><c>CX0009 weekday-mismatch</c>: a stated weekday does not match its date.</summary>
    public static DiagnosticDescriptor WeekdayMismatch { get; } = new(
        "CX0009", "weekday-mismatch", "Weekday does not match the date", DiagnosticSeverity.Error,
        "A date is written with a weekday (\"Friday, October 10, 2025\") that the date does not fall on.",
        "Either the weekday or the date is wrong; check the source's other dates.");

    /// <summary><c>CX0010 reconciled-by-time</c>: values differ but are consistent once their times are considered.</summary>
    public static DiagnosticDescriptor ReconciledByTime { get; } = new(
        "CX0010", "reconciled-by-time", "Consistent once time is considered", DiagnosticSeverity.Info,
        "Figures differ but are not a contradiction: a running total grew between the times they describe, or the same body revised its figure in a later publication.",
        "Nothing to fix; when reporting, give each figure with its date.");

    /// <summary>Gets every built-in descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        QuantityMismatch, CumulativeDecrease, SumMismatch, BoundViolation, DateMismatch,
        TemporalOrder, FunctionalConflict, NegationConflict, WeekdayMismatch, ReconciledByTime,
    ];

    /// <summary>Finds a built-in descriptor by code (<c>CX0005</c>) or kind (<c>date-mismatch</c>), ignoring case.</summary>
    public static bool TryFind(string codeOrKind, [NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(codeOrKind);
        var key = codeOrKind.Trim();
        descriptor = All.FirstOrDefault(d => string.Equals(d.Code, key, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Kind, key, StringComparison.OrdinalIgnoreCase));
        return descriptor is not null;
    }
}
