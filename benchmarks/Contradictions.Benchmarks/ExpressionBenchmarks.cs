using BenchmarkDotNet.Attributes;
using Contradictions.Quantities;
using Contradictions.Time;

namespace Contradictions.Benchmarks;

/// <summary>Resolving time expressions and parsing quantity expressions, twelve of each per operation.</summary>
[MemoryDiagnoser]
public class ExpressionBenchmarks
{
    private static readonly string[] Times =
    [
        "2024-10-24", "October 24, 2024", "Friday, October 10, 2025", "in September", "earlier this year", "late February",
        "since at least November", "the third quarter", "two weeks ago", "mid-2024", "recently", "from 2019-05-20 to 2024-05-20",
    ];

    private static readonly string[] Quantities =
    [
        "11,000", "approximately 11,000", "more than 10,000", "between 3,000 and 5,000", "up to 5,000", "12 million",
        "around 12 million artillery shells", "nearly 2,000", "half", "about 130 kilometers", "thousands of containers", "at least 60",
    ];

    private readonly TimeExpressionResolver resolver = new();
    private readonly QuantityParser parser = new();
    private readonly PartialDate dayAnchor = PartialDate.FromDate(new NodaTime.LocalDate(2025, 10, 10));
    private readonly PartialDate monthAnchor = PartialDate.FromYearMonth(2025, 10);

    [Benchmark]
    public int ResolveAgainstADay()
    {
        var days = 0;
        foreach (var text in Times)
        {
            days += resolver.Resolve(text, dayAnchor).Success ? 1 : 0;
        }

        return days;
    }

    [Benchmark]
    public int ResolveAgainstAMonth()
    {
        var days = 0;
        foreach (var text in Times)
        {
            days += resolver.Resolve(text, monthAnchor).Success ? 1 : 0;
        }

        return days;
    }

    [Benchmark]
    public int ParseQuantities()
    {
        var parsed = 0;
        foreach (var text in Quantities)
        {
            parsed += parser.Parse(text).Success ? 1 : 0;
        }

        return parsed;
    }
}
