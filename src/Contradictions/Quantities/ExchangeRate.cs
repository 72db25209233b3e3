using NodaTime;

namespace Contradictions.Quantities;

/// <summary>
/// How many units of one currency one unit of another bought on a day: <c>1 EUR = 1.08 USD on 2025-03-01</c>. Given in
/// a vocabulary, it lets the checker compare figures in the two currencies (at the rate nearest in time to each claim);
/// without one, such figures are reported as not comparable (<c>CX0012</c>).
/// </summary>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates an exchange rate.</summary>
    /// <param name="from">The currency one unit of which is priced (<c>EUR</c>).</param>
    /// <param name="to">The currency it is priced in (<c>USD</c>).</param>
    /// <param name="rate">How many <paramref name="to"/> one <paramref name="from"/> bought; positive.</param>
    /// <param name="on">The day of the rate.</param>
    /// <exception cref="ArgumentException">A currency is empty, or both are the same.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not positive.</exception>
    public ExchangeRate(string from, string to, decimal rate, LocalDate on)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        if (string.Equals(from, to, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"An exchange rate converts between two currencies, not '{from}' into itself.", nameof(to));
        }

        From = from;
        To = to;
        Rate = rate;
        On = on;
    }

    /// <summary>Gets the currency one unit of which is priced.</summary>
    public string From { get; }

    /// <summary>Gets the currency it is priced in.</summary>
    public string To { get; }

    /// <summary>Gets how many units of <see cref="To"/> one unit of <see cref="From"/> bought.</summary>
    public decimal Rate { get; }

    /// <summary>Gets the day of the rate.</summary>
    public LocalDate On { get; }

    /// <summary>Returns how many units of <paramref name="target"/> one unit of <paramref name="currency"/> bought by this rate, or <c>null</c> when it does not join them.</summary>
    internal decimal? Between(string currency, string target) =>
        string.Equals(currency, From, StringComparison.OrdinalIgnoreCase) && string.Equals(target, To, StringComparison.OrdinalIgnoreCase) ? Rate
        : string.Equals(currency, To, StringComparison.OrdinalIgnoreCase) && string.Equals(target, From, StringComparison.OrdinalIgnoreCase) ? 1m / Rate
        : null;

    /// <inheritdoc />
    public bool Equals(ExchangeRate? other) =>
        other is not null && string.Equals(From, other.From, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(To, other.To, StringComparison.OrdinalIgnoreCase) && Rate == other.Rate && On == other.On;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From.ToUpperInvariant(), To.ToUpperInvariant(), Rate, On);

    /// <summary>Formats the rate as <c>1 EUR = 1.08 USD on 2025-03-01</c>.</summary>
    public override string ToString() => $"1 {From} = {NumericInterval.Format(Rate)} {To} on {Time.TimeInterval.Format(On)}";
}
