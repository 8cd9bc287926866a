using Library.Host.Problems;
using Library.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace Library.Host.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (draft-ietf-httpapi-idempotency-key-header): which calls take it and how
/// it is read.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";

    /// <summary>Set on a replayed answer, as Stripe and others do, so a client can tell a repeat from a first answer.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>
    /// Every POST made by a signed-in account or a scan station, except those whose answer is a secret the service keeps
    /// no copy of (<see cref="AnswersWithSecret{TBuilder}"/>). Signing in and refreshing a token are anonymous, and
    /// partners' messages (<see cref="TakesNoKeys{TBuilder}"/>) come from no account, so they have none to keep keys for.
    /// </summary>
    public static bool AppliesTo(string method, IEnumerable<object> metadata) =>
        HttpMethods.IsPost(method) && !metadata.Any(m => m is IAllowAnonymous or SecretAnswer or NoAccount);

    /// <summary>
    /// Marks an endpoint whose answer holds a secret shown once (a scan station's key): remembering the answer would keep
    /// the secret in the database, so a key sent there is ignored.
    /// </summary>
    public static TBuilder AnswersWithSecret<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new SecretAnswer());

    /// <summary>
    /// The key, or the 400 for a header that is empty, too long or sent twice. A structured-field string (the draft's
    /// form, in double quotes) is read as the text between the quotes.
    /// </summary>
    public static (string? Key, ProblemHttpResult? Problem) Read(StringValues values)
    {
        if (values.Count != 1) return (null, Refused($"Send one '{Header}' header, not {values.Count}."));
        var key = Unquote(values[0]!);
        return key.Length is 0 or > IdempotencyRecord.MaxKeyLength
            ? (null, Refused($"'{Header}' must be 1 to {IdempotencyRecord.MaxKeyLength} characters; it has {key.Length}."))
            : (key, null);
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1].Replace("\\\"", "\"").Replace("\\\\", "\\") : value;

    private static ProblemHttpResult Refused(string message) => ApiProblems.Invalid(Header, message);

    /// <summary>
    /// Marks an endpoint called by no account (ISO 18626 partners): a key sent there is ignored; such a protocol names
    /// its repeats in its own messages.
    /// </summary>
    public static TBuilder TakesNoKeys<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new NoAccount());

    private sealed class SecretAnswer;

    private sealed class NoAccount;
}
