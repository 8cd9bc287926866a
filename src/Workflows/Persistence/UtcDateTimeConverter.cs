using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Workflows.Persistence;

/// <summary>Keeps <see cref="DateTime"/> values in UTC on the way in and marks them UTC on the way out.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
