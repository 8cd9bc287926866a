namespace Library.Rules;

/// <summary>Why a request may not be placed.</summary>
public enum PolicyRefusal
{
    /// <summary>No digitization department has the code the request names.</summary>
    UnknownDepartment,

    /// <summary>The department serves only some libraries, and not the item's.</summary>
    DepartmentDoesNotServeLibrary,

    /// <summary>The requester's user group has a limit of 0 digitization requests.</summary>
    GroupMayNotRequest,

    /// <summary>The requester already has as many open requests as their user group's limit allows.</summary>
    PatronLimitReached,

    /// <summary>The matched rule delivers to the requester, and no enabled delivery rule lists their user group.</summary>
    NoDocumentDelivery,
}
