namespace Library.Accounts;

/// <summary>What a role's scope lists.</summary>
public enum RoleScope
{
    /// <summary>The whole institution: the role has no scope.</summary>
    Institution,

    /// <summary>One or more digitization department codes.</summary>
    Departments,

    /// <summary>Library codes, or none for the whole institution.</summary>
    LibrariesOrInstitution,

    /// <summary>One or more circulation desks: library codes or desk codes.</summary>
    Desks,
}
