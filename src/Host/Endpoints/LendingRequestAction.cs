using Library.Host.Authorization;
using Library.Accounts;
using System.Text.Json;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Lending;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Workflows.Activities;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

/// <summary>
/// A staff action on a lending request: asks <see cref="LendingTransitions"/> whether it is allowed now (409 naming
/// the current status if not), then resumes the bookmark the request's workflow waits on with the command.
/// </summary>
public sealed class LendingRequestAction(LibraryDbContext db, WorkflowRuntime runtime, StaffAccess access, IHttpContextAccessor http)
{
    public async Task<ProblemHttpResult?> CheckAsync(Guid id, LendingCommand command, CancellationToken ct)
    {
        var request = await db.LendingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return LendingRequestEndpoints.UnknownRequest(id);
        if (await access.RefusalAtLibraryAsync(RolesFor(command.Action), request.Item.Library, ct) is { } outOfScope)
            return outOfScope;
        return LendingTransitions.Refusal(request, command, ActingAccount.Of(http.HttpContext!)) is { } refusal
            ? ApiProblems.Conflict($"{refusal}; lending request {id} is in status {request.Status.DisplayName()}.")
            : null;
    }

    /// <summary>Reactivating a request is a manager's decision; every other action is fulfilment work.</summary>
    public static IReadOnlyCollection<StaffRole> RolesFor(LendingAction action) =>
        action == LendingAction.Reactivate ? [StaffRole.FulfillmentServicesManager] : StaffPolicies.FulfillmentRoles;

    public async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> RunAsync(Guid id, LendingCommand command, CancellationToken ct) =>
        await CheckAsync(id, command, ct) ?? await RunCheckedAsync(id, command, ct);

    /// <summary>Resumes the workflow of a request <see cref="CheckAsync"/> has let through.</summary>
    public async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> RunCheckedAsync(Guid id, LendingCommand command, CancellationToken ct)
    {
        var name = EnumNames<LendingAction>.Of(command.Action);
        var payload = JsonSerializer.SerializeToNode(command, DefinitionJson.Options)!.AsObject();
        var result = await runtime.ResumeAsync(AwaitLendingAction.Bookmark, id.ToString(), payload, ActingAccount.Of(http.HttpContext!), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, name, $"lending request {id}");
        return TypedResults.Ok((await LendingRequestView.LoadAsync(db, id, ct))!);
    }
}
