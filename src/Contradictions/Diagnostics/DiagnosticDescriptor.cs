namespace Contradictions.Diagnostics;

/// <summary>
/// What a kind of finding means, independent of any instance: a stable code, a stable kebab-case kind, a title, the
/// default severity, and help on how to resolve it. In the manner of Roslyn's descriptors; see <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    public DiagnosticDescriptor(string code, string kind, string title, DiagnosticSeverity defaultSeverity, string description, string help)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(help);
        Code = code;
        Kind = kind;
        Title = title;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Help = help;
    }

    /// <summary>Gets the stable code, such as <c>CX0001</c>. Codes are never reused.</summary>
    public string Code { get; }

    /// <summary>Gets the stable kebab-case kind, such as <c>quantity-mismatch</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets a one-line title.</summary>
    public string Title { get; }

    /// <summary>Gets the severity a finding of this kind has when nothing lowers it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets what the kind means.</summary>
    public string Description { get; }

    /// <summary>Gets how to resolve a finding of this kind.</summary>
    public string Help { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Kind}";
}
