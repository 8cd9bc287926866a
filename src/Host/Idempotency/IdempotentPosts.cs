using Library.Host.Problems;
using Library.Persistence;

namespace Library.Host.Idempotency;

/// <summary>
/// A POST sent with an <c>Idempotency-Key</c> runs once per account and key: a repeat with the same body on the same
/// path gets the first answer again (status, content type, <c>Location</c> and body, marked
/// <c>Idempotent-Replayed: true</c>); the same key with another body or path is 422, and a repeat while the first still
/// runs is 409. An answer of 500 or more is not remembered: a failed workflow step is rolled back, so the repeat runs.
/// Runs after authorization, so the key belongs to the account the call is made by.
/// </summary>
public sealed class IdempotentPosts(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http, IdempotencyStore store)
    {
        // Nobody signed in (an open workflow endpoint, a public form): there is no account to keep the key for.
        if (http.GetEndpoint() is not { } endpoint || !IdempotencyKeys.AppliesTo(http.Request.Method, endpoint.Metadata)
            || http.User.Identity?.IsAuthenticated != true
            || !http.Request.Headers.TryGetValue(IdempotencyKeys.Header, out var values))
        {
            await next(http);
            return;
        }
        var (key, invalid) = IdempotencyKeys.Read(values);
        if (invalid is not null)
        {
            await invalid.ExecuteAsync(http);
            return;
        }

        var request = new KeyedRequest(ActingAccount.Of(http), key!, http.Request.Method, http.Request.Path + http.Request.QueryString);
        switch (await store.ClaimAsync(request, http.RequestAborted))
        {
            case KeyClaim.Taken claim:
                await RunAsync(http, store, request, claim);
                break;
            case KeyClaim.Answered { Record: var first }:
                await RepeatAsync(http, request, first);
                break;
            default:
                http.Response.Headers.RetryAfter = "1";
                await ApiProblems.Conflict($"The request sent first with '{IdempotencyKeys.Header}' '{request.Key}' is still running; " +
                                           "repeat it in a moment for its answer.").ExecuteAsync(http);
                break;
        }
    }

    /// <summary>A repeat of an answered request gets its answer; the same key on another request is 422.</summary>
    private static async Task RepeatAsync(HttpContext http, KeyedRequest request, IdempotencyRecord first)
    {
        string bodyHash;
        await using (var body = new HashingReadStream(http.Request.Body))
            bodyHash = await body.FinishAsync(http.RequestAborted);
        if (first.Method == request.Method && first.Path == request.Path && first.BodyHash == bodyHash)
        {
            await ReplayAsync(http, first);
            return;
        }
        var other = first.Method == request.Method && first.Path == request.Path ? "with another body" : $"to {first.Method} {first.Path}";
        await TypedResults.Problem(
            $"'{IdempotencyKeys.Header}' '{request.Key}' was first sent at {first.CreatedAt:u} {other}; a new request needs a new key.",
            statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency key reused for another request",
            extensions: new Dictionary<string, object?> { ["header"] = IdempotencyKeys.Header }).ExecuteAsync(http);
    }

    /// <summary>
    /// Runs the endpoint with its body hashed as it is read and its answer held, then keeps the answer (or lets the key
    /// go) before sending it, so a repeat arriving just after finds it.
    /// </summary>
    private async Task RunAsync(HttpContext http, IdempotencyStore store, KeyedRequest request, KeyClaim.Taken claim)
    {
        await using var body = new HashingReadStream(http.Request.Body);
        http.Request.Body = body;
        var sent = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        try
        {
            await next(http);
        }
        catch
        {
            // The exception handler answers (a 400 for an unreadable body, a 500 for a faulted step): not remembered.
            http.Response.Body = sent;
            await store.ReleaseAsync(request, claim);
            throw;
        }
        http.Response.Body = sent;

        var bodyHash = http.Response.StatusCode < StatusCodes.Status500InternalServerError ? await HashOrNullAsync(body, http.RequestAborted) : null;
        if (bodyHash is null)
            await store.ReleaseAsync(request, claim);
        else
            await store.AnswerAsync(request, claim, bodyHash, new RememberedAnswer(http.Response.StatusCode, http.Response.ContentType,
                http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null, answer.ToArray()));
        answer.Position = 0;
        await answer.CopyToAsync(sent, http.RequestAborted);
    }

    /// <summary>Null when the rest of the body cannot be read (the client went away, or it is too large): then the answer is not kept.</summary>
    private static async Task<string?> HashOrNullAsync(HashingReadStream body, CancellationToken ct)
    {
        try
        {
            return await body.FinishAsync(ct);
        }
        catch (Exception e) when (e is IOException or BadHttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task ReplayAsync(HttpContext http, IdempotencyRecord first)
    {
        http.Response.StatusCode = first.StatusCode!.Value;
        if (first.ContentType is not null) http.Response.ContentType = first.ContentType;
        if (first.Location is not null) http.Response.Headers.Location = first.Location;
        http.Response.Headers[IdempotencyKeys.ReplayedHeader] = "true";
        await http.Response.Body.WriteAsync(first.Body ?? [], http.RequestAborted);
    }
}
