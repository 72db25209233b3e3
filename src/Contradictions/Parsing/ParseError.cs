namespace Contradictions.Parsing;

/// <summary>Why a piece of text could not be parsed: a message a person can act on and the part of the input at fault.</summary>
public sealed class ParseError
{
    /// <summary>Creates a parse error.</summary>
    /// <param name="message">What went wrong, phrased for a person.</param>
    /// <param name="input">The whole text that was parsed.</param>
    /// <param name="position">The zero-based index in <paramref name="input"/> where the problem starts.</param>
    /// <param name="length">How many characters the problem spans (zero when the input ended too early).</param>
    public ParseError(string message, string input, int position, int length)
    {
        ArgumentException.ThrowIfNullOrEmpty(message);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfNegative(position);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(position, input.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, input.Length - position);
        Message = message;
        Input = input;
        Position = position;
        Length = length;
    }

    /// <summary>Gets what went wrong.</summary>
    public string Message { get; }

    /// <summary>Gets the whole text that was parsed.</summary>
    public string Input { get; }

    /// <summary>Gets the zero-based index of the first character at fault.</summary>
    public int Position { get; }

    /// <summary>Gets the number of characters at fault.</summary>
    public int Length { get; }

    /// <summary>Gets the part of the input at fault (empty when the input ended too early).</summary>
    public string Fragment => Input.Substring(Position, Length);

    /// <inheritdoc />
    public override string ToString() => Message;
}
