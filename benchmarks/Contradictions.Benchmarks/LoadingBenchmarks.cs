using BenchmarkDotNet.Attributes;
using Contradictions.Generation;
using Contradictions.Serialization;

namespace Contradictions.Benchmarks;

/// <summary>Loading a generated claim set of 10,000 claims from JSON: read, validate, resolve.</summary>
[MemoryDiagnoser]
public class LoadingBenchmarks
{
    private byte[] json = [];

    [GlobalSetup]
    public void Setup()
    {
        var set = ClaimSetGenerator.Generate(new GeneratorSettings { Claims = 10_000, Seed = 7 }).ClaimSet;
        json = System.Text.Encoding.UTF8.GetBytes(ClaimSetWriter.ToJson(set));
    }

    [Benchmark]
    public int LoadJson() => new ClaimSetLoader().Load([new ClaimSetInput("generated.json", json)]).GetClaimSetOrThrow().Claims.Length;
}
