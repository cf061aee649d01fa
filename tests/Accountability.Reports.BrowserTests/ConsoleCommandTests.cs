using System.Text.Json;
using Accountability.Samples;

namespace Accountability.Reports.BrowserTests;

/// <summary>The sample console's report and score commands, run in process: exit codes, and errors on standard error.</summary>
public class ConsoleCommandTests
{
    private static async Task<(int Exit, string Output, string Errors)> Report(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        int exit = await ReportCommand.RunAsync(["report", .. args], output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task Report_KnownSubjectAndCycle_PrintsTheMarkdownReport()
    {
        (int exit, string output, string errors) = await Report("zhao-min", "--cycle", "fy2026-q2");

        Assert.Equal(0, exit);
        Assert.Empty(errors);
        Assert.StartsWith("# Accountability report: zhao-min, FY2026 Q2 review", output, StringComparison.Ordinal);
        Assert.Contains("## Distribution against the guideline", output, StringComparison.Ordinal);
        Assert.Contains("| zhao-min (this report) | 6 |", output, StringComparison.Ordinal);
        Assert.Contains("Change since last cycle for zhao-min", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Html_WritesThePage()
    {
        string file = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            (int exit, string output, _) = await Report("liu-yang", "--cycle", "fy2026-q1", "--html", file);

            Assert.Equal(0, exit);
            Assert.Equal($"wrote the report of liu-yang for fy2026-q1 to {file}", output.TrimEnd());
            Assert.StartsWith("<!DOCTYPE html", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Report_UnknownSubject_ExitsOneListingTheKnownOnes()
    {
        (int exit, string output, string errors) = await Report("wang-fang", "--cycle", "fy2026-q1");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Equal("unknown subject 'wang-fang'; the story's reps are chen-jie, liu-yang, sun-hui, zhao-min, zhou-tao", errors.TrimEnd());
    }

    [Fact]
    public async Task Report_UnknownCycle_ExitsOneListingTheKnownOnes()
    {
        (int exit, _, string errors) = await Report("zhao-min", "--cycle", "fy2027-q1");

        Assert.Equal(1, exit);
        Assert.Equal("unknown cycle 'fy2027-q1'; the story's review cycles are fy2026-q1, fy2026-q2", errors.TrimEnd());
    }

    [Theory]
    [InlineData(new string[0], "a subject is needed")]
    [InlineData(new[] { "zhao-min" }, "--cycle is needed")]
    [InlineData(new[] { "zhao-min", "--cycle" }, "--cycle needs a value")]
    [InlineData(new[] { "zhao-min", "--cycle", "fy2026-q1", "--pdf", "x" }, "unknown option '--pdf'")]
    [InlineData(new[] { "zhao-min", "zhou-tao", "--cycle", "fy2026-q1" }, "unexpected argument 'zhou-tao'")]
    public async Task Report_BadUsage_ExitsTwoSayingWhy(string[] args, string why)
    {
        (int exit, string output, string errors) = await Report(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(why + Environment.NewLine + "usage: report <subject> --cycle <id>", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_Help_ExitsZero()
    {
        (int exit, string output, _) = await Report("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Cycles: fy2026-q1, fy2026-q2.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Json_PrintsOneResultDocumentPerSubject()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"score-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, Commands.Export(["export", folder], TextWriter.Null, TextWriter.Null));
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = Commands.Score(["score", Path.Combine(folder, "scorecard.json"), Path.Combine(folder, "actuals-2026-q2.json"), "--json"], output, errors);

            Assert.Equal(0, exit);
            Assert.Empty(errors.ToString());
            using JsonDocument json = JsonDocument.Parse(output.ToString());
            Assert.Equal(5, json.RootElement.GetArrayLength());
            Assert.All(json.RootElement.EnumerateArray(), d => Assert.Equal("result", d.GetProperty("kind").GetString()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Score_BadUsage_ExitsTwo()
    {
        var errors = new StringWriter();

        Assert.Equal(2, Commands.Score(["score", "a.json", "--json"], TextWriter.Null, errors));
        Assert.Equal("usage: score <scorecard.json> <actuals.json|actuals.csv> [--json]", errors.ToString().TrimEnd());
    }

    [Fact]
    public void Score_Csv_ScoresEveryRow_AndABadCellIsNamedByLineAndColumn()
    {
        string folder = Path.Combine(Path.GetTempPath(), $"score-csv-{Guid.NewGuid():N}");
        try
        {
            Assert.Equal(0, Commands.Export(["export", folder], TextWriter.Null, TextWriter.Null));
            string csv = Path.Combine(folder, "actuals.csv");
            // Sales is not applicable here: its target is per subject and a CSV row carries values only.
            File.WriteAllText(csv, "subject,accounts,calls,compliance,csat,dso,sales\r\nchen-jie,4,96,1,4.6,52,n/a\r\n\"liu-yang\",3,88,1,4.1,58,n/a\r\n");
            var output = new StringWriter();
            var errors = new StringWriter();

            int exit = Commands.Score(["score", Path.Combine(folder, "scorecard.json"), csv, "--json"], output, errors);

            Assert.Equal(0, exit);
            Assert.Empty(errors.ToString());
            using JsonDocument json = JsonDocument.Parse(output.ToString());
            Assert.Equal(["chen-jie", "liu-yang"], json.RootElement.EnumerateArray().Select(d => d.GetProperty("result").GetProperty("subject").GetString()));

            File.WriteAllText(csv, "subject,accounts,calls,compliance,csat,dso,sales\nchen-jie,4,9x6,1,4.6,52,n/a\n");
            errors = new StringWriter();
            Assert.Equal(1, Commands.Score(["score", Path.Combine(folder, "scorecard.json"), csv], TextWriter.Null, errors));
            Assert.Contains("csv.lines[2][calls]", errors.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
