using Microsoft.Playwright;

namespace Library.Tests.Browser;

/// <summary>PNGs of the pages a test visits, beside the test assembly, for a person to look at after a run.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>Saves <c>{test}--{page}.png</c>, the whole page at the viewport's width; returns the file's path.</summary>
    public static async Task<string> SaveAsync(IPage page, string test, string pageName)
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"{Safe(test)}--{Safe(pageName)}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-'));
}
