namespace Library.Digitization;

public enum DigitizationScope { Full, Partial }
