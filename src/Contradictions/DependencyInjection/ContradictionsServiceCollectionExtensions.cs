using System.Diagnostics.CodeAnalysis;
using Contradictions.Checking;
using Contradictions.DependencyInjection;
using Contradictions.Serialization;
using Contradictions.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Contradictions;

/// <summary>Registers Contradictions with <c>Microsoft.Extensions.DependencyInjection</c>.</summary>
public static class ContradictionsServiceCollectionExtensions
{
    /// <summary>Registers the checker, the built-in rules, the loader and the resolver with default options.</summary>
    public static IServiceCollection AddContradictions(this IServiceCollection services) => services.AddContradictions(static _ => { });

    /// <summary>
    /// Registers the checker, the built-in rules, the loader and the resolver, with options configured by
    /// <paramref name="configure"/> (tolerances, time conventions, a base vocabulary, limits) and validated at start-up.
    /// Calling it again adds configuration and registers nothing twice.
    /// </summary>
    /// <returns>The service collection, so that calls chain.</returns>
    public static IServiceCollection AddContradictions(this IServiceCollection services, Action<ContradictionOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<ContradictionOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ContradictionOptions>, ContradictionOptionsValidation>());

        // The built-in rules are registered as a user's own would be; ContradictionChecker.BuiltInRules is their one list.
        foreach (var rule in ContradictionChecker.BuiltInRules())
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IContradictionRule>(rule));
        }

        services.TryAddSingleton(sp => new ContradictionChecker(sp.GetServices<IContradictionRule>(), Options(sp)));
        services.TryAddSingleton(sp => new ClaimSetLoader(Options(sp)));
        services.TryAddSingleton(sp => new TimeExpressionResolver(Options(sp).Time));
        return services;
    }

    /// <summary>
    /// Registers a rule for the checker to run, exactly as the built-in rules are registered. Registering the same rule
    /// type twice is harmless.
    /// </summary>
    /// <returns>The service collection, so that calls chain.</returns>
    public static IServiceCollection AddContradictionRule<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TRule>(this IServiceCollection services)
        where TRule : class, IContradictionRule
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IContradictionRule, TRule>());
        return services;
    }

    private static ContradictionOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<ContradictionOptions>>().Value;
}
