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

if (args.Length > 0 && args[0] == "timex")
{
    return TimexEvaluation.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(CheckBenchmarks).Assembly).Run(args);
return 0;
