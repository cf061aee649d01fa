using System.Globalization;

namespace Accountability.Goals;

/// <summary>Which member of a claim (or the whole set of claims) an apportionment failure is about.</summary>
internal enum ClaimMember
{
    /// <summary>The claims as a whole (the total, the sum of minimums or maximums).</summary>
    All,

    /// <summary>A claim's weight.</summary>
    Weight,

    /// <summary>A claim's minimum.</summary>
    Minimum,

    /// <summary>A claim's maximum.</summary>
    Maximum,
}

/// <summary>
/// Why an apportionment cannot be made, as data: the code, the part and member it is about and the figures for the
/// message. The engine returns these without paths; each public layer names its parts (<c>weights[2]</c>,
/// <c>claims[2].weight</c>, <c>parts[2].minimum</c>, <c>profile[2]</c>) when it turns them into problems.
/// </summary>
internal readonly record struct ApportionmentFailure(string Code, int Part, ClaimMember Member, decimal Value, decimal Other)
{
    public static ApportionmentFailure NoParts(long total) => new(GoalProblemCodes.ApportionmentNoParts, -1, ClaimMember.All, total, 0);

    public static ApportionmentFailure WeightNegative(int part, decimal weight) => new(GoalProblemCodes.ApportionmentWeightNegative, part, ClaimMember.Weight, weight, 0);

    public static ApportionmentFailure WeightPrecision(int part, decimal weight) => new(GoalProblemCodes.ApportionmentWeightPrecision, part, ClaimMember.Weight, weight, 0);

    public static ApportionmentFailure MinimumNegative(int part, long minimum) => new(GoalProblemCodes.ApportionmentMinimumNegative, part, ClaimMember.Minimum, minimum, 0);

    public static ApportionmentFailure MaximumBelowMinimum(int part, long maximum, long minimum) => new(GoalProblemCodes.ApportionmentMaximumBelowMinimum, part, ClaimMember.Maximum, maximum, minimum);

    public static ApportionmentFailure MinimumsExceedTotal(Int128 minimums, long total) => new(GoalProblemCodes.ApportionmentMinimumsExceedTotal, -1, ClaimMember.All, total, (decimal)minimums);

    public static ApportionmentFailure WeightsAllZero(long total) => new(GoalProblemCodes.ApportionmentWeightsAllZero, -1, ClaimMember.All, total, 0);

    public static ApportionmentFailure MaximumsBelowTotal(Int128 capacity, long total) => new(GoalProblemCodes.ApportionmentMaximumsBelowTotal, -1, ClaimMember.All, total, (decimal)capacity);

    /// <summary>The problem, with the path the public layer gives the claims and each claim's member.</summary>
    /// <param name="path">The path of the claims as a whole.</param>
    /// <param name="partPath">The path of one part's member.</param>
    public Problem ToProblem(string path, Func<int, ClaimMember, string> partPath) => new(
        Member == ClaimMember.All ? path : partPath(Part, Member),
        Code,
        Message(),
        ProblemSeverity.Error,
        Member == ClaimMember.Weight ? Value : (long)Value);

    /// <summary>Paths for claims: <c>path[i].weight</c>, <c>path[i].minimum</c>, <c>path[i].maximum</c>.</summary>
    public static Func<int, ClaimMember, string> MemberPaths(string path) => (part, member) =>
        ProblemPath.Join(ProblemPath.Index(path, part), member switch
        {
            ClaimMember.Weight => "weight",
            ClaimMember.Minimum => "minimum",
            _ => "maximum",
        });

    /// <summary>Paths for a plain list of weights (<c>path[i]</c>); other members as in <see cref="MemberPaths"/>.</summary>
    public static Func<int, ClaimMember, string> WeightListPaths(string path)
    {
        Func<int, ClaimMember, string> members = MemberPaths(path);
        return (part, member) => member == ClaimMember.Weight ? ProblemPath.Index(path, part) : members(part, member);
    }

    private string Message() => Code switch
    {
        GoalProblemCodes.ApportionmentNoParts => string.Create(CultureInfo.InvariantCulture, $"There are no parts to share a total of {Value} among."),
        GoalProblemCodes.ApportionmentWeightNegative => "A weight cannot be negative.",
        GoalProblemCodes.ApportionmentWeightPrecision => string.Create(CultureInfo.InvariantCulture, $"The weight {Value} needs more than 18 significant digits at the weights' common scale."),
        GoalProblemCodes.ApportionmentMinimumNegative => "A minimum cannot be negative.",
        GoalProblemCodes.ApportionmentMaximumBelowMinimum => string.Create(CultureInfo.InvariantCulture, $"The maximum {Value} is less than the minimum {Other}."),
        GoalProblemCodes.ApportionmentMinimumsExceedTotal => string.Create(CultureInfo.InvariantCulture, $"The minimums add up to {Other}, more than the total {Value}."),
        GoalProblemCodes.ApportionmentWeightsAllZero => "The weights are all zero, so there is nothing to share the total by.",
        _ => string.Create(CultureInfo.InvariantCulture, $"The parts that can take units hold at most {Other} in all, less than the total {Value}."),
    };
}
