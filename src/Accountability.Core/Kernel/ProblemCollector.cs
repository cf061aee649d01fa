namespace Accountability;

/// <summary>Collects problems during a validation so that all of them are reported together.</summary>
internal sealed class ProblemCollector
{
    private readonly List<Problem> _problems = [];

    public bool HasErrors { get; private set; }

    public IReadOnlyList<Problem> Problems => _problems;

    public void Error(string path, string code, string message, object? attemptedValue = null) =>
        Add(new Problem(path, code, message, ProblemSeverity.Error, attemptedValue));

    public void Warning(string path, string code, string message, object? attemptedValue = null) =>
        Add(new Problem(path, code, message, ProblemSeverity.Warning, attemptedValue));

    public void Add(Problem problem)
    {
        _problems.Add(problem);
        HasErrors |= problem.IsError;
    }

    public void AddRange(IEnumerable<Problem> problems)
    {
        foreach (Problem problem in problems)
        {
            Add(problem);
        }
    }

    public Problem[] ToArray() => [.. _problems];

    public void ThrowIfErrors()
    {
        if (HasErrors)
        {
            throw new AccountabilityException(_problems);
        }
    }
}
