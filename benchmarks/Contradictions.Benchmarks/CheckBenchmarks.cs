using BenchmarkDotNet.Attributes;
using Contradictions.Checking;
using Contradictions.Claims;
using Contradictions.Generation;

namespace Contradictions.Benchmarks;

/// <summary>A full check, every built-in rule, of generated claim sets.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private readonly ContradictionChecker checker = ContradictionChecker.CreateDefault();
    private ClaimSet set = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = Claims, Seed = 7 }).ClaimSet;

    [Benchmark]
    public int Check() => checker.Check(set).Diagnostics.Length;
}
