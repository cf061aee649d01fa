using System.Text;

namespace Accountability;

/// <summary>
/// The one exception the library throws for bad input, bad configuration and faults in pluggable
/// code. It carries every <see cref="Problem"/> found, each with its path, so that a user can fix
/// them all at once.
/// </summary>
public class AccountabilityException : Exception
{
    private static readonly IReadOnlyList<Problem> None = [];

    /// <summary>Creates an exception with a generic message and no problems.</summary>
    public AccountabilityException()
        : this("The input is not valid.")
    {
    }

    /// <summary>Creates an exception with a message and no problems.</summary>
    /// <param name="message">What went wrong.</param>
    public AccountabilityException(string message)
        : base(message)
    {
        Problems = None;
    }

    /// <summary>Creates an exception with a message, no problems and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public AccountabilityException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Problems = None;
    }

    /// <summary>Creates an exception that carries <paramref name="problems"/>.</summary>
    /// <param name="problems">Everything that was found wrong; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or contains null.</exception>
    public AccountabilityException(IEnumerable<Problem> problems)
        : this(Copy(problems), null)
    {
    }

    /// <summary>Creates an exception that carries <paramref name="problems"/> and the exception that caused them.</summary>
    /// <param name="problems">Everything that was found wrong; at least one.</param>
    /// <param name="innerException">The cause, when a fault in pluggable code is reported.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or contains null.</exception>
    public AccountabilityException(IEnumerable<Problem> problems, Exception? innerException)
        : this(Copy(problems), innerException)
    {
    }

    private AccountabilityException(Problem[] problems, Exception? innerException)
        : base(Describe(problems), innerException)
    {
        Problems = problems;
    }

    /// <summary>Everything that was found wrong, in the order it was found.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Throws an <see cref="AccountabilityException"/> when <paramref name="problems"/> has any error.</summary>
    /// <param name="problems">Problems found by a validation; warnings and information alone do not throw.</param>
    /// <exception cref="AccountabilityException">At least one problem is an error; all problems are carried.</exception>
    public static void ThrowIfAnyError(IEnumerable<Problem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problem[] copy = Copy(problems, allowEmpty: true);
        if (Array.Exists(copy, p => p.IsError))
        {
            throw new AccountabilityException(copy, null);
        }
    }

    private static Problem[] Copy(IEnumerable<Problem> problems, bool allowEmpty = false)
    {
        ArgumentNullException.ThrowIfNull(problems);
        Problem[] copy = [.. problems];
        if (!allowEmpty && copy.Length == 0)
        {
            throw new ArgumentException("At least one problem is required.", nameof(problems));
        }

        if (Array.Exists(copy, p => p is null))
        {
            throw new ArgumentException("Problems cannot contain null.", nameof(problems));
        }

        return copy;
    }

    private static string Describe(Problem[] problems)
    {
        int errors = problems.Count(p => p.IsError);
        var text = new StringBuilder();
        text.Append(errors == 1 ? "1 problem" : errors + " problems").Append(" must be fixed");
        int others = problems.Length - errors;
        if (others > 0)
        {
            text.Append(" (and ").Append(others).Append(others == 1 ? " note" : " notes").Append(')');
        }

        text.Append(':');
        foreach (Problem problem in problems)
        {
            text.AppendLine().Append(" - ").Append(problem);
        }

        return text.ToString();
    }
}
