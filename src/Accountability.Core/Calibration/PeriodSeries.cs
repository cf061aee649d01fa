using System.Globalization;

namespace Accountability.Calibration;

/// <summary>Checks a series of (period label, value) pairs: labels present and unique.</summary>
internal static class PeriodSeries
{
    public static (string Period, decimal Value)[] Read(IEnumerable<(string Period, decimal Value)> series, string path, int minimum, HashSet<string>? labels = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        (string Period, decimal Value)[] items = [.. series];
        var problems = new ProblemCollector();
        labels ??= new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < items.Length; i++)
        {
            string label = items[i].Period;
            string at = ProblemPath.Join(ProblemPath.Index(path, i), "period");
            if (string.IsNullOrWhiteSpace(label))
            {
                problems.Error(at, CalibrationProblemCodes.PeriodInvalid, "A period needs a label.", label);
            }
            else if (!labels.Add(label))
            {
                problems.Error(at, CalibrationProblemCodes.PeriodInvalid, $"The period '{label}' appears twice.", label);
            }
        }

        if (items.Length < minimum)
        {
            problems.Error(
                path,
                items.Length == 0 ? CalibrationProblemCodes.EmptyPopulation : CalibrationProblemCodes.TooFewValues,
                string.Create(CultureInfo.InvariantCulture, $"The series needs at least {minimum} period{(minimum == 1 ? string.Empty : "s")}; {items.Length} given."),
                items.Length);
        }

        problems.ThrowIfErrors();
        return items;
    }

    /// <summary>The coefficient of variation of the values, or why there is none.</summary>
    public static decimal? Volatility((string Period, decimal Value)[] items, out string? reason)
    {
        if (items.Length < 2)
        {
            reason = "a spread needs at least two periods";
            return null;
        }

        decimal sum = 0m;
        decimal squares = 0m;
        foreach ((_, decimal v) in items)
        {
            sum += v;
            squares += v * v;
        }

        if (sum <= 0m)
        {
            reason = "the mean is not above zero, so the spread cannot be set against it";
            return null;
        }

        reason = null;
        return Statistics.CoefficientOfVariation(items.Length, sum, squares);
    }
}
