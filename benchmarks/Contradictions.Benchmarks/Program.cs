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

if (args.Length > 0 && args[0] == "load-one")
{
    return ScaleRun.LoadOne(args[1..]);
}

if (args.Length == 4 && args[0] == "write-generated")
{
    // write-generated <claims> <seed> <path>: a generated claim set as a file, for measuring cold runs of the tool on it.
    var generated = Contradictions.Generation.ClaimSetGenerator.Generate(new Contradictions.Generation.GeneratorSettings
    {
        Claims = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture),
        Seed = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
    }).ClaimSet;
    using var file = File.Create(args[3]);
    Contradictions.Serialization.ClaimSetWriter.Write(generated, file);
    return 0;
}

if (args.Length > 0 && args[0] == "timex")
{
    return TimexEvaluation.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args);
return 0;
