using Accountability.Samples;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Accountability.Reports.BrowserTests;

/// <summary>
/// Zhao Min's report for the second quarter, written by the console's report command, opened in headless Chromium
/// (the system's package, driven by Playwright; no browser is downloaded).
/// </summary>
public class ReportBrowserTests(ITestOutputHelper log)
{
    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    [BrowserFact]
    public async Task Report_RendersInChromium_WithTheMarksItsDataCallsFor_AndNoErrors()
    {
        string results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        string file = Path.Combine(results, "report.html");
        int exit = await ReportCommand.RunAsync(["report", "zhao-min", "--cycle", "fy2026-q2", "--html", file], TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 1200 } });
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                problems.Add($"console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add("request failed: " + request.Url);
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.GotoAsync(new Uri(file).AbsoluteUri);

        Assert.Equal(6, await page.Locator("svg[data-chart=criteria] rect.bar").CountAsync());
        Assert.Equal(1, await page.Locator("svg[data-chart=criteria] line.target").CountAsync());
        Assert.Equal(3, await page.Locator("svg[data-chart=distribution] rect.bar.actual").CountAsync());
        Assert.Equal(3, await page.Locator("svg[data-chart=distribution] rect.bar.guideline").CountAsync());
        Assert.Equal(5, await page.Locator("svg[data-chart=trends] g.trend").CountAsync());
        Assert.Equal(30, await page.Locator("svg[data-chart=trends] circle.point").CountAsync());
        Assert.Equal(2, await page.Locator("svg[data-chart=volatility] rect.bar").CountAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());

        // Every bar the data gives a length is drawn with one: the browser lays out what the library computed.
        foreach (ILocator bar in await page.Locator("svg[data-chart=criteria] rect.bar").AllAsync())
        {
            var box = await bar.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.Width > 0, "a criterion scored above zero is drawn with a width");
        }

        string screenshot = Path.Combine(results, "report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        log.WriteLine("screenshot: " + screenshot);
        Assert.True(new FileInfo(screenshot).Length > 0);
        Assert.Empty(problems);
        Assert.Equal([new Uri(file).AbsoluteUri], requests);
    }

    [BrowserFact]
    public async Task Report_AsXhtml_IsParsedByChromiumsXmlParser()
    {
        string results = Path.Combine(AppContext.BaseDirectory, "TestResults");
        Directory.CreateDirectory(results);
        string file = Path.Combine(results, "report.xhtml");
        Assert.Equal(0, await ReportCommand.RunAsync(["report", "chen-jie", "--cycle", "fy2026-q1", "--html", file], TextWriter.Null, TextWriter.Null));

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true, Args = ChromiumArgs });
        IPage page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(file).AbsoluteUri);

        // Chromium shows a "parsererror" element instead of the page when XHTML is not well-formed.
        Assert.Equal(0, await page.Locator("parsererror").CountAsync());
        Assert.Equal(4, await page.Locator("svg[data-chart]").CountAsync());
        Assert.Equal(3, await page.Locator("svg[data-chart=trends] g.trend >> nth=0 >> circle.point").CountAsync());
    }
}
