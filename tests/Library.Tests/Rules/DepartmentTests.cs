using System.Net;
using Library.Host.Contracts;
using Library.Tests.Infrastructure;

namespace Library.Tests.Rules;

/// <summary>Digitization departments over HTTP: the seeded institution department, create or update by code (refusals: <see cref="SetupValidationTests"/>).</summary>
public sealed class DepartmentTests : HostTest
{
    [Fact]
    public async Task The_institution_department_is_seeded_serving_every_library_with_fourteen_days_work_time()
    {
        var department = await (await Client.GetAsync("/api/departments/DIGI_DEPT_INST")).ReadAsync<DepartmentView>(HttpStatusCode.OK);
        Assert.Equal("Digitization Department For Institution", department.Name);
        Assert.Equal(14, department.WorkTimeDays);
        Assert.Empty(department.ServedLibraries);
        Assert.True(department.ServesWholeInstitution);
        var all = await (await Client.GetAsync("/api/departments")).ReadAsync<List<DepartmentView>>(HttpStatusCode.OK);
        Assert.Equal(["DIGI_DEPT_INST"], all.Select(d => d.Code));
    }

    [Fact]
    public async Task Put_creates_a_department_then_updates_it()
    {
        var response = await Client.PutDepartmentAsync("LAW_DIGI", new { name = "Law Digitization", description = "Law and government documents", workTimeDays = 7, servedLibraries = new[] { "LAW", "GOV", "law" } });
        var created = await response.ReadAsync<DepartmentView>(HttpStatusCode.Created);
        Assert.Equal("/api/departments/LAW_DIGI", response.Headers.Location?.OriginalString);
        Assert.Equal(new[] { "LAW", "GOV" }, created.ServedLibraries);
        Assert.False(created.ServesWholeInstitution);

        var updated = await (await Client.PutDepartmentAsync("LAW_DIGI", new { name = "Law Library Digitization", workTimeDays = (int?)null, servedLibraries = Array.Empty<string>() }))
            .ReadAsync<DepartmentView>(HttpStatusCode.OK);
        Assert.Equal(("Law Library Digitization", "", (int?)null, true), (updated.Name, updated.Description, updated.WorkTimeDays, updated.ServesWholeInstitution));
        Assert.Empty(updated.ServedLibraries);

        var read = await (await Client.GetAsync("/api/departments/LAW_DIGI")).ReadAsync<DepartmentView>(HttpStatusCode.OK);
        Assert.Equal("Law Library Digitization", read.Name);
        var all = await (await Client.GetAsync("/api/departments")).ReadAsync<List<DepartmentView>>(HttpStatusCode.OK);
        Assert.Equal(["DIGI_DEPT_INST", "LAW_DIGI"], all.Select(d => d.Code));
    }

    [Fact]
    public async Task The_seeded_department_can_be_edited()
    {
        await (await Client.PutDepartmentAsync("DIGI_DEPT_INST", new { name = "Scanning Centre", workTimeDays = 30, servedLibraries = new[] { "MAIN" } }))
            .ReadAsync<DepartmentView>(HttpStatusCode.OK);
        await Host.RestartAsync();
        var read = await (await Client.GetAsync("/api/departments/DIGI_DEPT_INST")).ReadAsync<DepartmentView>(HttpStatusCode.OK);
        Assert.Equal(("Scanning Centre", 30, "MAIN"), (read.Name, read.WorkTimeDays, string.Join(",", read.ServedLibraries)));
    }
}
