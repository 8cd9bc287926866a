using Library.Departments;
using Library.Host.Contracts;
using Library.Host.Validation;
using Library.Persistence;
using Library.Digitization;
using Library.Rules;
using Library.Host.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Workflows.Runtime;

namespace Library.Host.Endpoints;

public static class DigitizationRequestEndpoints
{
    public static IEndpointRouteBuilder MapDigitizationRequests(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/digitization-requests").WithTags("Digitization requests")
            .MapPost("/", Create).Validate<CreateDigitizationRequest>();
        return app;
    }

    /// <summary>
    /// Checks the request against the library's policy, records it with the profile rule that routes it, and starts
    /// its workflow, all in one transaction.
    /// </summary>
    private static async Task<Results<Created<DigitizationRequestView>, ProblemHttpResult>> Create(
        CreateDigitizationRequest? body, LibraryDbContext db, RequestPolicy policy, WorkflowRuntime runtime, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        var requester = new Requester
        {
            Id = body.Requester!.Id!, Email = body.Requester.Email!, UserGroup = body.Requester.UserGroup!,
            Type = body.Requester.Type == "staff" ? RequesterType.Staff : RequesterType.Patron,
        };
        var item = new RequestedItem
        {
            Barcode = body.Item!.Barcode!, Title = body.Item.Title!, Library = body.Item.Library!,
            Location = body.Item.Location!, MaterialType = body.Item.MaterialType,
        };
        var scope = body.Scope == "partial" ? DigitizationScope.Partial : DigitizationScope.Full;
        var departmentCode = body.Department ?? Department.InstitutionCode;

        var facts = new RequestFacts(requester.UserGroup, item.Library, item.Location, item.MaterialType, scope, requester.Type);
        var decision = await policy.DecideAsync(facts, requester.Id, departmentCode, ct);
        if (decision is PolicyDecision.Refused refused) return Refuse(refused);
        var request = DigitizationRequests.New(requester, item, scope,
            body.Part is null ? null : new RequestedPart { Title = body.Part.Title, Author = body.Part.Author, Pages = body.Part.Pages },
            body.Note, (PolicyDecision.Allowed)decision, clock.GetUtcNow().UtcDateTime);
        db.DigitizationRequests.Add(request);
        await runtime.StartAsync(DigitizationRequests.WorkflowId, DigitizationRequests.WorkflowInput(request), request.Id.ToString(), ActingAccount.Of(http), ct);

        var view = await DigitizationRequestView.LoadAsync(db, request.Id, ct);
        return TypedResults.Created($"/api/requests/{request.Id}", view);
    }

    /// <summary>A request naming a department that cannot take it is bad input; one the library's policy forbids is 403.</summary>
    internal static ProblemHttpResult Refuse(PolicyDecision.Refused refused) => refused.Kind switch
    {
        PolicyRefusal.UnknownDepartment or PolicyRefusal.DepartmentDoesNotServeLibrary => ApiProblems.Invalid(refused.Field, refused.Reason),
        _ => TypedResults.Problem(refused.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Refused by library policy",
            extensions: new Dictionary<string, object?> { ["rule"] = refused.Kind.ToString(), ["field"] = refused.Field }),
    };
}
