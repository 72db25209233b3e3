using System.Collections.Immutable;
using Contradictions.Claims;

namespace Contradictions.Diagnostics;

/// <summary>
/// One finding: which claims cannot all be true (or, for <see cref="DiagnosticSeverity.Info"/>, why differing claims
/// are consistent), each with its role, the evidence compared, and the arguments its descriptor's message format is
/// filled in with — plain values computed when the check ran.
/// </summary>
/// <remarks>
/// Immutable, and holds nothing of the check that made it: a report kept in memory keeps its claims and these values,
/// no more. <see cref="Message"/> is formatted from <see cref="Descriptor"/> and <see cref="MessageArguments"/> each
/// time it is read, as Roslyn formats its diagnostics': an argument is a string, or an immutable value that writes
/// itself (with the invariant culture) — a check that reports tens of thousands of reconciliations does not write
/// their sentences until someone reads them.
/// </remarks>
public sealed class Diagnostic
{
    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="severity">
    /// How certain it is: the descriptor's default severity when the finding holds under every reading, lower when it
    /// holds only under the default reading. The checker may remap it (<see cref="ContradictionOptions.Diagnostics"/>).
    /// </param>
    /// <param name="subject">The subject the claims are about.</param>
    /// <param name="property">The property, or for relations between properties the one the finding is reported on.</param>
    /// <param name="claims">The smallest set of claims that conflict (for chains, the claims that close the chain); at least one.</param>
    /// <param name="roles">What each of <paramref name="claims"/> is in the finding, in the same order.</param>
    /// <param name="messageArguments">
    /// The values the descriptor's message format is filled in with: strings, or immutable values that format
    /// themselves (<see cref="IFormattable"/> or <see cref="object.ToString"/>, with the invariant culture).
    /// </param>
    /// <exception cref="ArgumentException">
    /// No claims, a role missing for a claim, or fewer message arguments than the descriptor's format takes.
    /// </exception>
    public Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        string subject,
        string property,
        ImmutableArray<Claim> claims,
        ImmutableArray<ClaimRole> roles,
        ImmutableArray<object> messageArguments)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity));
        }

        if (claims.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A diagnostic names at least one claim.", nameof(claims));
        }

        if (roles.IsDefault || roles.Length != claims.Length)
        {
            throw new ArgumentException("A diagnostic gives each of its claims a role.", nameof(roles));
        }

        if (messageArguments.IsDefault || messageArguments.Length < descriptor.ArgumentCount || messageArguments.Any(a => a is null))
        {
            throw new ArgumentException($"{descriptor.Code} takes {descriptor.ArgumentCount} message arguments, none null.", nameof(messageArguments));
        }

        Descriptor = descriptor;
        Severity = severity;
        Subject = subject;
        Property = property;
        Claims = claims;
        Roles = roles;
        MessageArguments = messageArguments;
    }

    /// <summary>Gets the kind of finding.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Gets the stable code, such as <c>CX0005</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Gets the stable kind, such as <c>date-mismatch</c>.</summary>
    public string Kind => Descriptor.Kind;

    /// <summary>Gets how certain the finding is, after any remapping by the options.</summary>
    public DiagnosticSeverity Severity { get; private init; }

    /// <summary>Gets the subject the claims are about.</summary>
    public string Subject { get; }

    /// <summary>Gets the property the finding is reported on.</summary>
    public string Property { get; }

    /// <summary>Gets the smallest set of claims that conflict, in the order the message names them.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets what each of <see cref="Claims"/> is in the finding, in the same order.</summary>
    public ImmutableArray<ClaimRole> Roles { get; }

    /// <summary>Gets the ids of <see cref="Claims"/>.</summary>
    public ImmutableArray<string> ClaimIds => [.. Claims.Select(c => c.Id)];

    /// <summary>Gets the values the descriptor's message format is filled in with.</summary>
    public ImmutableArray<object> MessageArguments { get; }

    /// <summary>Gets the explanation for people: the descriptor's message format filled in with <see cref="MessageArguments"/>.</summary>
    public string Message => Descriptor.FormatMessage(MessageArguments);

    /// <summary>Gets the groups of mutually compatible claims whose disagreement this finding sums up; empty when the claims are the whole story.</summary>
    public ImmutableArray<ClaimCluster> Clusters { get; init; } = [];

    /// <summary>Gets the other claims that share the finding (more claims with the same conflict), beyond <see cref="Claims"/>, in ordinal order.</summary>
    public ImmutableArray<string> RelatedClaimIds { get; init; } = [];

    /// <summary>Gets the resolved intervals that were compared.</summary>
    public ImmutableArray<Evidence> Evidence { get; init; } = [];

    /// <summary>Gets, for a reconciliation, how the claims reconcile; otherwise <c>null</c>.</summary>
    public string? Reconciliation { get; init; }

    /// <summary>
    /// Gets the codes and claim ids of other findings of the same report that share a claim with this one, such as a
    /// wrong date that breaks both a date and an order: one mistake seen twice. Filled in by the report, for errors and
    /// warnings, at most <see cref="ContradictionReport.MaxRelatedDiagnostics"/> of them, the first by position.
    /// </summary>
    public ImmutableArray<DiagnosticReference> RelatedDiagnostics { get; private init; } = [];

    /// <summary>Returns a copy with another severity, everything else the same.</summary>
    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : Enum.IsDefined(severity) ? new(this) { Severity = severity } : throw new ArgumentOutOfRangeException(nameof(severity));

    internal Diagnostic WithRelatedDiagnostics(ImmutableArray<DiagnosticReference> related) => new(this) { RelatedDiagnostics = related };

    private Diagnostic(Diagnostic other)
    {
        Descriptor = other.Descriptor;
        Severity = other.Severity;
        Subject = other.Subject;
        Property = other.Property;
        Claims = other.Claims;
        Roles = other.Roles;
        MessageArguments = other.MessageArguments;
        Clusters = other.Clusters;
        RelatedClaimIds = other.RelatedClaimIds;
        Evidence = other.Evidence;
        Reconciliation = other.Reconciliation;
        RelatedDiagnostics = other.RelatedDiagnostics;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Kind} {Severity.ToString().ToLowerInvariant()} [{string.Join(", ", ClaimIds)}]: {Message}";
}
