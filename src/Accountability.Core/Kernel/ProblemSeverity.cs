namespace Accountability;

/// <summary>How serious a <see cref="Problem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>The input cannot be used as it is.</summary>
    Error = 0,

    /// <summary>The input can be used, but probably not as intended.</summary>
    Warning = 1,

    /// <summary>A fact worth knowing; nothing is wrong.</summary>
    Information = 2,
}
