using Contradictions.Validation;
using Microsoft.Extensions.Options;

namespace Contradictions.DependencyInjection;

/// <summary>Reports every problem with the configured <see cref="ContradictionOptions"/> at once, when the options are first used (or at start-up, with a host).</summary>
internal sealed class ContradictionOptionsValidation : IValidateOptions<ContradictionOptions>
{
    private readonly ContradictionOptionsValidator validator = new();

    public ValidateOptionsResult Validate(string? name, ContradictionOptions options)
    {
        var result = validator.Validate(options);
        return result.IsValid ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(result.Errors.Select(e => e.ErrorMessage));
    }
}
