using Contradictions.Diagnostics;

namespace Contradictions.Checking;

/// <summary>
/// One kind of check. The checker runs every registered rule over a <see cref="CheckContext"/>; the built-in rules are
/// registered exactly as a user's own is, with <c>services.AddContradictionRule&lt;T&gt;()</c> (or passed to the
/// <see cref="ContradictionChecker"/> constructor). Implementations must be stateless or thread-safe: one instance
/// serves concurrent checks.
/// </summary>
/// <remarks>
/// What the built-in rules use is public and is all they use: the groups of <see cref="CheckContext.Groups"/> with
/// their amounts and day ranges (<see cref="ClaimGroup"/>, <see cref="DayRange"/>), <see cref="IntervalClusters"/> to
/// split values into agreeing clusters, <see cref="OverlapWitness"/> to find two claims that overlap in time and
/// disagree, <see cref="ClaimPhrases"/> to name claims in messages, and a <see cref="Diagnostics.Diagnostic"/> made
/// from a descriptor, roles and message arguments. <c>samples/GrowthRate</c> is a rule written this way;
/// <see cref="CheckContext.Create"/> runs one on its own.
/// </remarks>
public interface IContradictionRule
{
    /// <summary>Gets the kinds of diagnostic the rule can report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Finds this rule's diagnostics in the context's claim set.</summary>
    IEnumerable<Diagnostic> Check(CheckContext context);
}
