using Library.Host.Authorization;
using Library.Departments;
using Library.Host.Contracts;
using Library.Host.Problems;
using Library.Host.Validation;
using Library.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Library.Host.Endpoints;

/// <summary>The digitization departments (Alma: Configuring Digitization, Digitization Departments), by code.</summary>
public static class DepartmentEndpoints
{
    public static IEndpointRouteBuilder MapDepartments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/departments").WithTags("Departments");
        group.MapGet("/", List).Needs(StaffPolicies.Staff);
        group.MapGet("/{code}", Get).Needs(StaffPolicies.Staff).Refuses(StatusCodes.Status404NotFound);
        group.MapPut("/{code}", Put).Needs(StaffPolicies.Administration).Validate<DepartmentBody>().Refuses(StatusCodes.Status400BadRequest);
        return app;
    }

    private static async Task<Ok<List<DepartmentView>>> List(LibraryDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Departments.AsNoTracking().OrderBy(d => d.Code).ToListAsync(ct)).Select(DepartmentView.Of).ToList());

    private static async Task<Results<Ok<DepartmentView>, ProblemHttpResult>> Get(string code, LibraryDbContext db, CancellationToken ct) =>
        await db.Departments.AsNoTracking().SingleOrDefaultAsync(d => d.Code == code, ct) is { } department
            ? TypedResults.Ok(DepartmentView.Of(department))
            : ApiProblems.NotFound($"No digitization department with code '{code}'.");

    /// <summary>Creates the department (201) or replaces its details (200).</summary>
    private static async Task<Results<Created<DepartmentView>, Ok<DepartmentView>, ProblemHttpResult>> Put(
        string code, DepartmentBody? body, LibraryDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body); // the validation filter refuses a missing body
        if (DepartmentBodyValidator.CodeProblem(code) is { } problem) return ApiProblems.Invalid("code", problem);

        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, ct);
        var created = department is null;
        department ??= db.Departments.Add(new Department { Code = code, Name = body.Name }).Entity;
        department.Name = body.Name;
        department.Description = body.Description ?? "";
        department.WorkTimeDays = body.WorkTimeDays;
        department.ServedLibraries = body.Libraries();
        await db.SaveChangesAsync(ct);

        var view = DepartmentView.Of(department);
        return created ? TypedResults.Created($"/api/departments/{Uri.EscapeDataString(code)}", view) : TypedResults.Ok(view);
    }
}
