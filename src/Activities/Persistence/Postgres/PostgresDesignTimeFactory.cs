using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Library.Persistence;

/// <summary>What <c>dotnet ef migrations add</c> builds the PostgreSQL model with; it opens no database.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLibraryDbContext>
{
    public PostgresLibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresLibraryDbContext>().UseNpgsql("Host=design-time").Options);
}
