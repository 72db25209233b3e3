using Contradictions.Cli;

return CliApplication.Run(args, new CliConsole(Console.Out, Console.Error, Console.In, CliConsole.ColorsWanted()));
