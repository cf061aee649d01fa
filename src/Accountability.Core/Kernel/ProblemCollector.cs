namespace Accountability;

/// <summary>Collects problems during a validation so that all of them are reported together.</summary>
internal sealed class ProblemCollector
{
    // Made when the first problem comes: most validations find none.
    private List<Problem>? _problems;

    public bool HasErrors { get; private set; }

    public IReadOnlyList<Problem> Problems => (IReadOnlyList<Problem>?)_problems ?? [];

    public void Error(string path, string code, string message, object? attemptedValue = null) =>
        Add(new Problem(path, code, message, ProblemSeverity.Error, attemptedValue));

    public void Warning(string path, string code, string message, object? attemptedValue = null) =>
        Add(new Problem(path, code, message, ProblemSeverity.Warning, attemptedValue));

    public void Add(Problem problem)
    {
        (_problems ??= []).Add(problem);
        HasErrors |= problem.IsError;
    }

    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            Add(problem);
        }
    }

    public Problem[] ToArray() => _problems is null ? [] : [.. _problems];

    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new AccountabilityException(_problems!);
        }
    }
}
