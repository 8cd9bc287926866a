using System.Runtime.CompilerServices;
using Library.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Library.Tests.Browser;

/// <summary>
/// A browser test: a service of its own on a real loopback port (a fresh database, as <see cref="HostTest"/> gives),
/// and a new 1280×800 browser context on the shared Chromium, signed in as the first administrator through the
/// sign-in page before the test's first page. It records what a page's console reports as errors and every request a
/// page makes to a host other than this machine, for tests to assert on.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(ChromiumFixture chromium) : IAsyncLifetime
{
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    public static readonly ViewportSize Tablet = new() { Width = 768, Height = 1024 };

    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _offsiteRequests = [];
    private IBrowserContext? _context;

    protected LibraryHost Host { get; private set; } = null!;

    /// <summary>The tests' own HTTP client, on the same socket as the browser.</summary>
    protected HttpClient Client => Host.Client;

    protected IPage Page { get; private set; } = null!;

    /// <summary>Console errors and uncaught exceptions of every page so far, in order.</summary>
    protected IReadOnlyList<string> ConsoleErrors { get { lock (_consoleErrors) return [.. _consoleErrors]; } }

    /// <summary>Requests (and web sockets) of every page so far to a host that is not 127.0.0.1 or localhost.</summary>
    protected IReadOnlyList<string> OffsiteRequests { get { lock (_offsiteRequests) return [.. _offsiteRequests]; } }

    /// <summary>Whether the tests drive the designer UI, which scripts/ui.sh must have built into src/Host/wwwroot.</summary>
    protected virtual bool NeedsDesignerUi => true;

    /// <summary>Whether the browser signs in as the administrator before the test starts; tests of signing in start signed out.</summary>
    protected virtual bool StartsSignedIn => true;

    /// <summary>Settings the test's service starts with besides the test host's own.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        Host = LibraryHost.Start(Settings, onLoopbackPort: true);
        if (NeedsDesignerUi && (await Client.GetAsync("/")).Content.Headers.ContentType?.MediaType != "text/html")
            throw new InvalidOperationException("The host serves no designer UI: run scripts/ui.sh (test.sh does) to build it into src/Host/wwwroot.");
        // No tracing is started: traces are large, and the screenshots are what a run keeps.
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress!.ToString(),
            ViewportSize = Desktop,
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error") Record(_consoleErrors, $"{Page.Url}: {message.Text}");
        };
        Page.PageError += (_, error) => Record(_consoleErrors, $"{Page.Url}: uncaught {error}");
        Page.Request += (_, request) =>
        {
            if (IsOffsite(request.Url)) Record(_offsiteRequests, $"{request.Method} {request.Url} (from {Page.Url})");
        };
        Page.WebSocket += (_, socket) =>
        {
            if (IsOffsite(socket.Url)) Record(_offsiteRequests, $"websocket {socket.Url} (from {Page.Url})");
        };
        if (StartsSignedIn && NeedsDesignerUi) await SignInAsAdministratorAsync();
        else if (StartsSignedIn) await SignInWithoutTheUiAsync();
    }

    /// <summary>Without the designer UI there is no sign-in page: the browser's context signs in over the API and keeps the cookie.</summary>
    private async Task SignInWithoutTheUiAsync()
    {
        var response = await _context!.APIRequest.PostAsync("/api/auth/login?useCookies=true",
            new() { DataObject = new { userName = LibraryHost.AdminUserName, password = LibraryHost.AdminPassword } });
        if (!response.Ok) throw new InvalidOperationException($"Signing the browser in answered {response.Status}: {await response.TextAsync()}");
    }

    /// <summary>
    /// Signs in on the sign-in page, which any path shows while signed out, and waits for the page that follows. The
    /// only console error allowed on the way is Chromium's line for the 401 of the first <c>GET /api/auth/me</c>, which
    /// is how the page learns nobody is signed in; it is not counted against the test.
    /// </summary>
    private async Task SignInAsAdministratorAsync()
    {
        await Page.GotoAsync("/requests");
        await SignInAsync(LibraryHost.AdminUserName, LibraryHost.AdminPassword);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "In-process items" })).ToBeVisibleAsync();
        lock (_consoleErrors)
        {
            if (_consoleErrors.Count != 1 || !_consoleErrors[0].Contains("status of 401"))
                throw new InvalidOperationException($"Signing in logged other console errors: {string.Join(" | ", _consoleErrors)}");
            _consoleErrors.Clear();
        }
    }

    /// <summary>Fills in the sign-in page shown now and submits it.</summary>
    protected async Task SignInAsync(string userName, string password)
    {
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Sign in" })).ToBeVisibleAsync();
        await Page.GetByLabel("User name", new() { Exact = true }).FillAsync(userName);
        await Page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (_context is not null) await _context.DisposeAsync();
        if (Host is not null) await Host.DisposeAsync();
    }

    /// <summary>Saves a PNG of the current page named after the calling test.</summary>
    protected Task<string> ScreenshotAsync(string pageName, [CallerMemberName] string test = "") =>
        Screenshots.SaveAsync(Page, $"{GetType().Name}.{test}", pageName);

    /// <summary>Saves a PNG of the current page at another viewport size, then goes back to the desktop size.</summary>
    protected async Task<string> ScreenshotAtAsync(ViewportSize size, string pageName, [CallerMemberName] string test = "")
    {
        await Page.SetViewportSizeAsync(size.Width, size.Height);
        try
        {
            return await Screenshots.SaveAsync(Page, $"{GetType().Name}.{test}", pageName);
        }
        finally
        {
            await Page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
        }
    }

    /// <summary>
    /// Only network schemes can leave the machine; data:, blob: and about: URLs are the page's own. A host is local
    /// when it is the loopback address the service listens on or the name localhost.
    /// </summary>
    public static bool IsOffsite(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return true;
        if (uri.Scheme is not ("http" or "https" or "ws" or "wss")) return false;
        return !(uri.IsLoopback && (uri.Host == "127.0.0.1" || uri.Host.Equals("localhost", StringComparison.OrdinalIgnoreCase)));
    }

    private static void Record(List<string> list, string entry)
    {
        lock (list) list.Add(entry);
    }
}
