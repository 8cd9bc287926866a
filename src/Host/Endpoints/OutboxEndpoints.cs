using Library.Host.Authorization;
using Library.Host.Contracts;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Mail;

namespace Library.Host.Endpoints;

/// <summary>
/// The outbox, for administrators: the letters by state, oldest first, and what may be done to one the SMTP server
/// refused for good or too often: retry it (pending again, tried at once) or dismiss it (kept for the record). Either is
/// recorded in the history of the request the letter belongs to, naming the signed-in account.
/// </summary>
public static class OutboxEndpoints
{
    public static IEndpointRouteBuilder MapOutbox(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/outbox").WithTags("Outbox").Needs(StaffPolicies.Administration);
        group.MapGet("/", List).Refuses(StatusCodes.Status400BadRequest);
        group.MapPost("/{id:guid}/retry", Retry).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/dismiss", Dismiss).Refuses(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        return app;
    }

    private static async Task<Results<Ok<List<OutboxLetterView>>, ProblemHttpResult>> List(
        [AsParameters] OutboxQuery query, OutboxLetters letters, CancellationToken ct)
    {
        var (status, limit, problem) = query.Read();
        if (problem is not null) return problem;
        return TypedResults.Ok(OutboxLetterView.Of(await letters.ListAsync(status, limit, ct)));
    }

    private static async Task<Results<Ok<OutboxLetterView>, ProblemHttpResult>> Retry(Guid id, OutboxLetters letters, HttpContext http, CancellationToken ct) =>
        Answer(id, "retried", await letters.RetryAsync(id, ActingAccount.Of(http), ct));

    private static async Task<Results<Ok<OutboxLetterView>, ProblemHttpResult>> Dismiss(Guid id, OutboxLetters letters, HttpContext http, CancellationToken ct) =>
        Answer(id, "dismissed", await letters.DismissAsync(id, ActingAccount.Of(http), ct));

    private static Results<Ok<OutboxLetterView>, ProblemHttpResult> Answer(Guid id, string done, OutboxLetterChange? change) => change switch
    {
        null => ApiProblems.NotFound($"No letter {id} in the outbox."),
        { Changed: false, Letter.State: var state } =>
            ApiProblems.Conflict($"Letter {id} is {EnumNames<OutboxState>.Of(state).ToLowerInvariant()}; only a failed letter can be {done}."),
        _ => TypedResults.Ok(OutboxLetterView.Of(change.Letter)),
    };
}
