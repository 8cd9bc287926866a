namespace Library.Digitization;

/// <summary>
/// What a request is digitized from (Alma: Digitization Processing): a physical item, brought from its shelf to the
/// department and scanned there, or an electronic one, a representation already in the repository, which is located
/// there and saved in digital format without any item moving.
/// </summary>
public enum DigitizationInventory { Physical, Electronic }
