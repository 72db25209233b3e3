using System.Globalization;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;
using Contradictions.Vocabulary;
using NodaTime;

namespace Contradictions.Generation;

/// <summary>
/// Generates realistic claim sets, deterministic from a seed: many subjects of several kinds (forces with troop
/// counts and running totals, treaties, events, offices, routes), group sizes with a heavy tail, every value type and
/// relation of <see cref="Vocabulary"/>, precise and relative time expressions against sources dated to a day, a month
/// or a year — all consistent with a hidden world, except a controlled share of planted contradictions.
/// </summary>
public static class ClaimSetGenerator
{
    private static readonly LocalDate WorldStart = new(2021, 1, 1);
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    /// <summary>Gets the vocabulary every generated set uses.</summary>
    public static PropertyVocabulary Vocabulary { get; } = PropertyVocabulary.Empty
        .With(new PropertyDefinition("troops", ValueKind.Quantity) { Dimension = Dimension.Count })
        .With(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .With(new PropertyDefinition("wounded", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .With(new PropertyDefinition("casualties", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true, SumOf = ["killed", "wounded"] })
        .With(new PropertyDefinition("delivered", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true })
        .With(new PropertyDefinition("launched", ValueKind.Quantity) { Dimension = Dimension.Count, Cumulative = true, AtMost = "delivered" })
        .With(new PropertyDefinition("distance", ValueKind.Quantity) { Dimension = Dimension.Length, Timeless = true })
        .With(new PropertyDefinition("signed", ValueKind.Date) { Timeless = true, NotAfter = "ratified" })
        .With(new PropertyDefinition("ratified", ValueKind.Date) { Timeless = true })
        .With(new PropertyDefinition("occurred", ValueKind.Date) { Timeless = true })
        .With(new PropertyDefinition("holder", ValueKind.Entity) { OneValueAtATime = true });

    /// <summary>Generates a claim set.</summary>
    public static GeneratedClaimSet Generate(GeneratorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var state = new State(settings);
        if (settings.Adversarial)
        {
            state.AdversarialForce(settings.Claims);
        }
        else
        {
            var subject = 0;
            while (state.Claims.Count < settings.Claims)
            {
                var size = Math.Min(settings.Claims - state.Claims.Count, state.GroupSize());
                var kind = state.Random.NextDouble();
                var id = $"s{subject++}";
                if (kind < 0.45)
                {
                    state.Force(id, size);
                }
                else if (kind < 0.60)
                {
                    state.Treaty(id, size);
                }
                else if (kind < 0.75)
                {
                    state.Event(id, size);
                }
                else if (kind < 0.95)
                {
                    state.Office(id, size);
                }
                else
                {
                    state.Route(id, size);
                }
            }
        }

        return new GeneratedClaimSet(new ClaimSet(state.Sources, state.Claims, Vocabulary), state.Planted);
    }

    private sealed class State
    {
        private readonly GeneratorSettings settings;
        private readonly TimeExpressionResolver resolver = new();
        private readonly Dictionary<(string, PartialDate), ResolvedTime> resolved = [];
        private readonly Dictionary<string, Validity> publication = [];
        private readonly List<Source> sourcesByDay;

        public State(GeneratorSettings settings)
        {
            this.settings = settings;
            Random = new Random(settings.Seed);
            var count = Math.Max(20, (int)(settings.Claims * settings.SourcesPerClaim));
            for (var i = 0; i < count; i++)
            {
                var day = WorldStart.PlusDays(Random.Next(60, 5 * 365));
                var roll = Random.NextDouble();
                var published = roll < 0.7 ? PartialDate.FromDate(day) : roll < 0.95 ? PartialDate.FromYearMonth(day.Year, day.Month) : PartialDate.FromYear(day.Year);
                var outlet = i % 97;
                Sources.Add(settings.FullSourceDetails
                    ? new Source($"src{i}", Headline(i), published)
                    {
                        Publisher = $"Outlet {outlet}",
                        Url = new Uri(FormattableString.Invariant($"https://outlet{outlet}.example/{day.Year}/{day.Month:D2}/{day.Day:D2}/article-{i}")),
                    }
                    : new Source($"src{i}", $"Article {i}", published) { Publisher = $"Outlet {outlet}" });
            }

            sourcesByDay = [.. Sources.OrderBy(s => s.Published.Earliest)];
        }

        public Random Random { get; }

        public List<Source> Sources { get; } = [];

        public List<Claim> Claims { get; } = [];

        public List<PlantedContradiction> Planted { get; } = [];

        /// <summary>Pareto-distributed sizes (α = 1.2, at least 2, at most 2,000): most subjects have few claims, a few have many.</summary>
        public int GroupSize() => (int)Math.Min(2000, Math.Floor(2 / Math.Pow(1 - Random.NextDouble(), 1 / 1.2)));

        private bool Plant => Random.NextDouble() < settings.ContradictionShare;

        private Source AnySource() => Sources[Random.Next(Sources.Count)];

        /// <summary>A running total's value at every day: non-decreasing, zero before the world starts.</summary>
        private static long Total(double rate, LocalDate day) => day < WorldStart ? 0 : (long)Math.Floor(rate * Period.DaysBetween(WorldStart, day));

        public void Force(string subject, int size)
        {
            var rate = 0.5 + (Random.NextDouble() * 5);
            var troopsByYear = Enumerable.Range(2020, 8).ToDictionary(y => y, _ => (long)Random.Next(1_000, 30_000));
            for (var i = 0; i < size; i++)
            {
                var source = AnySource();
                var validity = AsOf(source);
                var widest = validity.Time.Widest;
                var (first, last) = (widest.Start ?? WorldStart, widest.End ?? source.Published.Latest);
                var roll = Random.Next(6);
                var id = $"{subject}-c{i}";
                switch (roll)
                {
                    case 0:
                        var troops = first.Year == last.Year
                            ? Value(troopsByYear[first.Year])
                            : Quantity.Between(Math.Min(troopsByYear[first.Year], troopsByYear[last.Year]), Math.Max(troopsByYear[first.Year], troopsByYear[last.Year]), UnitCatalog.Item);
                        if (Plant && first.Year == last.Year)
                        {
                            troops = Quantity.From(troopsByYear[first.Year] * 5, Qualifier.Exact, UnitCatalog.Item);
                            Planted.Add(new(id, "quantity-mismatch"));
                        }

                        Add(id, source, subject, "troops", new QuantityValue(troops), validity);
                        break;
                    case 1 or 2 or 3:
                        var (property, factor) = roll switch { 1 => ("killed", 1), 2 => ("wounded", 3), _ => ("casualties", 4) };
                        Add(id, source, subject, property, new QuantityValue(Cumulative(rate, factor, first, last, id)), validity);
                        break;
                    default:
                        var (p, f) = roll == 4 ? ("delivered", 10) : ("launched", 6);
                        Add(id, source, subject, p, new QuantityValue(Cumulative(rate, f, first, last, id)), validity);
                        break;
                }
            }
        }

        /// <summary>
        /// A total as of a period: a figure for a single day, otherwise the range it went through. Parts are whole
        /// multiples of one base total, so that killed (×1) + wounded (×3) = casualties (×4) holds exactly.
        /// </summary>
        private Quantity Cumulative(double rate, int factor, LocalDate first, LocalDate last, string id)
        {
            if (first == last)
            {
                if (Plant && first > WorldStart.PlusDays(400))
                {
                    Planted.Add(new(id, "cumulative-decrease"));
                    return Quantity.From(factor * Total(rate, first.PlusDays(-365)) / 3, Qualifier.Exact, UnitCatalog.Item);
                }

                return Value(factor * Total(rate, first));
            }

            return Quantity.Between(factor * Total(rate, first), factor * Total(rate, last), UnitCatalog.Item);
        }

        /// <summary>A true value as a newspaper writes it: exact, approximately (two significant figures), more than, or a range.</summary>
        private Quantity Value(long truth)
        {
            var roll = Random.NextDouble();
            if (truth < 100 || roll < 0.4)
            {
                return Quantity.From(truth, Qualifier.Exact, UnitCatalog.Item);
            }

            var magnitude = (long)Math.Pow(10, Math.Floor(Math.Log10(truth)) - 1);
            var rounded = (long)Math.Round((double)truth / magnitude) * magnitude;
            return roll switch
            {
                < 0.7 => Quantity.From(rounded, Qualifier.Approximately, UnitCatalog.Item),
                < 0.85 => Quantity.From(truth * 9 / 10 / magnitude * magnitude, Qualifier.MoreThan, UnitCatalog.Item),
                _ => Quantity.Between(truth * 8 / 10, truth * 12 / 10, UnitCatalog.Item),
            };
        }

        public void Treaty(string subject, int size)
        {
            var signed = WorldStart.PlusDays(Random.Next(0, 4 * 365));
            var ratified = signed.PlusDays(Random.Next(30, 200));
            for (var i = 0; i < size; i++)
            {
                var isSigned = Random.NextDouble() < 0.6;
                var day = isSigned ? signed : ratified;
                var id = $"{subject}-c{i}";
                if (isSigned && Plant)
                {
                    day = ratified.PlusDays(400);
                    Planted.Add(new(id, "date-mismatch"));
                }

                var (source, text) = DateExpression(day);
                Add(id, source, subject, isSigned ? "signed" : "ratified", new DateValue(Resolve(text, source.Published)), Publication(source), text);
            }
        }

        public void Event(string subject, int size)
        {
            var day = WorldStart.PlusDays(Random.Next(0, 4 * 365));
            for (var i = 0; i < size; i++)
            {
                var id = $"{subject}-c{i}";
                var (source, text) = DateExpression(day);
                if (Plant)
                {
                    var wrong = day.PlusDays(Random.Next(1, 7));
                    text = $"{wrong.DayOfWeek}, {MonthNames[day.Month - 1]} {day.Day}, {day.Year}";
                    Planted.Add(new(id, "weekday-mismatch"));
                }

                Add(id, source, subject, "occurred", new DateValue(Resolve(text, source.Published)), Publication(source), text);
            }
        }

        /// <summary>A date as sources write it: ISO, written with its weekday, its month or year only, or relative to a later source.</summary>
        private (Source Source, string Text) DateExpression(LocalDate day)
        {
            var later = FirstDayPrecisionSourceAfter(day.PlusDays(1));
            var source = later >= 0 && later < sourcesByDay.Count ? sourcesByDay[Math.Min(sourcesByDay.Count - 1, later + Random.Next(0, 5))] : AnySource();
            var anchor = source.Published.Earliest;
            var relative = source.Published.Precision == TimePrecision.Day && anchor > day && anchor.PlusMonths(-11) < day;
            var text = Random.Next(relative ? 6 : 4) switch
            {
                0 => LocalDateText(day),
                1 => $"{day.DayOfWeek}, {MonthNames[day.Month - 1]} {day.Day}, {day.Year}",
                2 => $"{day.Year:D4}-{day.Month:D2}",
                3 => day.Year.ToString(CultureInfo.InvariantCulture),
                4 => $"in {MonthNames[day.Month - 1]}",
                _ => day.Year == anchor.Year ? "earlier this year" : day.Year == anchor.Year - 1 ? "last year" : LocalDateText(day),
            };
            return (source, text);
        }

        /// <summary>The index in <see cref="sourcesByDay"/> of the first source dated to a day after <paramref name="day"/>, or -1 (a binary search, then a short scan).</summary>
        private int FirstDayPrecisionSourceAfter(LocalDate day)
        {
            var (low, high) = (0, sourcesByDay.Count);
            while (low < high)
            {
                var middle = (low + high) / 2;
                (low, high) = sourcesByDay[middle].Published.Earliest > day ? (low, middle) : (middle + 1, high);
            }

            for (var i = low; i < sourcesByDay.Count; i++)
            {
                if (sourcesByDay[i].Published.Precision == TimePrecision.Day)
                {
                    return i;
                }
            }

            return -1;
        }

        public void Office(string subject, int size)
        {
            // Tenures of one to eight years, handed over on the day one ends and the next begins.
            var tenures = new List<(string Holder, LocalDate From, LocalDate To)>();
            var start = WorldStart.PlusDays(-Random.Next(0, 3000));
            for (var h = 0; start < WorldStart.PlusYears(6); h++)
            {
                var end = start.PlusDays(Random.Next(365, 8 * 365));
                tenures.Add(($"{subject}-holder{h}", start, end));
                start = end;
            }

            var claims = 0;
            foreach (var (holder, from, to) in tenures.Take(Math.Max(1, size / 4)))
            {
                Add($"{subject}-t{claims++}", Sources[0], subject, "holder", new EntityValue(holder), Validity.Between(ResolvedTime.ForDay(from), ResolvedTime.ForDay(to)));
            }

            for (var i = claims; i < size; i++)
            {
                var source = AnySource();
                var published = source.Published.Interval;
                var current = tenures.FirstOrDefault(t => t.From < published.Start && published.End < t.To);
                var id = $"{subject}-c{i}";
                if (current.Holder is null)
                {
                    continue;
                }

                var former = tenures.FirstOrDefault(t => t.To < published.Start);
                if (Plant)
                {
                    var other = tenures.FirstOrDefault(t => t.Holder != current.Holder).Holder ?? $"{subject}-impostor";
                    Add(id, source, subject, "holder", new EntityValue(other), Publication(source));
                    Planted.Add(new(id, "functional-conflict"));
                }
                else if (former.Holder is not null && Random.NextDouble() < 0.2)
                {
                    Add(id, source, subject, "holder", new EntityValue(former.Holder), Publication(source), negated: true);
                }
                else
                {
                    Add(id, source, subject, "holder", new EntityValue(current.Holder), Publication(source));
                }
            }
        }

        public void Route(string subject, int size)
        {
            var km = Random.Next(20, 3000);
            UnitCatalog.Default.TryGetUnit("km", out var kilometres);
            UnitCatalog.Default.TryGetUnit("mi", out var miles);
            for (var i = 0; i < size; i++)
            {
                var id = $"{subject}-c{i}";
                var quantity = Random.Next(3) switch
                {
                    0 => Quantity.From(km, Qualifier.Exact, kilometres!),
                    1 => Quantity.From(Math.Round(km / 1.609344m), Qualifier.Approximately, miles!),
                    _ => Quantity.From(km, Qualifier.Approximately, kilometres!),
                };
                if (Plant)
                {
                    quantity = Quantity.From(km * 3, Qualifier.Exact, kilometres!);
                    Planted.Add(new(id, "quantity-mismatch"));
                }

                Add(id, AnySource(), subject, "distance", new QuantityValue(quantity), Publication(AnySource()));
            }
        }

        /// <summary>One force that every source reports on: troop counts for overlapping months of one year.</summary>
        public void AdversarialForce(int size)
        {
            for (var i = 0; i < size; i++)
            {
                var source = AnySource();
                var month = 1 + Random.Next(12);
                var validity = Validity.AsOf(Resolve($"2025-{month:D2}", source.Published));
                var id = $"hot-c{i}";
                var quantity = Value(11_000);
                if (Plant)
                {
                    quantity = Quantity.From(Random.Next(2, 6) * 11_000, Qualifier.Exact, UnitCatalog.Item);
                    Planted.Add(new(id, "quantity-mismatch"));
                }

                Add(id, source, "hot-force", "troops", new QuantityValue(quantity), validity);
            }
        }

        /// <summary>As of a day, a month, a year, a relative month, or the source's publication date.</summary>
        private Validity AsOf(Source source)
        {
            var anchor = source.Published.Earliest;
            var day = anchor.PlusDays(-Random.Next(0, 300));
            return Random.Next(6) switch
            {
                0 or 1 => Validity.AsOf(Resolve(LocalDateText(day), source.Published)),
                2 => Validity.AsOf(Resolve($"{day.Year:D4}-{day.Month:D2}", source.Published)),
                3 when source.Published.Precision == TimePrecision.Day => Validity.AsOf(Resolve($"in {MonthNames[day.Month - 1]}", source.Published)),
                4 when source.Published.Precision == TimePrecision.Day => Validity.AsOf(Resolve($"late {MonthNames[day.Month - 1]}", source.Published)),
                _ => Publication(source),
            };
        }

        /// <summary>One validity per source, shared by its claims, as the loader shares them.</summary>
        private Validity Publication(Source source)
        {
            if (!publication.TryGetValue(source.Id, out var validity))
            {
                validity = Validity.AtPublication(source.Published);
                publication.Add(source.Id, validity);
            }

            return validity;
        }

        private ResolvedTime Resolve(string text, PartialDate anchor)
        {
            if (!resolved.TryGetValue((text, anchor), out var time))
            {
                time = resolver.Resolve(text, anchor).GetValueOrThrow();
                resolved[(text, anchor)] = time;
            }

            return time;
        }

        private void Add(string id, Source source, string subject, string property, ClaimValue value, Validity validity, string? valueText = null, bool negated = false) =>
            Claims.Add(new Claim(id, source, subject, property, value, validity) { ValueText = valueText, Negated = negated });

        /// <summary>A title of a headline's length (30–60 characters), different per article.</summary>
        private string Headline(int article)
        {
            string[] words = ["troops", "ministry", "casualties", "officials", "report", "border", "talks", "treaty", "figures", "deployment", "estimate", "region"];
            var title = new System.Text.StringBuilder($"Article {article}:");
            var length = Random.Next(30, 61);
            while (title.Length < length)
            {
                title.Append(' ').Append(words[Random.Next(words.Length)]);
            }

            return title.ToString();
        }

        private static string LocalDateText(LocalDate day) => NodaTime.Text.LocalDatePattern.Iso.Format(day);
    }
}
