using System.Globalization;
using Contradictions.Claims;
using Contradictions.Quantities;
using Contradictions.Time;
using NodaTime;

namespace Contradictions.Tests.Reliability;

/// <summary>
/// Plants one contradiction of a given kind into a consistent generated world, next to an existing claim that is its
/// witness, so that the contradiction is certain to be detectable. Returns the world with the planted claims and the id
/// of the claim the diagnostic must name, or <c>null</c> when the world has no suitable claim to contradict.
/// </summary>
internal static class Planter
{
    public static readonly string[] Kinds =
    [
        "quantity-mismatch", "cumulative-decrease", "sum-mismatch", "bound-violation", "date-mismatch",
        "temporal-order", "functional-conflict", "negation-conflict", "weekday-mismatch", "reconciled-by-time",
    ];

    private static readonly TimeExpressionResolver Resolver = new();

    public static (ClaimSet World, string PlantedId)? Plant(ClaimSet world, string kind, Random random)
    {
        var source = world.Sources[random.Next(world.Sources.Length)];
        var added = new List<Claim>();
        string? planted = null;
        var candidates = world.Claims.OrderBy(_ => random.Next()).ToList();

        switch (kind)
        {
            case "quantity-mismatch":
                if (candidates.FirstOrDefault(c => c.Property == "troops" && Day(c) is not null && Widest(c).Upper is not null) is { } troops)
                {
                    planted = Add(added, "planted", source, troops.Subject, "troops", Exact(Widest(troops).Upper!.Value * 3 + 7), AtDay(Day(troops)!.Value));
                }

                break;
            case "cumulative-decrease":
                if (candidates.FirstOrDefault(c => c.Property is "killed" or "delivered" && Day(c) is not null && Widest(c).Lower >= 40) is { } total)
                {
                    planted = Add(added, "planted", source, total.Subject, total.Property, Exact(decimal.Floor(Widest(total).Lower!.Value / 4) + 1), AtDay(Day(total)!.Value.PlusDays(30)));
                }

                break;
            case "sum-mismatch":
                // A whole whose parts nobody else reports that day: otherwise the planted parts would contradict those
                // parts first (a quantity-mismatch), and which claim is wrong would be ambiguous.
                if (candidates.FirstOrDefault(c => c.Property == "casualties" && Day(c) is not null && Widest(c).Upper is not null &&
                    !world.Claims.Any(p => p.Subject == c.Subject && p.Property is "killed" or "wounded" && p.Validity.Time.Reading.Overlaps(c.Validity.Time.Reading))) is { } whole)
                {
                    var day = AtDay(Day(whole)!.Value);
                    var upper = Widest(whole).Upper!.Value;
                    Add(added, "planted-part1", whole.Source, whole.Subject, "killed", Exact(decimal.Floor(upper) + 11), day);
                    Add(added, "planted-part2", whole.Source, whole.Subject, "wounded", Exact(decimal.Floor(upper) + 13), day);
                    planted = whole.Id;
                }

                break;
            case "bound-violation":
                if (candidates.FirstOrDefault(c => c.Property == "delivered" && Day(c) is not null && Widest(c).Upper is not null) is { } delivered)
                {
                    planted = Add(added, "planted", delivered.Source, delivered.Subject, "launched", Exact(decimal.Floor(Widest(delivered).Upper!.Value) * 2 + 17), AtDay(Day(delivered)!.Value));
                }

                break;
            case "date-mismatch":
                if (candidates.FirstOrDefault(c => c.Property is "signed" or "occurred" && Date(c).Widest.End is not null) is { } dated)
                {
                    planted = Add(added, "planted", source, dated.Subject, dated.Property, DateValue(Date(dated).Widest.End!.Value.PlusYears(3)), Validity.AtPublication(source.Published));
                }

                break;
            case "temporal-order":
                if (candidates.FirstOrDefault(c => c.Property == "signed" && Date(c).Widest.Start is not null) is { } signed)
                {
                    planted = Add(added, "planted", source, signed.Subject, "ratified", DateValue(Date(signed).Widest.Start!.Value.PlusYears(-1)), Validity.AtPublication(source.Published));
                }

                break;
            case "functional-conflict" or "negation-conflict":
                if (candidates.FirstOrDefault(c => c.Property == "holder" && c.Validity.HoldsThroughout && c.Validity.Time.Reading is { HasStart: true, HasEnd: true } r && Period.DaysBetween(r.Start!.Value, r.End!.Value) > 10) is { } tenure)
                {
                    var inside = AtDay(tenure.Validity.Time.Reading.Start!.Value.PlusDays(5));
                    var holder = ((EntityValue)tenure.Value).EntityId;
                    planted = kind == "functional-conflict"
                        ? Add(added, "planted", source, tenure.Subject, "holder", new EntityValue($"{holder}-impostor"), inside)
                        : Add(added, "planted", source, tenure.Subject, "holder", new EntityValue(holder), inside, negated: true);
                }

                break;
            case "weekday-mismatch":
                if (candidates.FirstOrDefault(c => c.Property == "occurred" && Date(c).Reading.IsSingleDay) is { } happened)
                {
                    var day = Date(happened).Reading.Start!.Value;
                    var text = string.Create(CultureInfo.InvariantCulture, $"{day.PlusDays(1).DayOfWeek}, {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month)} {day.Day}, {day.Year}");
                    planted = Add(added, "planted", happened.Source, happened.Subject, "occurred", new DateValue(Resolver.Resolve(text, happened.Source.Published).GetValueOrThrow()), Validity.AtPublication(happened.Source.Published));
                }

                break;
            default:
                // A fresh running total reported twice, growing: the only reconciliation of its subject.
                var first = new LocalDate(2023, 3, 1);
                Add(added, "planted-early", source, "planted-force", "killed", Exact(400), AtDay(first));
                planted = Add(added, "planted", source, "planted-force", "killed", Exact(2_000), AtDay(first.PlusMonths(6)));
                break;
        }

        return planted is null ? null : (new ClaimSet(world.Sources, world.Claims.Concat(added), world.Vocabulary), planted);
    }

    private static string Add(List<Claim> added, string id, Source source, string subject, string property, ClaimValue value, Validity validity, bool negated = false)
    {
        added.Add(new Claim(id, source, subject, property, value, validity) { Negated = negated });
        return id;
    }

    private static QuantityValue Exact(decimal amount) => new(Quantity.From(amount, Qualifier.Exact, UnitCatalog.Item));

    private static DateValue DateValue(LocalDate day) => new(ResolvedTime.ForDay(day));

    private static Validity AtDay(LocalDate day) => Validity.AsOf(ResolvedTime.ForDay(day));

    private static LocalDate? Day(Claim claim) => claim.Validity.Time.Reading.IsSingleDay && !claim.Negated ? claim.Validity.Time.Reading.Start : null;

    private static NumericInterval Widest(Claim claim) => ((QuantityValue)claim.Value).Quantity.ToInterval(new TolerancePolicy(), QuantityReading.Widest);

    private static ResolvedTime Date(Claim claim) => ((DateValue)claim.Value).Time;
}
