using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Library.Tests.Infrastructure;

namespace Library.Tests.Operations;

/// <summary>
/// Every answer of the host, whatever produced it (an endpoint, a refusal, the health probes, the contract, the
/// reference page), tells the browser to run only the service's own scripts, never to frame it, never to guess a
/// type, and to send no referrer.
/// </summary>
public sealed partial class SecurityHeaderTests : HostTest
{
    private static void AssertSecurityHeaders(HttpResponseMessage response, string what)
    {
        var csp = Single(response, "Content-Security-Policy", what);
        foreach (var directive in new[] { "default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'" })
            Assert.Contains(directive, csp.Split(';', StringSplitOptions.TrimEntries));
        Assert.Contains(csp.Split(';', StringSplitOptions.TrimEntries), d => d.StartsWith("script-src 'self'", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", ScriptSource(csp));
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", Single(response, "X-Frame-Options", what));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options", what));
        Assert.Equal("no-referrer", Single(response, "Referrer-Policy", what));
    }

    private static string Single(HttpResponseMessage response, string header, string what) =>
        response.Headers.TryGetValues(header, out var values) ? Assert.Single(values) : throw new Xunit.Sdk.XunitException($"{what} has no {header}");

    private static string ScriptSource(string csp) =>
        csp.Split(';', StringSplitOptions.TrimEntries).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));

    [Fact]
    public async Task Answers_of_every_kind_carry_the_security_headers()
    {
        var anonymous = Host.NewClient();
        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["a list"] = await Client.GetAsync("/api/requests"),
            ["an unknown path"] = await Client.GetAsync("/api/no-such-thing"),
            ["a refused body"] = await Client.PostAsJsonAsync("/api/digitization-requests", new { }),
            ["an unreadable body"] = await Client.PostAsync("/api/digitization-requests", new StringContent("{", System.Text.Encoding.UTF8, "application/json")),
            ["a call without sign-in"] = await anonymous.GetAsync("/api/requests"),
            ["an unknown delivery link"] = await anonymous.GetAsync("/delivery/no-such-token"),
            ["the liveness probe"] = await anonymous.GetAsync("/health/live"),
            ["the contract"] = await anonymous.GetAsync("/openapi/v1.json"),
            ["the reference page"] = await anonymous.GetAsync("/scalar/"),
        };
        Assert.Equal(HttpStatusCode.Unauthorized, answers["a call without sign-in"].StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, answers["an unreadable body"].StatusCode);
        foreach (var (what, response) in answers) AssertSecurityHeaders(response, what);
    }

    [Fact]
    public async Task The_reference_page_runs_only_scripts_carrying_this_answers_own_nonce()
    {
        var first = await Host.NewClient().GetAsync("/scalar/");
        var second = await Host.NewClient().GetAsync("/scalar/");

        var nonces = new List<string>();
        foreach (var page in new[] { first, second })
        {
            var nonce = NoncePattern().Match(ScriptSource(Single(page, "Content-Security-Policy", "the reference page"))).Groups[1].Value;
            Assert.NotEmpty(nonce);
            var html = await page.Content.ReadAsStringAsync();
            var scripts = ScriptTagPattern().Matches(html);
            Assert.NotEmpty(scripts);
            Assert.All(scripts, tag => Assert.Contains($"nonce=\"{nonce}\"", tag.Value));
            nonces.Add(nonce);
        }
        Assert.NotEqual(nonces[0], nonces[1]);
    }

    [Fact]
    public async Task Answers_other_than_the_reference_page_allow_no_inline_script_or_style()
    {
        var directives = Single(await Client.GetAsync("/api/requests"), "Content-Security-Policy", "a list").Split(';', StringSplitOptions.TrimEntries);
        Assert.Contains("script-src 'self'", directives);
        Assert.Contains("style-src 'self'", directives);
    }

    [GeneratedRegex("'nonce-([A-Za-z0-9_+/=-]+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTagPattern();
}
