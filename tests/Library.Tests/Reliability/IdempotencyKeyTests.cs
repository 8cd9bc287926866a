using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Library.Tests.Reliability;

/// <summary>
/// A scan station or an integration repeats a POST after a timeout with the same <c>Idempotency-Key</c>: the repeat
/// gets the first answer and nothing runs twice; the same key with another body is refused (422), and while the
/// first is still running, the repeat is asked to come back (409).
/// </summary>
public sealed class IdempotencyKeyTests() : HostTest(new FakeTimeProvider(DateTimeOffset.UtcNow))
{
    private const string Header = "Idempotency-Key";

    private static HttpRequestMessage Post(string path, HttpContent? content, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add(Header, key);
        return request;
    }

    private static HttpRequestMessage NewRequest(string key, JsonObject? body = null) =>
        Post("/api/digitization-requests", JsonContent.Create(body ?? Api.NewRequest()), key);

    private Task<int> RequestCountAsync() => Host.CountRowsAsync("digitization_requests");

    [Fact]
    public async Task The_same_key_and_body_twice_creates_one_request_and_answers_the_first_201_again()
    {
        var first = await Client.SendAsync(NewRequest("scan-desk-7:0001"));
        var repeat = await Client.SendAsync(NewRequest("scan-desk-7:0001"));

        var created = await first.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.Equal($"/api/requests/{created.Id}", repeat.Headers.Location?.OriginalString);
        Assert.Equal(first.Content.Headers.ContentType, repeat.Content.Headers.ContentType);
        Assert.Equal(["true"], repeat.Headers.GetValues("Idempotent-Replayed"));
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, await RequestCountAsync());
        // Without a key, the same body is another request.
        await Client.CreateAsync();
        Assert.Equal(2, await RequestCountAsync());
    }

    [Fact]
    public async Task The_same_key_with_another_body_or_on_another_path_is_422_naming_the_header_and_changes_nothing()
    {
        var created = await Client.SendAsync(NewRequest("k-1"));
        await created.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var other = Api.NewRequest();
        other["note"] = "Another note";

        await RefusedWithoutChange(() => Client.SendAsync(NewRequest("k-1", other)), HttpStatusCode.UnprocessableEntity, Header, "k-1");
        await RefusedWithoutChange(() => Client.SendAsync(Post("/api/move-requests", JsonContent.Create(Api.NewRequest()), "k-1")),
            HttpStatusCode.UnprocessableEntity, Header, "/api/digitization-requests");
    }

    [Fact]
    public async Task Keys_are_each_account_s_own()
    {
        var operatorClient = await Host.StaffAsync("fso", ("Fulfillment Services Operator", []));
        var admins = await (await Client.SendAsync(NewRequest("shared-key"))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        var operators = await (await operatorClient.SendAsync(NewRequest("shared-key"))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        Assert.NotEqual(admins.Id, operators.Id);
        Assert.Equal(2, await RequestCountAsync());
    }

    [Theory]
    [InlineData(256, false)]
    [InlineData(0, true)] // an empty structured-field string: ""
    public async Task A_key_that_is_empty_or_longer_than_255_characters_is_400_naming_the_header(int length, bool quoted)
    {
        var key = new string('k', length);
        await RefusedWithoutChange(() => Client.SendAsync(NewRequest(quoted ? $"\"{key}\"" : key)), HttpStatusCode.BadRequest, Header, "255");
        Assert.Equal(0, await Host.CountRowsAsync("idempotency_keys"));
    }

    [Fact]
    public async Task A_key_of_255_characters_is_taken()
    {
        var key = new string('k', 255);
        await (await Client.SendAsync(NewRequest(key))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        await (await Client.SendAsync(NewRequest(key))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(1, await RequestCountAsync());
    }

    [Fact]
    public async Task A_repeat_while_the_first_request_still_runs_is_409_and_the_request_runs_once()
    {
        var held = new HeldBody(JsonContent.Create(Api.NewRequest()));
        var first = Client.SendAsync(Post("/api/digitization-requests", held, "slow-station"));
        // The first request has claimed the key and waits inside the service for the rest of its body.
        await Host.EventuallyAsync(() => Host.CountRowsAsync("idempotency_keys"), count => count == 1);

        var repeat = await Client.SendAsync(NewRequest("slow-station"));
        var problem = await repeat.ProblemAsync(HttpStatusCode.Conflict, Header, "still");
        Assert.NotNull(repeat.Headers.RetryAfter);
        Assert.Equal(0, await RequestCountAsync());

        held.Release();
        var created = await (await first).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        var later = await (await Client.SendAsync(NewRequest("slow-station"))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(created.Id, later.Id);
        Assert.Equal(1, await RequestCountAsync());
        Assert.Contains("slow-station", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task Many_requests_at_once_with_one_key_run_once()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Client.SendAsync(NewRequest("burst"))));

        Assert.Equal(1, await RequestCountAsync());
        var created = answers.Where(a => a.StatusCode == HttpStatusCode.Created).ToList();
        Assert.NotEmpty(created);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        var bodies = await Task.WhenAll(created.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
    }

    [Fact]
    public async Task The_key_holds_across_a_restart()
    {
        var first = await Client.SendAsync(NewRequest("before-restart"));
        var created = await first.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);

        await Host.RestartAsync();

        var repeat = await Client.SendAsync(NewRequest("before-restart"));
        Assert.Equal(created.Id, (await repeat.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created)).Id);
        Assert.Equal(1, await RequestCountAsync());
    }

    [Fact]
    public async Task A_repeated_upload_attaches_one_file()
    {
        var request = await Client.CreateAsync();
        await (await Client.ScanAtDepartmentAsync()).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        await (await Client.NextStepAsync(request.Id)).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
        // A repeat sends the very same bytes, the multipart boundary included.
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Api.FileOf(300_000, seed: 3));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "chapter.pdf");
        var bytes = await form.ReadAsByteArrayAsync();
        HttpContent Upload()
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = form.Headers.ContentType;
            return content;
        }

        var first = await Client.SendAsync(Post($"/api/requests/{request.Id}/attachments", Upload(), "upload-1"));
        var repeat = await Client.SendAsync(Post($"/api/requests/{request.Id}/attachments", Upload(), "upload-1"));

        var attached = await first.ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.Single(attached.Attachments);
        Assert.Single((await Client.GetRequestAsync(request.Id)).Attachments);

        bytes[^100] ^= 0xFF;
        await (await Client.SendAsync(Post($"/api/requests/{request.Id}/attachments", Upload(), "upload-1")))
            .ProblemAsync(HttpStatusCode.UnprocessableEntity, Header);
    }

    [Fact]
    public async Task Answers_are_forgotten_and_swept_after_a_day()
    {
        await (await Client.SendAsync(NewRequest("yesterday"))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(1, await Host.CountRowsAsync("idempotency_keys"));

        Clock.Advance(TimeSpan.FromHours(25));

        Assert.Equal(0, await Host.EventuallyAsync(() => Host.CountRowsAsync("idempotency_keys"), count => count == 0));
        await (await Client.SendAsync(NewRequest("yesterday"))).ReadAsync<DigitizationRequestView>(HttpStatusCode.Created);
        Assert.Equal(2, await RequestCountAsync());
    }

    [Fact]
    public async Task Signing_in_takes_no_key_and_answers_a_new_token_each_time()
    {
        var client = Host.NewClient();
        HttpRequestMessage Login() => Post("/api/auth/login", JsonContent.Create(new { userName = LibraryHost.AdminUserName, password = LibraryHost.AdminPassword }), "login");

        var first = await (await client.SendAsync(Login())).ReadAsync<JsonObject>(HttpStatusCode.OK);
        var second = await (await client.SendAsync(Login())).ReadAsync<JsonObject>(HttpStatusCode.OK);

        Assert.NotEqual((string?)first["accessToken"], (string?)second["accessToken"]);
        Assert.Equal(0, await Host.CountRowsAsync("idempotency_keys"));
    }

    /// <summary>
    /// A body whose first byte is sent at once and the rest only on <see cref="Release"/>: the request is held inside the
    /// service, after it claimed its key and before it ran.
    /// </summary>
    private sealed class HeldBody : HttpContent
    {
        private readonly HttpContent _content;
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody(HttpContent content)
        {
            _content = content;
            Headers.ContentType = content.Headers.ContentType;
        }

        public void Release() => _released.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var bytes = Encoding.UTF8.GetBytes(await _content.ReadAsStringAsync());
            await stream.WriteAsync(bytes.AsMemory(0, 1));
            await stream.FlushAsync();
            await _released.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await stream.WriteAsync(bytes.AsMemory(1));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
