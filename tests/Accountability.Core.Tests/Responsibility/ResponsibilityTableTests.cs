using Accountability.Responsibility;

namespace Accountability.Tests.Responsibility;

public class ResponsibilityTableTests
{
    private static ResponsibilityMatrix Nested() =>
        Fixture.Basic()
            .AddWorkItem("sub", "Sub | part", parent: "task")
            .AddWorkItem("other", "Other, \"quoted\"")
            .Assign("sub", "ben", "R", "A")
            .Assign("other", "ana", "C")
            .Build();

    [Fact]
    public void ToMarkdown_Matrix_TreeOrderEscapedCells()
    {
        Assert.Equal(
            "| Work item | Ana | Ben | Cy | Manager | Reps |\n" +
            "| --- | :-: | :-: | :-: | :-: | :-: |\n" +
            "| Task |  | R |  | A | I |\n" +
            "| › Sub \\| part |  | R/A |  |  |  |\n" +
            "| Other, \"quoted\" | C |  |  |  |  |\n",
            ResponsibilityTable.ToMarkdown(Nested()));
    }

    [Fact]
    public void ToMarkdown_OmitEmptyColumns_LeavesOutPartiesWithoutCells()
    {
        Assert.Equal(
            "| Work item | Ben | Manager | Reps |\n" +
            "| --- | :-: | :-: | :-: |\n" +
            "| Task | R | A | I |\n",
            ResponsibilityTable.ToMarkdown(Fixture.Basic().Build(), omitEmptyColumns: true));
    }

    [Fact]
    public void ToCsv_Matrix_Rfc4180()
    {
        Assert.Equal(
            "Id,Parent,Work item,ana,ben,cy,manager,reps\r\n" +
            "task,,Task,,R,,A,I\r\n" +
            "sub,task,Sub | part,,R/A,,,\r\n" +
            "other,,\"Other, \"\"quoted\"\"\",C,,,,\r\n",
            ResponsibilityTable.ToCsv(Nested()));
    }

    [Fact]
    public void ToMarkdown_And_ToCsv_Workload()
    {
        Workload w = Fixture.Basic().Build().Workload(Fixture.Mar31);
        Assert.Equal(
            "| Party | Kind | R | A | C | I | Items |\n" +
            "| --- | --- | :-: | :-: | :-: | :-: | :-: |\n" +
            "| Ana | Person | 0 | 1 | 0 | 0 | 1 |\n" +
            "| Ben | Person | 1 | 0 | 0 | 0 | 1 |\n" +
            "| Cy | Person | 0 | 0 | 0 | 1 | 1 |\n" +
            "| Manager | Role | 0 | 1 | 0 | 0 | 1 |\n" +
            "| Reps | Team | 0 | 0 | 0 | 1 | 1 |\n",
            ResponsibilityTable.ToMarkdown(w));
        Assert.Equal(
            "Party,Kind,R,A,C,I,Items\r\nana,Person,0,1,0,0,1\r\nben,Person,1,0,0,0,1\r\ncy,Person,0,0,0,1,1\r\nmanager,Role,0,1,0,0,1\r\nreps,Team,0,0,0,1,1\r\n",
            ResponsibilityTable.ToCsv(w));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "")]
    public void CsvField_QuotesOnlyWhenNeeded(string field, string expected)
    {
        Assert.Equal(expected, ResponsibilityTable.CsvField(field));
    }

    [Fact]
    public void ToMarkdown_LineBreaksAndBackslashes_Escaped()
    {
        ResponsibilityMatrix m = new ResponsibilityMatrixBuilder(ResponsibilityScheme.Raci)
            .AddPerson("a", "A\\B")
            .AddWorkItem("t", "Line\r\nbreak\nhere")
            .Build();
        Assert.Equal("| Work item | A\\\\B |\n| --- | :-: |\n| Line break here |  |\n", ResponsibilityTable.ToMarkdown(m));
    }

    [Fact]
    public void Methods_Null_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => ResponsibilityTable.ToMarkdown((ResponsibilityMatrix)null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityTable.ToCsv((ResponsibilityMatrix)null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityTable.ToMarkdown((Workload)null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityTable.ToCsv((Workload)null!));
        Assert.Throws<ArgumentNullException>(() => ResponsibilityTable.CsvField(null!));
    }
}
