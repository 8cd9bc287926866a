using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>What the browser tests check on a chart of a definition (the designer's, a request's): it can be read as it opens.</summary>
public static class ChartChecks
{
    /// <summary>The smallest label text, in screen pixels, that counts as legible.</summary>
    public const double LegibleFontPixels = 10;

    /// <summary>The chart's node for an activity or status: React Flow gives its element the id as <c>data-id</c>.</summary>
    public static ILocator Node(this ILocator chart, string id) => chart.Locator($".react-flow__node[data-id='{id}']");

    /// <summary>
    /// <paramref name="node"/> is wholly inside the browser's viewport (and so inside the chart, which clips it), and
    /// its first line of text is drawn at a size people can read: not the few pixels a fit-to-view of a big chart gives.
    /// </summary>
    public static async Task ExpectLegibleInViewAsync(ILocator node)
    {
        // Not 1: a node exactly at the chart's edge can measure a few millionths short.
        await Expect(node).ToBeInViewportAsync(new() { Ratio = 0.99f });
        var label = node.Locator("div:not(.react-flow__handle)").First;
        var drawn = await label.EvaluateAsync<double>(
            "e => parseFloat(getComputedStyle(e).fontSize) * new DOMMatrix(getComputedStyle(e.closest('.react-flow__viewport')).transform).a");
        Assert.True(drawn >= LegibleFontPixels, $"The label '{await label.TextContentAsync()}' is drawn {drawn:0.0} px high; legible is {LegibleFontPixels} px.");
        // Once more: the chart may have moved from React Flow's first view to its opening view since the first check.
        await Expect(node).ToBeInViewportAsync(new() { Ratio = 0.99f });
    }

    /// <summary>The minimap is there and draws every node of the chart.</summary>
    public static async Task ExpectMinimapAsync(ILocator chart, int nodes)
    {
        await Expect(chart.GetByRole(AriaRole.Img, new() { Name = "Overview of the whole chart", Exact = true })).ToBeVisibleAsync();
        await Expect(chart.Locator(".react-flow__minimap-node")).ToHaveCountAsync(nodes);
    }

    /// <summary>The fit button brings every one of the chart's <paramref name="nodes"/> nodes inside the chart's frame.</summary>
    public static async Task FitAndExpectEveryNodeShownAsync(ILocator chart, int nodes)
    {
        await Expect(chart.Locator(".react-flow__node")).ToHaveCountAsync(nodes);
        await chart.GetByRole(AriaRole.Button, new() { Name = "Fit the whole chart", Exact = true }).ClickAsync();
        // Polled: the new viewport is drawn on the next frame.
        await chart.Page.WaitForFunctionAsync(
            """
            chart => {
              const frame = chart.querySelector('.react-flow').getBoundingClientRect();
              return [...chart.querySelectorAll('.react-flow__node')].every(n => {
                const r = n.getBoundingClientRect();
                return r.left >= frame.left && r.top >= frame.top && r.right <= frame.right && r.bottom <= frame.bottom;
              });
            }
            """, await chart.ElementHandleAsync(), new() { Timeout = 15_000 });
    }
}
