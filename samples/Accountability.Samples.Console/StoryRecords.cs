using Accountability.Feedback;
using Accountability.Responsibility;
using Accountability.Reviews;
using Accountability.Scoring;

namespace Accountability.Samples;

/// <summary>What the story's fourth chapter recorded: the scorecard, the first quarter's actuals, the matrix, both review cycles, the feedback and Zhao Min's plan.</summary>
internal sealed record StoryRecords(
    Scorecard Card,
    ActualsTable FirstQuarter,
    ResponsibilityMatrix Matrix,
    ReviewCycle FirstCycle,
    ReviewCycle SecondCycle,
    FeedbackHistory Feedback,
    ImprovementPlan Plan);
