using System.Text;
using Accountability.Scoring;
using Accountability.Serialization;
using FsCheck.Xunit;

namespace Accountability.Tests.Serialization;

public class ActualsCsvTests
{
    private const string Valid = "subject,sales,csat,\"dso\"\r\nana,1050000.50,4.5,55\r\n\"ben, jr.\",-12,n/a,\r\n";

    [Fact]
    public void ReadsValues_NotApplicable_AndMissing()
    {
        ActualsSet set = ActualsCsv.Read(Valid, "rep");

        Assert.Equal(["ana", "ben, jr."], set.Subjects.Select(s => s.Subject.Value));
        Actuals ana = set.Subjects[0];
        Assert.Equal(1_050_000.50m, ana.Entries["sales"].Value);
        Assert.Equal("1050000.50", ana.Entries["sales"].Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Actuals ben = set.Subjects[1];
        Assert.Equal(-12m, ben.Entries["sales"].Value);
        Assert.Equal(ActualKind.NotApplicable, ben.Entries["csat"].Kind);
        Assert.False(ben.Entries.ContainsKey("dso"));
    }

    [Fact]
    public void QuotedFields_HoldCommasQuotesAndLineBreaks_AndLfLinesWork()
    {
        ActualsSet set = ActualsCsv.Read("subject,sales\n\"a \"\"quoted\"\", name\",5\n", "rep");
        Assert.Equal("a \"quoted\", name", Assert.Single(set.Subjects).Subject.Value);

        // A line break inside a quoted field counts as a line: the next row's problem names line 4.
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => ActualsCsv.Read("subject,sales\n\"x\ny\",5\nz,zz\n", "rep"));
        Assert.Equal(["csv.lines[2][subject]", "csv.lines[4][sales]"], ex.Problems.Select(p => p.Path));
    }

    [Theory]
    [InlineData("subject,sales\nana,\"1,000\"\n", "csv.lines[2][sales]", SerializationProblemCodes.JsonType)]
    [InlineData("subject,sales\nana,1e3\n", "csv.lines[2][sales]", SerializationProblemCodes.JsonType)]
    [InlineData("subject,sales\nana, 5\n", "csv.lines[2][sales]", SerializationProblemCodes.JsonType)]
    [InlineData("subject,sales\nana,99999999999999999999999999999999\n", "csv.lines[2][sales]", SerializationProblemCodes.JsonType)]
    [InlineData("subject,sales\nana,5,6\n", "csv.lines[2]", SerializationProblemCodes.JsonSyntax)]
    [InlineData("subject,sales\nana,\"5\n", "csv.lines[2]", SerializationProblemCodes.JsonSyntax)]
    [InlineData("subject,sales\nana,5\"\n", "csv.lines[2]", SerializationProblemCodes.JsonSyntax)]
    [InlineData("rep,sales\nana,5\n", "csv.lines[1][1]", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("subject,sales,sales\nana,5,6\n", "csv.lines[1][3]", SerializationProblemCodes.DuplicateProperty)]
    [InlineData("subject,sales\nana,5\nana,6\n", "csv.lines[3][subject]", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("subject,sales\n,5\n", "csv.lines[2][subject]", SerializationProblemCodes.ValueNotAllowed)]
    [InlineData("", "csv", SerializationProblemCodes.PropertyRequired)]
    public void Defects_AreReportedWithLineAndColumn(string csv, string path, string code)
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => ActualsCsv.Read(csv, "rep"));
        Problem problem = Assert.Single(ex.Problems);
        Assert.Equal((path, code), (problem.Path, problem.Code));
    }

    [Fact]
    public void SeveralBadCells_AreReportedTogether()
    {
        AccountabilityException ex = Assert.Throws<AccountabilityException>(() => ActualsCsv.Read("subject,a,b\nx,1,one\ny,two,3\n", "rep"));
        Assert.Equal(["csv.lines[2][b]", "csv.lines[3][a]"], ex.Problems.Select(p => p.Path));
        Assert.Equal("'one' is not a number (write it culture-invariant, such as -1234.50), 'n/a' or empty.", ex.Problems[0].Message);
    }

    [Property(MaxTest = 1000)]
    public bool Mutations_AreRefusedOrReadIntoValidActuals(int seed)
    {
        var random = new Random(seed);
        const string chars = ",\"\r\n.-+0123456789an/ x";
        for (int i = 0; i < 100; i++)
        {
            var text = new StringBuilder(Valid);
            for (int m = random.Next(1, 4); m > 0; m--)
            {
                int at = random.Next(text.Length + 1);
                if (random.Next(2) == 0 && at < text.Length)
                {
                    text.Remove(at, 1);
                }
                else
                {
                    text.Insert(at, chars[random.Next(chars.Length)]);
                }
            }

            try
            {
                ActualsSet set = ActualsCsv.Read(text.ToString(), "rep");
                Assert.All(set.Subjects, s => Assert.False(s.Subject.IsDefault));
            }
            catch (AccountabilityException ex)
            {
                Assert.NotEmpty(ex.Problems);
                Assert.All(ex.Problems, p => Assert.StartsWith("csv", p.Path, StringComparison.Ordinal));
            }
        }

        return true;
    }
}
