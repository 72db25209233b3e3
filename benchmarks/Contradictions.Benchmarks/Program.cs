using BenchmarkDotNet.Running;
using Contradictions.Benchmarks;

if (args.Length > 0 && args[0] == "scale")
{
    return ScaleRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "scale-one")
{
    return ScaleRun.RunOne(args[1..]);
}

if (args.Length == 2 && args[0] == "consensus-one")
{
    // consensus-one <claim file>: load, estimate and write the consensus in this process, with the time of each, twice.
    for (var run = 0; run < 2; run++)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var set = new Contradictions.Serialization.ClaimSetLoader().LoadFiles([args[1]]).GetClaimSetOrThrow();
        var load = watch.Elapsed;
        watch.Restart();
        var result = new Contradictions.Consensus.ConsensusEstimator().Estimate(set);
        var estimate = watch.Elapsed;
        watch.Restart();
        Contradictions.Consensus.ConsensusJsonWriter.Write(result, TextWriter.Null);
        Console.WriteLine(FormattableString.Invariant($"load {load.TotalSeconds:F2} s, estimate {estimate.TotalSeconds:F2} s ({result.Iterations} rounds, {result.Items.Length:N0} items), write {watch.Elapsed.TotalSeconds:F2} s"));
    }

    return 0;
}

if (args.Length > 0 && args[0] == "consensus-eval")
{
    return ConsensusEvaluation.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "cold")
{
    return ColdRun.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "load-one")
{
    return ScaleRun.LoadOne(args[1..]);
}

if (args.Length is 4 or 5 && args[0] == "write-generated")
{
    // write-generated <claims> <seed> <path> [news]: a generated claim set as a file, for measuring cold runs of the
    // tool on it; "news" gives the shape of a news archive (GeneratorSettings.News), otherwise the default profile.
    var claims = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
    var seed = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
    var settings = args is [.., "news"]
        ? Contradictions.Generation.GeneratorSettings.News(claims, seed)
        : new Contradictions.Generation.GeneratorSettings { Claims = claims, Seed = seed };
    using var file = File.Create(args[3]);
    Contradictions.Serialization.ClaimSetWriter.Write(Contradictions.Generation.ClaimSetGenerator.Generate(settings).ClaimSet, file);
    return 0;
}

if (args.Length is 2 or 3 && args[0] == "mentions-speed")
{
    return Contradictions.Benchmarks.MentionSpeed.Run(args[1], args.Length == 3 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args.Length == 2 && args[0] == "draft-eval")
{
    return Contradictions.Benchmarks.DraftEvaluation.Run(args[1]);
}

if (args.Length > 0 && args[0] == "timex")
{
    return TimexEvaluation.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args);
return 0;
