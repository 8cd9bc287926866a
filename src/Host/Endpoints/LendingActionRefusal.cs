using Library.Lending;
using Workflows.Runtime;
using Workflows.StateMachines;
using Workflows.Traces;

namespace Library.Host.Endpoints;

/// <summary>
/// Why an action is not open on a lending request, read from the definition version its instance runs: the statuses
/// the action is allowed from, or the step of the partner's workflow profile (or the institution's setting) it needs.
/// </summary>
public sealed class LendingActionRefusal(WorkflowDefinitionStore definitions)
{
    public async Task<string> WhyClosedAsync(LendingRequest request, MachinePosition? position, string name, CancellationToken ct)
    {
        if (position is null) return $"{name}: the request's workflow does not wait for actions";
        var definition = (await definitions.GetAsync(LendingWorkflow.Id, position.DefinitionVersion, ct))!.Definition;
        if (!Contracts.LendingRequestActions.ByStaff(definition, name)) return $"{name} is taken by the workflow (a status's timer, or the end of a move or digitization) or by an ISO 18626 partner, not by staff";
        var statuses = definition.States!.Select(s => s.Name).ToList();
        var entries = definition.Actions!.Where(a => a.Name == name).Select(a => (From: a.FromStatuses(statuses) ?? [], Gates: ActionGate.Read(a.When, out _) ?? [])).ToList();
        var from = entries.SelectMany(e => e.From).Distinct().ToList();
        if (!from.Contains(position.Status))
            return from.Count == 0 ? $"{name} is not an action of lending definition version {position.DefinitionVersion}" : $"{name} is only allowed in status {string.Join(", ", from)}";
        var missing = entries.Where(e => e.From.Contains(position.Status)).SelectMany(e => e.Gates)
            .FirstOrDefault(g => g is { Source: "profile", On: true } && !PartnerProfileGate.Has(request.Partner.Profile, g.Flag));
        return missing is not null
            ? $"{name}: the workflow profile of partner {request.Partner.Code} has no {PartnerProfileGate.StepName(missing.Flag)}"
            : $"{name} is not open in status {position.Status} ({string.Join("; ", entries.SelectMany(e => e.Gates).Distinct())})";
    }
}
