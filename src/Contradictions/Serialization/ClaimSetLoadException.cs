using System.Collections.Immutable;

namespace Contradictions.Serialization;

/// <summary>Thrown by <see cref="ClaimSetLoadResult.GetClaimSetOrThrow"/> when the input had errors.</summary>
public sealed class ClaimSetLoadException : Exception
{
    /// <summary>Creates the exception with the errors found.</summary>
    public ClaimSetLoadException(ImmutableArray<ClaimSetError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception with no errors listed.</summary>
    public ClaimSetLoadException()
        : this([])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ClaimSetLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ClaimSetLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Gets the errors found.</summary>
    public ImmutableArray<ClaimSetError> Errors { get; }

    private static string Describe(ImmutableArray<ClaimSetError> errors) =>
        errors.IsDefaultOrEmpty
            ? "The claim set could not be loaded."
            : $"The claim set has {errors.Length} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(20))}";
}
