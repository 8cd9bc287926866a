using System.Text.Json;
using Library.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflows.Activities;
using Workflows.Definitions;
using Workflows.Runtime;

namespace Library.Lending;

/// <summary>
/// Moves the lending requests still running on a flowchart version of the lending definition (releases before lending
/// ran as a state machine, whose waiting activity no longer exists) onto the newest state-machine version that runs, at
/// the status each request has stored: the status's open actions and timers become its wait. Run at start-up once the
/// definition files are imported. Requests on a state-machine version this release can no longer run (it fails the
/// definition checks, as version 1 of the machine does once NotifyPartner requires what to tell, and any version without
/// the status-request action an ISO 18626 partner's StatusRequest takes, since every action the service takes is a
/// required wait) move the same way; a
/// request on a version that still runs is left alone, however old, as a published version applies to new requests
/// only, so a second start moves nothing. Each request moves in a transaction of its own. One that cannot move (its
/// request row gone, a status the machine does not have) must not keep the library's service from starting: it is left
/// on its version, Faulted with the reason, and the others move; since its version still cannot run, each start tries
/// it again, and once its cause is fixed it moves.
/// </summary>
public sealed class LendingUpgrade(IServiceScopeFactory scopes, WorkflowDefinitionStore definitions, DefinitionReader reader,
    IOptions<LendingSettings> settings, ILogger<LendingUpgrade> logger)
{
    /// <summary>Who the history names as having moved a request.</summary>
    public const string Actor = "system:upgrade";

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var versions = new List<(int Version, bool Machine, bool Runs)>();
        foreach (var stored in (await definitions.ListAsync(ct)).Where(v => v.Id == LendingWorkflow.Id))
        {
            var json = (await definitions.GetJsonAsync(stored.Id, stored.Version, ct))!;
            versions.Add((stored.Version, JsonSerializer.Deserialize<WorkflowDefinition>(json, DefinitionJson.Options)!.IsStateMachine(), reader.Check(json).IsValid));
        }
        var flowcharts = versions.Where(v => !v.Machine).Select(v => v.Version).ToList();
        var stale = versions.Where(v => v.Machine && !v.Runs).Select(v => v.Version).ToList();
        if (flowcharts.Count + stale.Count == 0 || versions.Where(v => v.Machine && v.Runs).Select(v => (int?)v.Version).Max() is not { } target) return 0;

        IReadOnlyList<RunningInstance> running;
        using (var scope = scopes.CreateScope())
            running = await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().RunningOnAsync(LendingWorkflow.Id, [.. flowcharts, .. stale], ct);

        var moved = 0;
        foreach (var (instance, request) in running)
            if (await TryMoveAsync(instance, request, target, ct)) moved++;
        if (running.Count > 0)
            logger.LogInformation("Moved {Count} lending requests from flowchart versions {Flowcharts} and state-machine versions {Stale} of {Definition} onto state-machine version {Version}; {Faulted} could not be moved",
                moved, string.Join(", ", flowcharts), string.Join(", ", stale), LendingWorkflow.Id, target, running.Count - moved);
        return moved;
    }

    private async Task<bool> TryMoveAsync(Guid instanceId, string? requestId, int version, CancellationToken ct)
    {
        try
        {
            using var scope = scopes.CreateScope();
            await MoveAsync(scope.ServiceProvider, instanceId, requestId, version, ct);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Lending request {Request} (workflow instance {Instance}) could not be moved onto version {Version} of {Definition}; it stays on its version, Faulted, and the next start tries again",
                requestId, instanceId, version, LendingWorkflow.Id);
            using var scope = scopes.CreateScope();
            await scope.ServiceProvider.GetRequiredService<WorkflowRuntime>().FaultMoveAsync(instanceId, version, e.Message, Actor, ct);
            return false;
        }
    }

    private async Task MoveAsync(IServiceProvider services, Guid instanceId, string? requestId, int version, CancellationToken ct)
    {
        var db = services.GetRequiredService<LibraryDbContext>();
        var request = (Guid.TryParse(requestId, out var id) ? await db.LendingRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, ct) : null)
                      ?? throw new InvalidOperationException($"Lending instance {instanceId} serves no lending request ('{requestId}').");
        await services.GetRequiredService<WorkflowRuntime>().MoveToStateMachineAsync(instanceId, version, request.Status.DisplayName(),
            Remembered(request), LendingTimers.Of(request, settings.Value.InstitutionTimeZone()), Actor, ct);
        logger.LogDebug("Lending request {Request} moved onto version {Version} at status {Status}", request.Id, version, request.Status.DisplayName());
    }

    /// <summary>
    /// The status the machine returns to: the one a cancel request interrupted (accepted conditions lead to Lending
    /// Request Created, so nothing is remembered for them).
    /// </summary>
    private static List<string> Remembered(LendingRequest request) =>
        request is { Status: LendingStatus.CancelReply, CancelInterruptedStatus: { } cancelled } ? [cancelled.DisplayName()] : [];
}
