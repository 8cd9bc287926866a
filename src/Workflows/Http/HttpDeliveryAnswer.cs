namespace Workflows.Http;

/// <summary>
/// What the other end answered to a post, when the answer settles it: a 2xx (<see cref="Accepted"/>), or a refusal that
/// trying again would not change (a 4xx other than 408 and 429). <see cref="Body"/> is the answer's text, cut at
/// <see cref="HttpOutboxOptions.MaxAnswerLength"/> characters.
/// </summary>
public sealed record HttpDeliveryAnswer(Guid MessageId, string OrderingKey, int StatusCode, string? ContentType, string Body)
{
    public bool Accepted => StatusCode is >= 200 and < 300;
}
