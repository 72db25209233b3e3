using Contradictions.Diagnostics;

namespace Contradictions.Checking;

/// <summary>
/// One kind of check. The checker runs every registered rule over a <see cref="CheckContext"/>; built-in rules are
/// registered exactly as a user's own would be (<c>builder.AddRule&lt;T&gt;()</c>). Implementations must be stateless
/// or thread-safe: one instance serves concurrent checks.
/// </summary>
public interface IContradictionRule
{
    /// <summary>Gets the kinds of diagnostic the rule can report.</summary>
    IReadOnlyList<DiagnosticDescriptor> Descriptors { get; }

    /// <summary>Finds this rule's diagnostics in the context's claim set.</summary>
    IEnumerable<Diagnostic> Check(CheckContext context);
}
