using Crosscheck.Bench;

return args.Length == 0 ? Usage() : args[0] switch
{
    "scale" => ScaleBenchmark.Run(args[1..]),
    "dedup" => DedupBenchmark.Run(args[1..]),
    "tune" => Tuning.Run(args[1..]),
    "crosscheck" => CrossCheckBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Crosscheck.Bench scale N [--no-group] | dedup N | tune FILE | crosscheck [N...]");
    return 2;
}
