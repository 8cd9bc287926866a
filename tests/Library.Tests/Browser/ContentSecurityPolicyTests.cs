using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// The designer UI runs under the host's Content-Security-Policy: its own bundle works (every other browser test
/// also fails on the console error a refused script or style would log), while a script smuggled into a page does not
/// run and no other page may frame it.
/// </summary>
public sealed class ContentSecurityPolicyTests(ChromiumFixture chromium) : BrowserTest(chromium)
{
    [Fact]
    public async Task The_UI_works_under_a_policy_that_refuses_an_injected_script()
    {
        var response = await Page.GotoAsync("/requests");
        var headers = await response!.AllHeadersAsync();
        Assert.Contains("script-src 'self'", headers["content-security-policy"]);
        Assert.Equal("DENY", headers["x-frame-options"]);
        Assert.Equal("nosniff", headers["x-content-type-options"]);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "In-process items" })).ToBeVisibleAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(ConsoleErrors);

        // What stored HTML would do if a page ever showed it: an inline script element.
        await Page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s); }");

        Assert.False(await Page.EvaluateAsync<bool>("() => window.injected === true"));
        Assert.Contains(ConsoleErrors, e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task Another_page_cannot_frame_the_UI()
    {
        var framed = new Uri(Host.BaseAddress!, "requests").ToString();
        await Page.SetContentAsync($"<iframe src=\"{framed}\" title=\"framed\"></iframe>");

        // Setting the content waits for the frame's load, which a refused frame ends with the browser's error page.
        var frame = Page.Frames.Single(f => f != Page.MainFrame);
        Assert.NotEqual(framed, frame.Url);
        await Expect(frame.GetByRole(AriaRole.Heading)).ToHaveCountAsync(0);
    }
}
