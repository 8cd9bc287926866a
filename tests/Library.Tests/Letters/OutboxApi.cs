using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;
using Workflows.Mail;

namespace Library.Tests.Letters;

/// <summary>The outbox and a request's letters as the tests call them.</summary>
public static class OutboxApi
{
    public static async Task<List<OutboxLetterView>> OutboxAsync(this HttpClient client, string? status = null) =>
        await (await client.GetAsync(status is null ? "/api/outbox" : $"/api/outbox?status={status}")).ReadAsync<List<OutboxLetterView>>(HttpStatusCode.OK);

    public static async Task<List<OutboxLetterView>> LettersAsync(this HttpClient client, Guid requestId) =>
        await (await client.GetAsync($"/api/requests/{requestId}/letters")).ReadAsync<List<OutboxLetterView>>(HttpStatusCode.OK);

    public static Task<HttpResponseMessage> RetryLetterAsync(this HttpClient client, Guid letterId) =>
        client.PostAsync($"/api/outbox/{letterId}/retry", null);

    public static Task<HttpResponseMessage> DismissLetterAsync(this HttpClient client, Guid letterId) =>
        client.PostAsync($"/api/outbox/{letterId}/dismiss", null);

    /// <summary>The one letter of the request once it is in <paramref name="state"/>, waiting for the dispatcher up to a bound.</summary>
    public static async Task<OutboxLetterView> LetterOnceAsync(this LibraryHost host, Guid requestId, OutboxState state)
    {
        var letters = await host.EventuallyAsync(() => host.Client.LettersAsync(requestId), l => l.Count == 1 && l[0].State == state);
        var letter = Assert.Single(letters);
        Assert.True(letter.State == state, $"The letter is {letter.State}, not {state}: {letter.LastError}");
        return letter;
    }

    /// <summary>Places a request for <paramref name="email"/> and cancels it: the requester is sent the cancellation letter.</summary>
    public static async Task<DigitizationRequestView> CancelledRequestAsync(this HttpClient client, string barcode, string email)
    {
        var request = await client.CreateAsync(Api.NewRequest(barcode, email));
        return await (await client.CancelAsync(request.Id, "Item is missing")).ReadAsync<DigitizationRequestView>(HttpStatusCode.OK);
    }
}
