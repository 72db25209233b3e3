using System.Diagnostics.CodeAnalysis;

namespace Contradictions.Parsing;

/// <summary>
/// The outcome of parsing text that may legitimately be malformed: either a value or a <see cref="ParseError"/>.
/// Modelled on NodaTime's <c>ParseResult&lt;T&gt;</c>: an expected failure is a value, not an exception.
/// </summary>
/// <typeparam name="T">The type of the parsed value.</typeparam>
public sealed class ParseResult<T>
{
    private readonly T? value;

    private ParseResult(T? value, ParseError? error)
    {
        this.value = value;
        Error = error;
    }

    /// <summary>Gets a value indicating whether parsing succeeded.</summary>
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    /// <summary>Gets the error, or <c>null</c> when parsing succeeded.</summary>
    public ParseError? Error { get; }

    /// <summary>Gets the parsed value.</summary>
    /// <exception cref="FormatException">Parsing failed; the message is the parse error's.</exception>
    public T Value => GetValueOrThrow();

    /// <summary>Creates a successful result.</summary>
    internal static ParseResult<T> ForValue(T value) => new(value, null);

    /// <summary>Creates a failed result.</summary>
    internal static ParseResult<T> ForError(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new(default, error);
    }

    /// <summary>Gets the parsed value, or throws when parsing failed.</summary>
    /// <exception cref="FormatException">Parsing failed; the message is the parse error's.</exception>
    public T GetValueOrThrow() => Success ? value! : throw new FormatException(Error.Message);

    /// <summary>Gets the parsed value when parsing succeeded.</summary>
    /// <param name="result">The parsed value, or <c>default</c> when parsing failed.</param>
    /// <returns>Whether parsing succeeded.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T result)
    {
        result = value;
        return Success;
    }

    /// <summary>Converts a successful result's value, passing a failure through unchanged.</summary>
    public ParseResult<TOther> Convert<TOther>(Func<T, TOther> projection)
    {
        ArgumentNullException.ThrowIfNull(projection);
        return Success ? ParseResult<TOther>.ForValue(projection(value!)) : ParseResult<TOther>.ForError(Error);
    }
}
