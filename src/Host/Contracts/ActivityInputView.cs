namespace Library.Host.Contracts;

public sealed record ActivityInputView(string Name, string ValueType, bool Required, string? Description);
