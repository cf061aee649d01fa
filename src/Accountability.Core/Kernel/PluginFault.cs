using System.Text;

namespace Accountability;

/// <summary>
/// The one way every stage reports a misbehaving plug-in (a custom scoring rule, a custom responsibility check):
/// as an <see cref="AccountabilityException"/> carrying one error that names the plug-in, what it was doing and
/// what went wrong, with the plug-in's own exception as the inner exception.
/// </summary>
/// <remarks>
/// A plug-in that throws an <see cref="AccountabilityException"/> of its own is still a fault of that plug-in: its
/// problems (or, when it has none, its message) are quoted in the fault, never passed on as if the library had
/// found them. Stateless and thread-safe.
/// </remarks>
internal static class PluginFault
{
    /// <summary>Reads a plug-in's name without letting the plug-in break the caller.</summary>
    /// <param name="plugin">The plug-in.</param>
    /// <param name="readName">Reads its <c>Name</c>.</param>
    /// <returns>The name, or the plug-in's type name when the name throws, is null or is blank.</returns>
    public static string SafeName<TPlugin>(TPlugin plugin, Func<TPlugin, string?> readName)
        where TPlugin : class
    {
        string typeName = plugin.GetType().Name;
        try
        {
            string? name = readName(plugin);
            return string.IsNullOrWhiteSpace(name) ? typeName : name;
        }
        catch (Exception ex) when (IsPluginFault(ex))
        {
            return typeName;
        }
    }

    /// <summary>Tells whether an exception thrown by plug-in code is reported as that plug-in's fault.</summary>
    /// <remarks>Everything but the runtime's own process-level failures, which nothing can report.</remarks>
    /// <param name="ex">The exception.</param>
    /// <returns><see langword="true"/> unless the exception is an out-of-memory or an invalid-program failure.</returns>
    public static bool IsPluginFault(Exception ex) => ex is not (OutOfMemoryException or InvalidProgramException);

    /// <summary>Builds the fault report.</summary>
    /// <param name="kind">What the plug-in is, such as <c>scoring rule</c>.</param>
    /// <param name="name">The plug-in's name (see <see cref="SafeName{TPlugin}"/>).</param>
    /// <param name="path">Where in the input the plug-in was working.</param>
    /// <param name="code">The stage's fault code.</param>
    /// <param name="doing">What it was doing, as a phrase that follows "failed while", such as <c>scoring criterion 'Sales' (sales)</c>.</param>
    /// <param name="cause">What the plug-in threw.</param>
    /// <returns>The exception to throw.</returns>
    public static AccountabilityException Report(string kind, string name, string path, string code, string doing, Exception cause) =>
        new([new Problem(path, code, $"The {kind} '{name}' failed while {doing}: {Describe(cause)}")], cause);

    /// <summary>Builds the fault report for a plug-in that did not throw but broke its contract.</summary>
    /// <param name="kind">What the plug-in is.</param>
    /// <param name="name">The plug-in's name.</param>
    /// <param name="path">Where in the input the plug-in was working.</param>
    /// <param name="code">The stage's fault code.</param>
    /// <param name="doing">What it was doing.</param>
    /// <param name="broken">What it did wrong, as a sentence.</param>
    /// <returns>The exception to throw.</returns>
    public static AccountabilityException Contract(string kind, string name, string path, string code, string doing, string broken) =>
        new([new Problem(path, code, $"The {kind} '{name}' failed while {doing}: {broken}")]);

    private static string Describe(Exception cause)
    {
        if (cause is not AccountabilityException own)
        {
            return $"{cause.GetType().Name}: {cause.Message}";
        }

        if (own.Problems.Count == 0)
        {
            return $"it threw an {nameof(AccountabilityException)} of its own: {own.Message}";
        }

        var text = new StringBuilder($"it threw an {nameof(AccountabilityException)} of its own with {own.Problems.Count} problem(s): ");
        for (int i = 0; i < own.Problems.Count; i++)
        {
            if (i > 0)
            {
                text.Append("; ");
            }

            text.Append(own.Problems[i]);
        }

        return text.ToString();
    }
}
