using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace Contradictions.Diagnostics;

/// <summary>
/// What a kind of finding means, independent of any instance, in the manner of Roslyn's descriptors: a stable code and
/// kebab-case kind, a title, the message format its findings fill in, a category, the default severity, and help on
/// how to resolve it. The built-in ones are in <see cref="DiagnosticDescriptors"/>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="code">The stable code, such as <c>CX0001</c>; a custom rule should use its own prefix.</param>
    /// <param name="kind">The stable kebab-case kind, such as <c>quantity-mismatch</c>.</param>
    /// <param name="title">A one-line title.</param>
    /// <param name="messageFormat">
    /// The message of a finding as a composite format string (<c>{0}</c>, <c>{1}</c>, …) filled in with the finding's
    /// <see cref="Diagnostic.MessageArguments"/>.
    /// </param>
    /// <param name="category">The area the kind belongs to, such as <c>Quantities</c> or <c>Time</c>.</param>
    /// <param name="defaultSeverity">The severity of a finding that holds under every reading.</param>
    /// <param name="description">What the kind means.</param>
    /// <param name="help">How to resolve a finding of this kind.</param>
    /// <param name="helpLink">Where the kind is documented, or <c>null</c>.</param>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="messageFormat"/> is not a valid format.</exception>
    public DiagnosticDescriptor(
        string code,
        string kind,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        string help,
        Uri? helpLink = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageFormat);
        ArgumentException.ThrowIfNullOrWhiteSpace(category);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        ArgumentException.ThrowIfNullOrWhiteSpace(help);
        if (!Enum.IsDefined(defaultSeverity))
        {
            throw new ArgumentOutOfRangeException(nameof(defaultSeverity));
        }

        try
        {
            Format = CompositeFormat.Parse(messageFormat);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Invalid message format: {e.Message}", nameof(messageFormat), e);
        }

        Code = code;
        Kind = kind;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        Help = help;
        HelpLink = helpLink;
    }

    /// <summary>Gets the stable code, such as <c>CX0001</c>. Codes are never reused.</summary>
    public string Code { get; }

    /// <summary>Gets the stable kebab-case kind, such as <c>quantity-mismatch</c>.</summary>
    public string Kind { get; }

    /// <summary>Gets a one-line title.</summary>
    public string Title { get; }

    /// <summary>Gets the composite format string a finding's message arguments fill in.</summary>
    public string MessageFormat { get; }

    /// <summary>Gets the area the kind belongs to, such as <c>Quantities</c>, <c>Time</c> or <c>Entities</c>.</summary>
    public string Category { get; }

    /// <summary>Gets the severity a finding of this kind has when it holds under every reading and no setting changes it.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Gets what the kind means.</summary>
    public string Description { get; }

    /// <summary>Gets how to resolve a finding of this kind.</summary>
    public string Help { get; }

    /// <summary>Gets where the kind is documented, or <c>null</c>.</summary>
    public Uri? HelpLink { get; }

    /// <summary>Gets <see cref="MessageFormat"/>, parsed once.</summary>
    internal CompositeFormat Format { get; }

    /// <summary>Gets how many message arguments <see cref="MessageFormat"/> takes.</summary>
    internal int ArgumentCount => Format.MinimumArgumentCount;

    /// <summary>Fills in <see cref="MessageFormat"/>.</summary>
    /// <exception cref="ArgumentException">There are fewer arguments than the format takes.</exception>
    internal string FormatMessage(ImmutableArray<object> arguments)
    {
        if (arguments.IsDefault || arguments.Length < ArgumentCount)
        {
            throw new ArgumentException($"{Code} takes {ArgumentCount} message arguments.", nameof(arguments));
        }

        return string.Format(CultureInfo.InvariantCulture, Format, [.. arguments]);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Kind}";
}
