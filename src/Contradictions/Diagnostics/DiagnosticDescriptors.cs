using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Diagnostics;

/// <summary>
/// The catalog of built-in diagnostic kinds. Codes CX0001–CX0011 are assigned (<c>DiagnosticReleases.md</c> beside this file lists them); a retired code stays reserved and is
/// never given to another kind. Custom rules should use their own prefix.
/// </summary>
public static class DiagnosticDescriptors
{
    /// <summary><c>CX0001 quantity-mismatch</c>: the same quantity at overlapping times with values that cannot both hold.</summary>
    public static DiagnosticDescriptor QuantityMismatch { get; } = new(
        "CX0001", "quantity-mismatch", "Quantities disagree at the same time",
        "{0} gives {1} as {2} {3}; {4} gives {5} {6}: these cannot both hold {7}.{8}{9}{10}",
        "Quantities", DiagnosticSeverity.Error,
        "Claims give the same subject and property values that cannot both hold, for times that overlap.",
        "Check whether the claims really refer to the same moment and the same thing counted; if one source is wrong, drop or correct its claim; if the figures describe different things, give them different properties or subjects.",
        HelpLink("cx0001"));

    /// <summary><c>CX0002 cumulative-decrease</c>: a running total is lower at a time that is surely later.</summary>
    public static DiagnosticDescriptor CumulativeDecrease { get; } = new(
        "CX0002", "cumulative-decrease", "A running total goes down",
        "{0} gives the running total {1} as {2} {3}; {4} gives {5} {6}, which is later, yet lower: a running total cannot go down.{7}{8}",
        "Quantities", DiagnosticSeverity.Error,
        "A cumulative quantity (one that never decreases, such as deaths so far) is reported lower at a time that is surely later than a higher figure.",
        "Check the dates of both figures and whether they count the same thing (killed vs killed and wounded); a later, lower figure is either wrong or a correction that should replace the earlier one.",
        HelpLink("cx0002"));

    /// <summary><c>CX0003 sum-mismatch</c>: parts that cannot add up to their whole at the same time.</summary>
    public static DiagnosticDescriptor SumMismatch { get; } = new(
        "CX0003", "sum-mismatch", "Parts do not add up to the whole",
        "{0} gives {1} = {2} as {3} {4}; {5}; at the same time {6}, which cannot make the whole.{7}",
        "Quantities", DiagnosticSeverity.Error,
        "The property is declared the sum of others (casualties = killed + wounded), and the parts reported for the same time cannot add up to the whole.",
        "Check that the parts and the whole are as of the same time and from comparable counts; otherwise one of the figures is wrong.",
        HelpLink("cx0003"));

    /// <summary><c>CX0004 bound-violation</c>: a quantity exceeds one it can never exceed.</summary>
    public static DiagnosticDescriptor BoundViolation { get; } = new(
        "CX0004", "bound-violation", "A quantity exceeds its bound",
        "{0} gives {1} as {2} {3}; {4} gives {5} as {6} {7}. {8} can never exceed {5}.{9}",
        "Quantities", DiagnosticSeverity.Error,
        "The property is declared at most another (missiles launched ≤ missiles delivered), and at the same time it is reported larger.",
        "Check both figures and their times; one of them is wrong or they are not about the same stock.",
        HelpLink("cx0004"));

    /// <summary><c>CX0005 date-mismatch</c>: an event that happens once is dated to periods that do not overlap.</summary>
    public static DiagnosticDescriptor DateMismatch { get; } = new(
        "CX0005", "date-mismatch", "An event is dated inconsistently",
        "{0} dates {1} to {2}; {3} dates it to {4}. These periods do not overlap, and the event happened once.{5}{6}{7}",
        "Time", DiagnosticSeverity.Error,
        "A single-valued date property (an event that happens once, such as a treaty's signing) resolves to periods that do not overlap.",
        "Check relative expressions (\"earlier this year\", \"last year\") against the source's publication date; one source has the date wrong or refers to a different event.",
        HelpLink("cx0005"));

    /// <summary><c>CX0006 temporal-order</c>: events declared in an order are dated in the opposite order.</summary>
    public static DiagnosticDescriptor TemporalOrder { get; } = new(
        "CX0006", "temporal-order", "Events are out of order",
        "{0} dates {1} to {2}; {3} dates {4} to {5}. The vocabulary requires {6}, but the first is surely after the second.{7}{8}",
        "Time", DiagnosticSeverity.Error,
        "A property is declared not after another (signed no later than ratified), possibly through a chain of such relations, and the claims date it surely later.",
        "Check the dates of the events in the chain; one is wrong, or the events are of different things.",
        HelpLink("cx0006"));

    /// <summary><c>CX0007 functional-conflict</c>: two different values of a one-at-a-time property at the same time.</summary>
    public static DiagnosticDescriptor FunctionalConflict { get; } = new(
        "CX0007", "functional-conflict", "Two values at once",
        "{0} gives {1} as {2} {3}; {4} gives {5} {6}. {7}{8}{9}",
        "Entities", DiagnosticSeverity.Error,
        "A functional property (one value at a time, such as who holds an office) has two different values at overlapping times. A hand-over on the day one term ends and the next begins is not a conflict.",
        "Check titles against tenures: a person named with a title after leaving office (or before taking it) is the usual cause.",
        HelpLink("cx0007"));

    /// <summary><c>CX0008 negation-conflict</c>: a claim and its negation at the same time.</summary>
    public static DiagnosticDescriptor NegationConflict { get; } = new(
        "CX0008", "negation-conflict", "A claim and its negation",
        "{0} says {1} was not {2} {3}; {4} says it was, {5}. These times overlap.{6}",
        "Entities", DiagnosticSeverity.Error,
        "One claim says the subject had the value and another that it did not (\"former president X\"), at overlapping times.",
        "Check the time the negated claim refers to: \"former\" is often written about someone who holds the office again, or still.",
        HelpLink("cx0008"));

    /// <summary><c>CX0009 weekday-mismatch</c>: a stated weekday does not match its date.</summary>
    public static DiagnosticDescriptor WeekdayMismatch { get; } = new(
        "CX0009", "weekday-mismatch", "Weekday does not match the date",
        "{0} writes \"{1}\", but {2} is a {3}, not a {4}.",
        "Time", DiagnosticSeverity.Error,
        "A date is written with a weekday (\"Friday, October 10, 2025\") that the date does not fall on.",
        "Either the weekday or the date is wrong; check the source's other dates.",
        HelpLink("cx0009"));

    /// <summary><c>CX0010 reconciled-by-time</c>: values differ but are consistent once their times are considered.</summary>
    public static DiagnosticDescriptor ReconciledByTime { get; } = new(
        "CX0010", "reconciled-by-time", "Consistent once time is considered",
        "The running total {0} is reported as {1}. The figures differ, but each higher figure is for a time no earlier than the lower ones, so they describe growth, not a contradiction.",
        "Reconciliation", DiagnosticSeverity.Info,
        "Figures differ but are not a contradiction: a running total grew between the times they describe.",
        "Nothing to fix; when reporting, give each figure with its date.",
        HelpLink("cx0010"));

    /// <summary><c>CX0011 revision</c>: the same body gave another figure in a later publication.</summary>
    public static DiagnosticDescriptor Revision { get; } = new(
        "CX0011", "revision", "Revised by the same body",
        "{0} gives {1} as {2}; {3} gives {4}, published later by the same body: a revision, not a contradiction.",
        "Reconciliation", DiagnosticSeverity.Info,
        "The same body (the origin the claims cite) gave different figures for the same time in publications surely at different times: the later one revises the earlier.",
        "Nothing to fix; when reporting, give the latest figure and say that it was revised.",
        HelpLink("cx0011"));

    /// <summary><c>CX0012 incomparable-units</c>: figures for the same time in units that do not convert, such as two currencies.</summary>
    public static DiagnosticDescriptor IncomparableUnits { get; } = new(
        "CX0012", "incomparable-units", "Figures in units that do not convert",
        "{0} gives {1} as {2}; {3} gives {4}, for overlapping times: '{5}' and '{6}' do not convert into each other, so these figures were not compared.",
        "Quantities", DiagnosticSeverity.Info,
        "Claims about the same subject and property at overlapping times give amounts in units with no conversion between them, most often two currencies: they are not checked against each other.",
        "To compare amounts in two currencies, give an exchange rate for their time under vocabulary.exchangeRates; otherwise compare them yourself.",
        HelpLink("cx0012"));

    /// <summary><c>CX0013 similar-ids</c>: two ids that differ only by case, punctuation or a letter or two, whose claims would meet.</summary>
    public static DiagnosticDescriptor SimilarIds { get; } = new(
        "CX0013", "similar-ids", "Two ids that are probably one",
        "The {0} '{1}' and '{2}' differ only by {3}: if they are one, {4} about {5} would be checked against each other. Give them one id if they are the same.",
        "Names", DiagnosticSeverity.Warning,
        "Two subject ids, or two entity ids given as values of one property, differ only by case, punctuation or a letter or two. As written they are different things, so their claims are never compared, and a contradiction between them stays hidden.",
        "If they name one thing, give every claim the same id; if they are different things, nothing to do (ids that differ only in digits are never reported).",
        HelpLink("cx0013"));

    /// <summary><c>CX0014 relay-discrepancy</c>: two outlets relay the same body with different figures for the same time.</summary>
    public static DiagnosticDescriptor RelayDiscrepancy { get; } = new(
        "CX0014", "relay-discrepancy", "Outlets relay one body differently",
        "{0} and {1} both cite {2} for {3}, but give {4} and {5} for overlapping times, in an order the sources do not give: one of them may misreport it, or {2} changed its figure in between.",
        "Attribution", DiagnosticSeverity.Warning,
        "Two claims from different outlets cite the same body (origin) for the same subject, property and time with figures that cannot both hold, and their publications are not in a known order.",
        "Find what the body itself said (its statement, or the outlet closest to it); give the sources publication times if one reported a later update.",
        HelpLink("cx0014"));

    /// <summary>Gets every built-in descriptor, in code order.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        QuantityMismatch, CumulativeDecrease, SumMismatch, BoundViolation, DateMismatch,
        TemporalOrder, FunctionalConflict, NegationConflict, WeekdayMismatch, ReconciledByTime, Revision, IncomparableUnits,
        SimilarIds, RelayDiscrepancy,
    ];

    /// <summary>Finds a built-in descriptor by code (<c>CX0005</c>) or kind (<c>date-mismatch</c>), ignoring case.</summary>
    public static bool TryFind(string codeOrKind, [NotNullWhen(true)] out DiagnosticDescriptor? descriptor)
    {
        ArgumentNullException.ThrowIfNull(codeOrKind);
        var key = codeOrKind.Trim();
        descriptor = All.FirstOrDefault(d => string.Equals(d.Code, key, StringComparison.OrdinalIgnoreCase) || string.Equals(d.Kind, key, StringComparison.OrdinalIgnoreCase));
        return descriptor is not null;
    }

    // Relative to the repository: each code has a section in docs/diagnostics.md.
    private static Uri HelpLink(string anchor) => new($"docs/diagnostics.md#{anchor}", UriKind.Relative);
}
