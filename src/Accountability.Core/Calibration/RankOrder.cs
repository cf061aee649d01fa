namespace Accountability.Calibration;

/// <summary>Which end of the scores ranks first (the spreadsheet's RANK <c>order</c> argument).</summary>
public enum RankOrder
{
    /// <summary>The highest score ranks 1 (RANK.EQ with order 0 or omitted): the usual order for performance.</summary>
    HighestFirst,

    /// <summary>The lowest score ranks 1 (RANK.EQ with order 1), for measures where lower is better.</summary>
    LowestFirst,
}
