using System.Text;

namespace Accountability.Criteria;

/// <summary>
/// Settings of a rule an integrator registered: the rule's name and the named decimal parameters it reads, once,
/// when it is bound to the criterion (see <c>ScoringRuleBindContext.Require</c> and <c>Reference</c>).
/// </summary>
/// <remarks>Immutable and thread-safe; the parameters are copied.</remarks>
public sealed class CustomScoring : ScoringMethod
{
    private static readonly IReadOnlyDictionary<string, decimal> NoValues = new Dictionary<string, decimal>(StringComparer.Ordinal);

    /// <summary>Creates the settings.</summary>
    /// <param name="ruleName">The name the rule is registered under.</param>
    /// <param name="values">Named parameters, such as <c>{ "target": 12 }</c>; none when null.</param>
    /// <exception cref="ArgumentException"><paramref name="ruleName"/> is null, empty or white space.</exception>
    public CustomScoring(string ruleName, IReadOnlyDictionary<string, decimal>? values = null)
        : base(ruleName)
    {
        Values = values is null || values.Count == 0 ? NoValues : new Dictionary<string, decimal>(values, StringComparer.Ordinal);
    }

    /// <summary>The named parameters.</summary>
    public IReadOnlyDictionary<string, decimal> Values { get; }

    private protected override void Describe(StringBuilder text)
    {
        foreach ((string key, decimal value) in Values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            Describe(text, key, value);
        }
    }
}
