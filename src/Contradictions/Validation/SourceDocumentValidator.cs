using Contradictions.Serialization;
using Contradictions.Time;
using FluentValidation;

namespace Contradictions.Validation;

/// <summary>Checks one source: its id, title and publication date, and the optional URL and trust weight.</summary>
internal sealed class SourceDocumentValidator : AbstractValidator<SourceDocument>
{
    public SourceDocumentValidator()
    {
        RuleFor(s => s.Id).NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A source needs an id.").OverridePropertyName("id");
        RuleFor(s => s.Title).NotBlank().WithErrorCode(ClaimSetErrorCodes.Required).WithMessage("A source needs a title.").OverridePropertyName("title");
        RuleFor(s => s.Published).Cascade(CascadeMode.Stop)
            .NotBlank().WithErrorCode(ClaimSetErrorCodes.Required)
            .WithMessage("A source needs its publication date (yyyy-MM-dd, or yyyy-MM or yyyy when only that much is known).")
            .OverridePropertyName("published");
        RuleFor(s => s.Published)
            .Custom((published, context) =>
            {
                if (!string.IsNullOrEmpty(published) && PartialDate.Parse(published) is { Success: false } failed)
                {
                    context.AddFailure(Validators.Failure("published", ClaimSetErrorCodes.InvalidDate, failed.Error.Message));
                }
            });
        RuleFor(s => s.Url)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            .When(s => s.Url is not null, ApplyConditionTo.CurrentValidator)
            .WithErrorCode(ClaimSetErrorCodes.WrongType).WithMessage(s => $"'{s.Url}' is not an absolute http(s) URL.")
            .OverridePropertyName("url");
        RuleFor(s => s.Trust)
            .InclusiveBetween(0d, 1d).WithErrorCode(ClaimSetErrorCodes.OutOfRange).WithMessage(s => $"Trust is a weight from 0 to 1, not {s.Trust}.")
            .OverridePropertyName("trust");
    }
}
