using Library.Departments;

namespace Library.Host.Contracts;

public sealed record DepartmentView(string Code, string Name, string Description, int? WorkTimeDays, IReadOnlyList<string> ServedLibraries, bool ServesWholeInstitution)
{
    public static DepartmentView Of(Department d) =>
        new(d.Code, d.Name, d.Description, d.WorkTimeDays, d.ServedLibraries, d.ServesWholeInstitution);
}
