using Accountability.Calibration;
using Accountability.Responsibility;
using Accountability.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Accountability.DependencyInjection;

/// <summary>
/// Checks the configured settings, all at once, each failure naming its setting
/// (<c>Responsibility:OverloadLimit</c>); runs at start-up (<c>ValidateOnStart</c>) and on first use.
/// </summary>
internal sealed class AccountabilityOptionsValidator : IValidateOptions<AccountabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountabilityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Responsibility is not { } responsibility)
        {
            failures.Add("Responsibility: the section cannot be null.");
        }
        else
        {
            Check(failures, responsibility);
        }

        if (options.Calibration is not { } calibration)
        {
            failures.Add("Calibration: the section cannot be null.");
        }
        else
        {
            Check(failures, calibration);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static ResponsibilityOptions ToOptions(ResponsibilitySettings settings)
    {
        // Only what differs from the defaults is changed: settings left alone give the default options themselves.
        ResponsibilityOptions options = ResponsibilityOptions.Default;
        if (settings.OverloadLimit != options.OverloadLimit)
        {
            options = options.WithOverloadLimit(settings.OverloadLimit);
        }

        if (settings.MaximumConsulted != options.MaximumConsulted)
        {
            options = options.WithMaximumConsulted(settings.MaximumConsulted);
        }

        if (settings.UseSchemeForbiddenCombinations != options.UseSchemeForbiddenCombinations)
        {
            options = options.WithSchemeForbiddenCombinations(settings.UseSchemeForbiddenCombinations);
        }

        foreach (string combination in settings.ForbiddenCombinations)
        {
            (string first, string second) = SplitCombination(combination)!.Value;
            options = options.WithForbiddenCombination(first, second);
        }

        foreach (KeyValuePair<string, ProblemSeverity> severity in settings.SeverityOverrides)
        {
            options = options.WithSeverity(severity.Key, severity.Value);
        }

        return options;
    }

    internal static CalibrationOptions ToOptions(CalibrationSettings settings) => new()
    {
        MinimumRatingsPerRater = settings.MinimumRatingsPerRater,
        LeniencyThreshold = settings.LeniencyThreshold,
        CentralTendencyRatio = settings.CentralTendencyRatio,
        Normalize = settings.Normalize,
        UnadjustableRaters = settings.UnadjustableRaters,
    };

    private static void Check(List<string> failures, ResponsibilitySettings settings)
    {
        if (settings.OverloadLimit < 0)
        {
            failures.Add($"Responsibility:OverloadLimit: must be 0 or more; was {settings.OverloadLimit}.");
        }

        if (settings.MaximumConsulted < 0)
        {
            failures.Add($"Responsibility:MaximumConsulted: must be 0 or more; was {settings.MaximumConsulted}.");
        }

        if (settings.ForbiddenCombinations is null)
        {
            failures.Add("Responsibility:ForbiddenCombinations: cannot be null.");
        }
        else
        {
            for (int i = 0; i < settings.ForbiddenCombinations.Count; i++)
            {
                if (SplitCombination(settings.ForbiddenCombinations[i]) is null)
                {
                    failures.Add($"Responsibility:ForbiddenCombinations:{i}: expected two different codes written \"A+C\"; was '{settings.ForbiddenCombinations[i]}'.");
                }
            }
        }

        if (settings.SeverityOverrides is null)
        {
            failures.Add("Responsibility:SeverityOverrides: cannot be null.");
        }
        else
        {
            foreach (KeyValuePair<string, ProblemSeverity> severity in settings.SeverityOverrides.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                if (string.IsNullOrWhiteSpace(severity.Key))
                {
                    failures.Add("Responsibility:SeverityOverrides: a problem code cannot be blank.");
                }
                else if (!Enum.IsDefined(severity.Value))
                {
                    failures.Add($"Responsibility:SeverityOverrides:{severity.Key}: expected one of {string.Join(", ", Enum.GetNames<ProblemSeverity>())}; was {(int)severity.Value}.");
                }
            }
        }
    }

    private static void Check(List<string> failures, CalibrationSettings settings)
    {
        if (settings.MinimumRatingsPerRater < 2)
        {
            failures.Add($"Calibration:MinimumRatingsPerRater: must be 2 or more; was {settings.MinimumRatingsPerRater}.");
        }

        if (settings.LeniencyThreshold < 0m)
        {
            failures.Add($"Calibration:LeniencyThreshold: must be 0 or more; was {settings.LeniencyThreshold}.");
        }

        if (settings.CentralTendencyRatio is < 0m or > 1m)
        {
            failures.Add($"Calibration:CentralTendencyRatio: must be from 0 to 1; was {settings.CentralTendencyRatio}.");
        }

        if (!Enum.IsDefined(settings.UnadjustableRaters))
        {
            failures.Add($"Calibration:UnadjustableRaters: expected one of {string.Join(", ", Enum.GetNames<UnadjustableRaterHandling>())}; was {(int)settings.UnadjustableRaters}.");
        }
    }

    private static (string First, string Second)? SplitCombination(string? text)
    {
        string[] parts = text?.Split('+') ?? [];
        return parts.Length == 2 && !string.IsNullOrWhiteSpace(parts[0]) && !string.IsNullOrWhiteSpace(parts[1])
            && !string.Equals(parts[0].Trim(), parts[1].Trim(), StringComparison.Ordinal)
            ? (parts[0].Trim(), parts[1].Trim())
            : null;
    }
}

/// <summary>
/// Checks what was registered, at start-up rather than at first use: the scoring rules make one registry (a custom rule
/// named like a built-in one, or two rules with one name, fail here) and every custom responsibility check can be
/// created. Each failure is the library's own problem text, with its code and path.
/// </summary>
internal sealed class AccountabilityRegistrationValidator(IServiceProvider services) : IValidateOptions<AccountabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountabilityOptions options)
    {
        var failures = new List<string>();
        Try(failures, () => services.GetRequiredService<ScoringRuleRegistry>());
        Try(failures, () => services.GetServices<IResponsibilityCheck>().ToArray());
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Try(List<string> failures, Func<object> resolve)
    {
        try
        {
            resolve();
        }
        catch (AccountabilityException ex)
        {
            failures.AddRange(ex.Problems.Select(p => p.ToString()));
        }
    }
}
