using FluentValidation;
using NodaTime;

namespace Contradictions.Validation;

/// <summary>Checks <see cref="ContradictionOptions"/>: tolerances between 0 and 1 with the widest at least the default, positive windows and limits.</summary>
internal sealed class ContradictionOptionsValidator : AbstractValidator<ContradictionOptions>
{
    private static readonly LocalDate Reference = new(2000, 1, 1);

    public ContradictionOptionsValidator()
    {
        RuleFor(o => o.Tolerance.Approximately).InclusiveBetween(0m, 0.99m).WithErrorCode("tolerance")
            .WithMessage("Tolerance.Approximately must be from 0 to 0.99 (a fraction of the amount).");
        RuleFor(o => o.Tolerance.ApproximatelyWidest).InclusiveBetween(0m, 0.99m).GreaterThanOrEqualTo(o => o.Tolerance.Approximately).WithErrorCode("tolerance")
            .WithMessage("Tolerance.ApproximatelyWidest must be from Tolerance.Approximately to 0.99.");
        RuleFor(o => o.Tolerance.Nearly).InclusiveBetween(0m, 0.99m).WithErrorCode("tolerance")
            .WithMessage("Tolerance.Nearly must be from 0 to 0.99.");
        RuleFor(o => o.Tolerance.NearlyWidest).InclusiveBetween(0m, 0.99m).GreaterThanOrEqualTo(o => o.Tolerance.Nearly).WithErrorCode("tolerance")
            .WithMessage("Tolerance.NearlyWidest must be from Tolerance.Nearly to 0.99.");
        RuleFor(o => o.Time.Recently).Must(BeAPositiveDatePeriod).WithErrorCode("time")
            .WithMessage("Time.Recently must be a positive period of days, weeks, months or years.");
        RuleFor(o => o.Time.RecentlyAtMost).Must(BeAPositiveDatePeriod).WithErrorCode("time")
            .WithMessage("Time.RecentlyAtMost must be a positive period of days, weeks, months or years.");
        RuleFor(o => o.Time).Must(t => !BeAPositiveDatePeriod(t.Recently) || !BeAPositiveDatePeriod(t.RecentlyAtMost) || Reference.Minus(t.RecentlyAtMost) <= Reference.Minus(t.Recently))
            .WithErrorCode("time").WithMessage("Time.RecentlyAtMost must reach at least as far back as Time.Recently.");
        RuleFor(o => o.Time.MaximumLength).GreaterThan(0).WithErrorCode("limits").WithMessage("Time.MaximumLength must be positive.");
        RuleFor(o => o.Limits.MaxClaims).GreaterThan(0).WithErrorCode("limits").WithMessage("Limits.MaxClaims must be positive.");
        RuleFor(o => o.Limits.MaxFileBytes).GreaterThan(0).WithErrorCode("limits").WithMessage("Limits.MaxFileBytes must be positive.");
        RuleFor(o => o.Limits.MaxExpressionLength).GreaterThan(0).WithErrorCode("limits").WithMessage("Limits.MaxExpressionLength must be positive.");
        RuleFor(o => o.Limits.MaxDepth).InclusiveBetween(5, 1000).WithErrorCode("limits").WithMessage("Limits.MaxDepth must be from 5 (what the format needs) to 1000.");
        RuleFor(o => o.MaxDegreeOfParallelism).Must(d => d == -1 || d >= 1).WithErrorCode("parallelism")
            .WithMessage("MaxDegreeOfParallelism must be -1 (every core) or at least 1.");
        RuleForEach(o => o.Diagnostics).Must(d => !string.IsNullOrWhiteSpace(d.Key) && Enum.IsDefined(d.Value)).WithErrorCode("diagnostics")
            .WithMessage((_, d) => $"Diagnostics[\"{d.Key}\"] must name a code and give it Off, Info, Warning or Error.");
        RuleFor(o => o.Vocabulary).NotNull().WithErrorCode("vocabulary").WithMessage("Vocabulary must not be null.");

        // The configured vocabulary is checked by the rules that check a vocabulary read from a file.
        RuleForEach(o => o.Vocabulary.Properties.Values).Custom((property, context) =>
        {
            var kinds = context.InstanceToValidate.Vocabulary.Properties.ToDictionary(p => p.Key, p => (Vocabulary.ValueKind?)p.Value.ValueKind, StringComparer.Ordinal);
            foreach (var failure in new PropertyDefinitionValidator(kinds).Validate(property).Errors)
            {
                context.AddFailure($"Vocabulary.{property.Id}", $"Vocabulary property '{property.Id}', {failure.PropertyName}: {failure.ErrorMessage}");
            }
        }).When(o => o.Vocabulary is not null);
    }

    private static bool BeAPositiveDatePeriod(Period? period) =>
        period is not null && !period.HasTimeComponent && period != Period.Zero &&
        period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0;
}
