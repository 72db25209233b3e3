using System.Globalization;
using Contradictions.Claims;
using Contradictions.Consensus;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/Contradictions.Benchmarks -- consensus-eval [--items 2000] [--seeds 5]</c>:
/// how often the best-supported value contains the truth, on worlds whose truth and whose sources' reliabilities are
/// known, against majority vote and TruthFinder (Yin, Han and Yu, 2008), at several shares of unreliable bodies.
/// </summary>
/// <remarks>
/// <para>
/// A world: items (a subject's troop count for a month) with a true value; 40 bodies that report, each reliable
/// (right with probability 0.75–0.95), unreliable (0.2–0.5) or stale (gives the previous month's value); 20 outlets
/// that only relay bodies, citing them. A right figure is written as a newspaper writes it: exact, "about" rounded to
/// two figures, a range of ±15 %, or "more than" 90 % of it; a wrong one is 30–70 % or 140–300 % of the truth. A body
/// sometimes publishes a preliminary figure (50–80 % of the truth) and revises it in a later article; half of a body's
/// figures are relayed by one to three outlets, who copy its words. Each item gets figures from three to seven bodies.
/// </para>
/// <para>
/// An answer is right when its numbers (the default reading) contain the truth. Majority vote takes the figure stated
/// most often (the narrowest at a tie); TruthFinder takes the fact of highest confidence, facts being the distinct
/// figures of an item, with its published defaults (initial trust 0.9, ρ = 0.5, γ = 0.3, implication from the distance
/// between figures' midpoints, dampened as the paper does), iterated until trust moves by less than 10⁻⁶.
/// </para>
/// </remarks>
internal static class ConsensusEvaluation
{
    private static readonly TolerancePolicy Tolerance = new();

    private static readonly PropertyVocabulary Vocabulary = PropertyVocabulary.Empty.With(new PropertyDefinition("troops", ValueKind.Quantity) { Dimension = Dimension.Count });

    public static int Run(string[] args)
    {
        var items = int.Parse(Option(args, "--items") ?? "2000", CultureInfo.InvariantCulture);
        var seeds = int.Parse(Option(args, "--seeds") ?? "5", CultureInfo.InvariantCulture);
        Console.WriteLine("| unreliable bodies | items | this library | majority vote | TruthFinder | TruthFinder on each body's latest figure | median width (this library / majority / TruthFinder) | items with a revision: this library | majority | TruthFinder | items with relays: this library | majority | TruthFinder |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        foreach (var noise in new[] { 0.1, 0.25, 0.4, 0.55 })
        {
            var totals = new Tally[3];
            var revised = new Tally[3];
            var relayed = new Tally[3];
            var widths = new[] { new List<double>(), new List<double>(), new List<double>() };
            var latestOnly = default(Tally);
            for (var seed = 1; seed <= seeds; seed++)
            {
                var world = World.Make(items, noise, seed);
                var ours = new ConsensusEstimator().Estimate(world.Set).Items.ToDictionary(i => i.Subject, i => i.Value, StringComparer.Ordinal);
                var claimsBySubject = world.Set.Claims.GroupBy(c => c.Subject).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
                var majority = claimsBySubject.ToDictionary(p => p.Key, p => Majority(p.Value), StringComparer.Ordinal);
                var truthFinder = TruthFinder(claimsBySubject);

                // The same method given what this library knows of who said it and when: one figure per body, its latest.
                var latest = TruthFinder(claimsBySubject.ToDictionary(
                    p => p.Key,
                    p => p.Value.GroupBy(c => c.Origin ?? c.Source.Publisher).Select(g => g.OrderByDescending(c => c.Source.Published.Earliest).First()).ToList(),
                    StringComparer.Ordinal));
                foreach (var (subject, truth) in world.Truth)
                {
                    NumericInterval[] answers = [ours[subject], majority[subject], truthFinder[subject]];
                    var right = answers.Select(a => Covers(a, truth)).ToArray();
                    latestOnly.Add(Covers(latest[subject], truth));
                    for (var m = 0; m < 3; m++)
                    {
                        widths[m].Add(answers[m].Lower is { } lo && answers[m].Upper is { } hi ? (double)((hi - lo) / truth) : double.PositiveInfinity);
                    }

                    for (var m = 0; m < 3; m++)
                    {
                        totals[m].Add(right[m]);
                        if (world.Revised.Contains(subject))
                        {
                            revised[m].Add(right[m]);
                        }

                        if (world.Relayed.Contains(subject))
                        {
                            relayed[m].Add(right[m]);
                        }
                    }
                }
            }

            Console.WriteLine(FormattableString.Invariant(
                $"| {noise:P0} | {totals[0].Count:N0} | {totals[0]} | {totals[1]} | {totals[2]} | {latestOnly} | {string.Join(" / ", widths.Select(w => $"{Median(w):P0}"))} | {revised[0]} | {revised[1]} | {revised[2]} | {relayed[0]} | {relayed[1]} | {relayed[2]} |"));
        }

        return 0;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }

    private static NumericInterval Amount(Claim claim) => ((QuantityValue)claim.Value).Quantity.ToInterval(Tolerance);

    private static bool Covers(NumericInterval amount, decimal number) =>
        (amount.Lower is not { } lower || lower <= number) && (amount.Upper is not { } upper || number <= upper);

    private static decimal Midpoint(NumericInterval amount) =>
        amount.Lower is { } lower && amount.Upper is { } upper ? (lower + upper) / 2 : amount.Lower ?? amount.Upper ?? 0;

    /// <summary>The figure stated most often; at a tie the narrowest, then the lowest.</summary>
    private static NumericInterval Majority(List<Claim> claims) =>
        claims.Select(Amount).GroupBy(a => a).OrderByDescending(g => g.Count()).ThenBy(g => Width(g.Key)).ThenBy(g => Midpoint(g.Key)).First().Key;

    private static decimal Width(NumericInterval amount) => amount.Lower is { } l && amount.Upper is { } u ? u - l : decimal.MaxValue;

    /// <summary>TruthFinder over the distinct figures of each item, sources being the articles' publishers.</summary>
    private static Dictionary<string, NumericInterval> TruthFinder(Dictionary<string, List<Claim>> claimsBySubject)
    {
        const double Rho = 0.5, Gamma = 0.3, Dampening = 0.3;
        var facts = claimsBySubject.ToDictionary(
            p => p.Key,
            p => p.Value.GroupBy(Amount).Select(g => (Amount: g.Key, Sources: g.Select(c => c.Source.Publisher ?? c.Source.Id).Distinct().ToList())).ToList(),
            StringComparer.Ordinal);
        var trust = facts.Values.SelectMany(f => f).SelectMany(f => f.Sources).Distinct().ToDictionary(s => s, _ => 0.9, StringComparer.Ordinal);
        var confidence = new Dictionary<(string, int), double>();
        for (var round = 0; round < 100; round++)
        {
            foreach (var (subject, list) in facts)
            {
                var sigma = list.Select(f => f.Sources.Sum(s => -Math.Log(1 - Math.Min(trust[s], 0.999999)))).ToArray();
                for (var i = 0; i < list.Count; i++)
                {
                    var adjusted = sigma[i];
                    for (var j = 0; j < list.Count; j++)
                    {
                        if (j != i)
                        {
                            adjusted += Rho * sigma[j] * Implication(list[j].Amount, list[i].Amount);
                        }
                    }

                    confidence[(subject, i)] = 1 / (1 + Math.Exp(-Dampening * Gamma * adjusted));
                }
            }

            var sums = trust.Keys.ToDictionary(s => s, _ => (Sum: 0.0, Count: 0), StringComparer.Ordinal);
            foreach (var (subject, list) in facts)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    foreach (var source in list[i].Sources)
                    {
                        var (sum, count) = sums[source];
                        sums[source] = (sum + confidence[(subject, i)], count + 1);
                    }
                }
            }

            var moved = 0.0;
            foreach (var (source, (sum, count)) in sums)
            {
                var next = sum / count;
                moved = Math.Max(moved, Math.Abs(next - trust[source]));
                trust[source] = next;
            }

            if (moved < 1e-6)
            {
                break;
            }
        }

        return facts.ToDictionary(
            p => p.Key,
            p => p.Value.Select((f, i) => (f.Amount, Confidence: confidence[(p.Key, i)])).OrderByDescending(f => f.Confidence).ThenBy(f => Width(f.Amount)).First().Amount,
            StringComparer.Ordinal);
    }

    /// <summary>How far one figure supports another: +0.5 for the same, falling to −0.5 for figures far apart.</summary>
    private static double Implication(NumericInterval from, NumericInterval to)
    {
        var (a, b) = ((double)Midpoint(from), (double)Midpoint(to));
        var scale = Math.Max(Math.Abs(b), 1);
        return Math.Exp(-Math.Abs(a - b) / (0.1 * scale)) - 0.5;
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private struct Tally
    {
        public int Count { get; private set; }

        public int Right { get; private set; }

        public void Add(bool right) => (Count, Right) = (Count + 1, Right + (right ? 1 : 0));

        public override readonly string ToString() => Count == 0 ? "–" : FormattableString.Invariant($"{100.0 * Right / Count:F1} %");
    }

    private sealed class World
    {
        private static readonly LocalDate Start = new(2025, 1, 1);

        private World(ClaimSet set, Dictionary<string, decimal> truth, HashSet<string> revised, HashSet<string> relayed) =>
            (Set, Truth, Revised, Relayed) = (set, truth, revised, relayed);

        public ClaimSet Set { get; }

        public Dictionary<string, decimal> Truth { get; }

        public HashSet<string> Revised { get; }

        public HashSet<string> Relayed { get; }

        public static World Make(int items, double unreliableShare, int seed)
        {
            var random = new Random(seed);
            var bodies = Enumerable.Range(0, 40).Select(b =>
            {
                var roll = random.NextDouble();
                var kind = roll < unreliableShare ? "unreliable" : roll < unreliableShare + 0.1 ? "stale" : "reliable";
                var accuracy = kind == "unreliable" ? 0.2 + (0.3 * random.NextDouble()) : 0.75 + (0.2 * random.NextDouble());
                return (Name: $"Body {b}", Kind: kind, Accuracy: accuracy);
            }).ToList();
            var sources = new List<Source>();
            var claims = new List<Claim>();
            var truth = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var (revised, relayed) = (new HashSet<string>(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal));
            for (var item = 0; item < items; item++)
            {
                var subject = $"force{item}";
                var month = Start.PlusMonths(random.Next(0, 24));
                var value = (decimal)random.Next(1_000, 50_000);
                var previous = Math.Round(value * (decimal)(0.7 + (0.25 * random.NextDouble())));
                truth[subject] = value;
                var validity = Validity.AsOf(ResolvedTime.ForDay(month));
                foreach (var body in bodies.OrderBy(_ => random.Next()).Take(random.Next(3, 8)))
                {
                    var published = month.PlusDays(random.Next(5, 20));
                    var quantity = body.Kind == "stale" ? Written(previous, random) : random.NextDouble() < body.Accuracy ? Written(value, random) : Wrong(value, random);
                    if (random.NextDouble() < 0.2)
                    {
                        // A preliminary figure, revised in a later article.
                        var early = Quantity.From(Math.Round(value * (decimal)(0.5 + (0.3 * random.NextDouble()))), Qualifier.Exact, UnitCatalog.Item);
                        Add(body.Name, null, published.PlusDays(-4), early);
                        revised.Add(subject);
                    }

                    Add(body.Name, null, published, quantity);
                    if (random.NextDouble() < 0.5)
                    {
                        relayed.Add(subject);
                        for (var r = random.Next(1, 4); r > 0; r--)
                        {
                            Add($"Outlet {random.Next(20)}", body.Name, published.PlusDays(random.Next(0, 3)), quantity);
                        }
                    }
                }

                void Add(string publisher, string? origin, LocalDate day, Quantity quantity)
                {
                    var source = new Source($"a{sources.Count}", $"Article {sources.Count}", PartialDate.FromDate(day)) { Publisher = publisher };
                    sources.Add(source);
                    claims.Add(new Claim($"{subject}-c{claims.Count}", source, subject, "troops", new QuantityValue(quantity), validity) { Origin = origin });
                }
            }

            return new World(new ClaimSet(sources, claims, Vocabulary), truth, revised, relayed);
        }

        /// <summary>A right figure as a newspaper writes it.</summary>
        private static Quantity Written(decimal value, Random random)
        {
            var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)value)) - 1);
            return random.NextDouble() switch
            {
                < 0.4 => Quantity.From(value, Qualifier.Exact, UnitCatalog.Item),
                < 0.7 => Quantity.From(Math.Round(value / magnitude) * magnitude, Qualifier.Approximately, UnitCatalog.Item),
                < 0.85 => Quantity.Between(Math.Round(value * 0.85m), Math.Round(value * 1.15m), UnitCatalog.Item),
                _ => Quantity.From(Math.Floor(value * 0.9m / magnitude) * magnitude, Qualifier.MoreThan, UnitCatalog.Item),
            };
        }

        private static Quantity Wrong(decimal value, Random random)
        {
            var factor = random.NextDouble() < 0.5 ? 0.3 + (0.4 * random.NextDouble()) : 1.4 + (1.6 * random.NextDouble());
            return Quantity.From(Math.Round(value * (decimal)factor), Qualifier.Exact, UnitCatalog.Item);
        }
    }
}
