using Contradictions.Quantities;
using Contradictions.Serialization;
using Contradictions.Validation;
using Contradictions.Vocabulary;

namespace Contradictions.Tests.Serialization;

/// <summary>
/// Loading asks <see cref="ClaimDocumentValidator.Passes"/> first and runs FluentValidation only for claims that do not
/// pass. If the two ever disagreed, an invalid claim would load silently (or a valid one would be rejected without a
/// reason), so they are compared on many drafts that combine valid and broken values of every field.
/// </summary>
public sealed class ClaimDocumentValidatorTests
{
    private static readonly PropertyVocabulary Vocabulary = PropertyVocabulary.Empty
        .With(new PropertyDefinition("killed", ValueKind.Quantity) { Dimension = Dimension.Count })
        .With(new PropertyDefinition("distance", ValueKind.Quantity) { Dimension = Dimension.Length })
        .With(new PropertyDefinition("aid", ValueKind.Quantity))
        .With(new PropertyDefinition("signed", ValueKind.Date))
        .With(new PropertyDefinition("holder", ValueKind.Entity));

    private static readonly ClaimDocumentValidator Validator = new(new HashSet<string>(["s1", "s2"], StringComparer.Ordinal), Vocabulary);

    private static readonly string?[] Names = [null, "", "  ", "c1", "s1", "s3", "killed", "distance", "aid", "signed", "holder", "nope"];
    private static readonly string?[] Units = [null, null, null, "person", "km", "USD", "furlong", "item"];
    private static readonly string?[] Qualifiers = [null, null, "approximately", "at least", "range", "exact", "roughly-ish"];
    private static readonly decimal?[] Amounts = [null, null, 0m, 400m, -5m, 3000m];
    private static readonly string?[] Texts = [null, "", " ", "400", "2024-06-19", "mark-rutte"];

    [Fact]
    public void Passes_AgreesWithFluentValidation_OnEveryCombination()
    {
        var random = new Random(1124);
        var (passed, failed) = (0, 0);
        for (var i = 0; i < 20_000; i++)
        {
            var draft = RandomDraft(random);
            var expected = Validator.Validate(draft);
            var passes = Validator.Passes(draft);
            Assert.True(expected.IsValid == passes,
                $"draft {i}: FluentValidation says {(expected.IsValid ? "valid" : string.Join("; ", expected.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")))}, Passes says {passes}");
            _ = passes ? passed++ : failed++;
        }

        // The combinations must exercise both answers, or the comparison proves little.
        Assert.True(passed > 1_000 && failed > 1_000, $"{passed} passed, {failed} failed");
    }

    [Fact]
    public void Passes_RejectsEachSingleProblemOfAValidClaim()
    {
        ClaimDocument Valid() => new()
        {
            Path = "claims[0]", Id = "c1", Source = "s1", Subject = "x", Property = "killed", HasValueField = true,
            Value = new ValueDocument { Amount = 400, Qualifier = "approximately", IsObject = true },
            Unit = "person", Time = new TimeDocument { AsOf = "late February", IsObject = true },
            Quote = "about 400", Span = new SpanDocument { Start = 0, End = 9 },
        };

        Assert.True(Validator.Passes(Valid()));
        Action<ClaimDocument>[] breaks =
        [
            d => d.Id = " ", d => d.Subject = null, d => d.Source = "s9", d => d.Property = "nope", d => (d.Value, d.HasValueField) = (null, false),
            d => d.Value!.Qualifier = "roughly-ish", d => d.Value!.Amount = -1, d => d.Value!.Qualifier = "range", d => d.Value!.Date = "2024",
            d => d.Unit = "km", d => d.Unit = "furlong", d => d.Time!.From = "2024", d => d.Time = new TimeDocument { Text = " " },
            d => d.Span!.End = 8, d => d.Span!.Start = null, d => d.Span!.Start = -1,
        ];
        for (var i = 0; i < breaks.Length; i++)
        {
            var draft = Valid();
            breaks[i](draft);
            Assert.False(Validator.Passes(draft), $"break {i} passed");
            Assert.False(Validator.Validate(draft).IsValid, $"break {i} is valid to FluentValidation");
        }
    }

    private static ClaimDocument RandomDraft(Random random)
    {
        T Pick<T>(T[] items) => items[random.Next(items.Length)];
        bool Often() => random.Next(8) != 0;

        var property = Often() ? Pick(["killed", "distance", "aid", "signed", "holder"]) : Pick(Names);
        ValueDocument? value = random.Next(12) switch
        {
            > 7 => property switch
            {
                "signed" => new ValueDocument { Date = "2024-06-19", IsObject = true },
                "holder" => new ValueDocument { Text = "mark-rutte" },
                _ => new ValueDocument { Amount = 400, Qualifier = Pick(Qualifiers), IsObject = true },
            },
            0 => null,
            1 or 2 => new ValueDocument { Text = Pick(Texts) },
            3 or 4 => new ValueDocument { Amount = Pick(Amounts), Qualifier = Pick(Qualifiers), IsObject = true },
            5 => new ValueDocument { Min = Pick(Amounts), Max = Pick(Amounts), Qualifier = Pick(Qualifiers), Amount = random.Next(4) == 0 ? 1m : null, IsObject = true },
            6 => new ValueDocument { Date = Pick(Texts), Entity = random.Next(4) == 0 ? "x" : null, IsObject = true },
            _ => new ValueDocument { Entity = Pick(Texts), IsObject = true },
        };
        TimeDocument? time = random.Next(6) switch
        {
            0 or 5 => null,
            1 => new TimeDocument { Text = Pick(Texts) },
            2 => new TimeDocument { AsOf = Pick(Texts), IsObject = true },
            3 => new TimeDocument { From = Pick(Texts), To = Pick(Texts), IsObject = true },
            _ => new TimeDocument { AsOf = Pick(Texts), From = Pick(Texts), IsObject = true },
        };
        var quote = random.Next(3) == 0 ? null : Pick(["about 400", "", "x"]);
        SpanDocument? span = random.Next(4) switch
        {
            0 or 3 => null,
            1 => new SpanDocument { Start = 0, End = quote?.Length ?? 9 },
            _ => new SpanDocument { Start = random.Next(4) == 0 ? null : random.Next(-2, 5), End = random.Next(4) == 0 ? null : random.Next(-2, 12) },
        };
        return new ClaimDocument
        {
            Path = "claims[0]",
            Id = Often() ? "c1" : Pick(Names),
            Source = Often() ? Pick(["s1", "s2"]) : Pick(Names),
            Subject = Often() ? "x" : Pick(Names),
            Property = property,
            Value = value,
            HasValueField = value is not null || random.Next(2) == 0,
            Unit = Often() ? null : Pick(Units),
            Time = time,
            Quote = quote,
            Span = span,
        };
    }
}
