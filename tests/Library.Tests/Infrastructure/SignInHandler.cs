using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Library.Tests.Infrastructure;

/// <summary>
/// Signs a client in with a bearer token on its first request, and again when the service answers 401 (a restart
/// keeps the token valid, a clock moved past its expiry does not).
/// </summary>
public sealed class SignInHandler(string userName, string password) : DelegatingHandler
{
    private string? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Headers.Authorization is not null) return await base.SendAsync(request, ct);
        var fresh = _token is null;
        _token ??= await SignInAsync(request.RequestUri!, ct);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        var response = await base.SendAsync(request, ct);
        if (fresh || response.StatusCode != System.Net.HttpStatusCode.Unauthorized) return response;

        // The token expired (a test moved the service's clock on): sign in again and send the same request once more.
        response.Dispose();
        _token = await SignInAsync(request.RequestUri!, ct);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
        return await base.SendAsync(request, ct);
    }

    private async Task<string> SignInAsync(Uri anyAddress, CancellationToken ct)
    {
        var login = new HttpRequestMessage(HttpMethod.Post, new Uri(anyAddress, "/api/auth/login")) { Content = JsonContent.Create(new { userName, password }) };
        var response = await base.SendAsync(login, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"Signing in as '{userName}' answered {(int)response.StatusCode}: {body}");
        return (string)JsonNode.Parse(body)!["accessToken"]!;
    }
}
