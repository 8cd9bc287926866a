using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Library.Persistence;

/// <summary>What <c>dotnet ef migrations add</c> builds the SQLite model with; it opens no database.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLibraryDbContext>
{
    public SqliteLibraryDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLibraryDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
