namespace Library.Rules;

/// <summary>Whether the request was placed by a patron or by staff on the library's behalf.</summary>
public enum RequesterType { Patron, Staff }
