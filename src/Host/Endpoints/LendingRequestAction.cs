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
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// A staff action on a lending request: asks whether the action is open in the request's status (its definition
/// decides; 409 naming the status if not) and whether <see cref="LendingChecks"/> let it through, then takes the
/// action on the request's workflow with the command as its payload.
/// </summary>
public sealed class LendingRequestAction(
    LibraryDbContext db, WorkflowRuntime runtime, WorkflowDefinitionStore definitions, LendingActionRefusal refusals, StaffAccess access, IHttpContextAccessor http)
{
    public async Task<ProblemHttpResult?> CheckAsync(Guid id, LendingCommand command, CancellationToken ct)
    {
        var request = await db.LendingRequests.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (request is null) return LendingRequestEndpoints.UnknownRequest(id);
        if (await access.RefusalAtLibraryAsync(RolesFor(command.Known), request.Item.Library, ct) is { } outOfScope)
            return outOfScope;
        return await RefusalAsync(request, command, ActingAccount.Of(http.HttpContext!), ct) is { } refusal ? ApiProblems.Conflict(refusal) : null;
    }

    /// <summary>
    /// Why <paramref name="actor"/> cannot take the action on the request now, ending with the status it is in; null when
    /// the action is open there and <see cref="LendingChecks"/> let it through. Staff and ISO 18626 partners ask the same.
    /// </summary>
    public async Task<string?> RefusalAsync(LendingRequest request, LendingCommand command, string actor, CancellationToken ct)
    {
        var position = await new WorkflowTraces(db).PositionAsync(request.Id.ToString(), LendingWorkflow.Id, ct);
        var definition = position is null ? null : (await definitions.GetAsync(LendingWorkflow.Id, position.DefinitionVersion, ct))!.Definition;
        var refusal = position?.Allows(command.Action) == true && LendingRequestActions.ByStaff(definition, command.Action)
            ? LendingChecks.Refusal(request, command, actor)
            : await refusals.WhyClosedAsync(request, position, command.Action, ct);
        return refusal is null ? null : $"{refusal}; lending request {request.Id} is in status {request.Status.DisplayName()}.";
    }

    /// <summary>Reactivating a request is a manager's decision; every other action, an added one too, is fulfilment work.</summary>
    public static IReadOnlyCollection<StaffRole> RolesFor(LendingAction? action) =>
        action == LendingAction.Reactivate ? [StaffRole.FulfillmentServicesManager] : StaffPolicies.FulfillmentRoles;

    public async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> RunAsync(Guid id, LendingCommand command, CancellationToken ct) =>
        await CheckAsync(id, command, ct) ?? await RunCheckedAsync(id, command, ct);

    /// <summary>Resumes the workflow of a request <see cref="CheckAsync"/> has let through.</summary>
    public async Task<Results<Ok<LendingRequestView>, ProblemHttpResult>> RunCheckedAsync(Guid id, LendingCommand command, CancellationToken ct)
    {
        var result = await ResumeAsync(id, command, ActingAccount.Of(http.HttpContext!), ct);
        if (result.Status != ResumeStatus.Resumed) return ResumeProblems.OfAction(result, command.Action, $"lending request {id}");
        return TypedResults.Ok((await LendingRequestView.LoadAsync(db, definitions, id, ct))!);
    }

    /// <summary>Takes the action on the request's workflow, with the command as its payload, as <paramref name="actor"/>.</summary>
    public Task<ResumeResult> ResumeAsync(Guid id, LendingCommand command, string actor, CancellationToken ct) =>
        runtime.ResumeAsync(command.Action, id.ToString(), JsonSerializer.SerializeToNode(command, DefinitionJson.Options)!.AsObject(), actor, ct);
}
