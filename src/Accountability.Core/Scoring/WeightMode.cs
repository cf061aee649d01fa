namespace Accountability.Scoring;

/// <summary>How a scorecard's weights are read.</summary>
public enum WeightMode
{
    /// <summary>Weights are percentages and must add up to exactly 100. The default.</summary>
    Percent = 0,

    /// <summary>Weights are relative parts (such as 1, 1, 1 for three equal parts); each criterion counts weight ÷ total weight, computed exactly.</summary>
    Relative = 1,
}
