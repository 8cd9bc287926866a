namespace Library.Accounts;

/// <summary>
/// Alma: consortium help page, Access: Alma accounts. A personal account is one person's; a shared account is used by
/// several people doing the same desk work, and may hold fulfilment roles only.
/// </summary>
public enum AccountKind { Personal, Shared }
