using System.Collections.Immutable;
using Contradictions.Claims;

namespace Contradictions.Diagnostics;

/// <summary>
/// One finding: which claims cannot all be true (or, for <see cref="DiagnosticSeverity.Info"/>, why differing claims
/// are consistent), the evidence compared, and a message a person understands without reading the JSON.
/// </summary>
/// <remarks>
/// Immutable and safe to read from several threads. The built-in rules write the message, and for their most frequent
/// findings the details (<see cref="Evidence"/>, <see cref="Clusters"/>, <see cref="RelatedClaimIds"/>,
/// <see cref="Reconciliation"/>), when first read: a check that reports tens of thousands of reconciliations does not
/// pay for text nobody reads. Every reader sees the same values.
/// </remarks>
public sealed class Diagnostic
{
    private readonly Func<string> messageFactory;
    private readonly Func<DiagnosticDetails>? detailsFactory;
    private string? message;
    private DiagnosticDetails? details;

    /// <summary>Creates a diagnostic.</summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="severity">How certain it is.</param>
    /// <param name="subject">The subject the claims are about.</param>
    /// <param name="property">The property, or for relations between properties the one the finding is reported on.</param>
    /// <param name="claims">The smallest set of claims that conflict (for chains, the claims that close the chain); at least one.</param>
    /// <param name="message">The explanation for people.</param>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string subject, string property, ImmutableArray<Claim> claims, string message)
        : this(descriptor, severity, subject, property, claims, Fixed(message))
    {
    }

    /// <summary>
    /// Creates a diagnostic whose message is written only when first read: checks that produce many findings (a
    /// pipeline that filters by kind or severity, say) need not pay for sentences nobody reads.
    /// </summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="severity">How certain it is.</param>
    /// <param name="subject">The subject the claims are about.</param>
    /// <param name="property">The property the finding is reported on.</param>
    /// <param name="claims">The smallest set of claims that conflict; at least one.</param>
    /// <param name="message">Writes the explanation for people; called at most once per reader race, and must not fail.</param>
    public Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string subject, string property, ImmutableArray<Claim> claims, Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        ArgumentException.ThrowIfNullOrWhiteSpace(property);
        ArgumentNullException.ThrowIfNull(message);
        if (claims.IsDefaultOrEmpty)
        {
            throw new ArgumentException("A diagnostic names at least one claim.", nameof(claims));
        }

        Descriptor = descriptor;
        Severity = severity;
        Subject = subject;
        Property = property;
        Claims = claims;
        messageFactory = message;
    }

    /// <summary>
    /// Creates a diagnostic whose message and details (evidence, clusters, related claims, reconciliation) are both
    /// written only when first read: the built-in rules report tens of thousands of reconciliations on large sets.
    /// </summary>
    internal Diagnostic(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, string subject, string property, ImmutableArray<Claim> claims, Func<string> message, Func<DiagnosticDetails> details)
        : this(descriptor, severity, subject, property, claims, message)
    {
        detailsFactory = details;
    }

    /// <summary>Gets the kind of finding.</summary>
    public DiagnosticDescriptor Descriptor { get; }

    /// <summary>Gets the stable code, such as <c>CX0005</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>Gets the stable kind, such as <c>date-mismatch</c>.</summary>
    public string Kind => Descriptor.Kind;

    /// <summary>Gets how certain the finding is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>Gets the subject the claims are about.</summary>
    public string Subject { get; }

    /// <summary>Gets the property the finding is reported on.</summary>
    public string Property { get; }

    /// <summary>Gets the smallest set of claims that conflict, in the order the message names them.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Gets the ids of <see cref="Claims"/>.</summary>
    public ImmutableArray<string> ClaimIds => [.. Claims.Select(c => c.Id)];

    /// <summary>Gets the groups of mutually compatible claims whose disagreement this finding sums up; empty when the claims are the whole story.</summary>
    public ImmutableArray<ClaimCluster> Clusters { get => Details.Clusters; init => details = Details with { Clusters = value }; }

    /// <summary>Gets the other claims that share the finding (more claims with the same conflict), beyond <see cref="Claims"/>.</summary>
    public ImmutableArray<string> RelatedClaimIds { get => Details.RelatedClaimIds; init => details = Details with { RelatedClaimIds = value }; }

    /// <summary>Gets the resolved intervals that were compared.</summary>
    public ImmutableArray<Evidence> Evidence { get => Details.Evidence; init => details = Details with { Evidence = value }; }

    /// <summary>Gets the explanation for people.</summary>
    public string Message => message ??= messageFactory();

    /// <summary>Gets, for a reconciliation, how the claims reconcile; otherwise <c>null</c>.</summary>
    public string? Reconciliation { get => Details.Reconciliation; init => details = Details with { Reconciliation = value }; }

    private DiagnosticDetails Details => details ?? MaterializeDetails();

    /// <summary>Writes the details once; readers on several threads may race, and the first published result wins.</summary>
    private DiagnosticDetails MaterializeDetails()
    {
        var made = detailsFactory?.Invoke() ?? DiagnosticDetails.None;
        return Interlocked.CompareExchange(ref details, made, null) ?? made;
    }

    private static Func<string> Fixed(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text, "message");
        return () => text;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Kind} {Severity.ToString().ToLowerInvariant()} [{string.Join(", ", ClaimIds)}]: {Message}";
}
