using Contradictions.Serialization;
using FluentValidation;

namespace Contradictions.Validation;

/// <summary>Checks a claim-set document's envelope: the format and version it declares.</summary>
internal sealed class ClaimSetDocumentValidator : AbstractValidator<ClaimSetDocument>
{
    public ClaimSetDocumentValidator()
    {
        RuleFor(d => d.Format).Cascade(CascadeMode.Stop)
            .NotEmpty().WithErrorCode(ClaimSetErrorCodes.UnsupportedFormat)
            .WithMessage($"The file declares no format; add \"format\": \"{ClaimSetJsonReader.FormatV1}\".")
            .Equal(ClaimSetJsonReader.FormatV1).WithErrorCode(ClaimSetErrorCodes.UnsupportedFormat)
            .WithMessage(d => $"Unsupported format '{d.Format}'; this version reads \"{ClaimSetJsonReader.FormatV1}\".")
            .OverridePropertyName("format");
    }
}
