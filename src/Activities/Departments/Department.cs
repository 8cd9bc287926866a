namespace Library.Departments;

/// <summary>
/// A digitization department (Alma: Configuring Digitization, "Digitization Departments"): where items are scanned
/// in and digitized. Alma ships one, <see cref="InstitutionCode">DIGI_DEPT_INST</see>, serving the whole institution.
/// </summary>
public sealed class Department
{
    public const string InstitutionCode = "DIGI_DEPT_INST";

    public required string Code { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Days after which a request the department has not completed expires; null: never.</summary>
    public int? WorkTimeDays { get; set; }

    /// <summary>The library codes whose items the department digitizes; empty: every library of the institution.</summary>
    public List<string> ServedLibraries { get; set; } = [];

    public bool ServesWholeInstitution => ServedLibraries.Count == 0;

    public bool Serves(string library) =>
        ServesWholeInstitution || ServedLibraries.Contains(library, StringComparer.OrdinalIgnoreCase);
}
