using Microsoft.EntityFrameworkCore;
using Workflows.Definitions;

namespace Workflows.Persistence;

/// <summary>
/// The runtime's tables. An application derives from it to keep its own records in the same database, so a
/// workflow step and the records it changes commit in one transaction.
/// </summary>
public class WorkflowDbContext(DbContextOptions options) : DbContext(options)
{
    internal DbSet<StoredDefinition> Definitions => Set<StoredDefinition>();
    internal DbSet<WorkflowInstance> Instances => Set<WorkflowInstance>();
    internal DbSet<Bookmark> Bookmarks => Set<Bookmark>();
    internal DbSet<HistoryEntry> History => Set<HistoryEntry>();
    internal DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    protected override void ConfigureConventions(ModelConfigurationBuilder conventions)
    {
        // Times are stored as UTC; reading them back says so, whatever the provider keeps of the kind.
        conventions.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        conventions.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<StoredDefinition>(e =>
        {
            e.ToTable("workflow_definitions");
            e.HasIndex(d => new { d.DefinitionId, d.Version }).IsUnique();
            e.Property(d => d.DefinitionId).HasMaxLength(WorkflowDefinition.MaxIdLength);
            e.Property(d => d.Name).HasMaxLength(WorkflowDefinition.MaxNameLength);
            e.Property(d => d.ContentHash).HasMaxLength(64);
            e.Property(d => d.Source).HasMaxLength(200);
            e.Property(d => d.ActivatedBy).HasMaxLength(200);
            // One active version per definition, whatever two administrators do at once. The filter is the same SQL on
            // both engines: SQLite reads its 0/1 column as a truth value, PostgreSQL has a boolean.
            e.HasIndex(d => d.DefinitionId).IsUnique().HasFilter("\"IsActive\"").HasDatabaseName("IX_workflow_definitions_active");
        });

        model.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("workflow_instances");
            e.Property(i => i.DefinitionId).HasMaxLength(WorkflowDefinition.MaxIdLength);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.CorrelationId).HasMaxLength(100);
            e.Property(i => i.Result).HasMaxLength(50);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.ComplexProperty(i => i.Incident, c =>
            {
                c.Property(f => f.ActivityId).HasMaxLength(100);
                c.Property(f => f.ActivityType).HasMaxLength(100);
                c.Property(f => f.Actor).HasMaxLength(200);
            });
            e.HasIndex(i => i.CorrelationId);
            e.HasIndex(i => i.ParentInstanceId);
            // The operators' list: instances in one status (the faulted ones), the latest first.
            e.HasIndex(i => new { i.Status, i.UpdatedAt });
        });

        model.Entity<Bookmark>(e =>
        {
            e.ToTable("workflow_bookmarks");
            e.Property(b => b.ActivityId).HasMaxLength(100);
            e.Property(b => b.Name).HasMaxLength(100);
            e.Property(b => b.Key).HasMaxLength(300);
            // The two lookups a resume makes: by (name, key) oldest first, and timers by due time.
            e.HasIndex(b => new { b.Name, b.Key, b.CreatedAt });
            e.HasIndex(b => b.DueAt);
            e.HasIndex(b => b.InstanceId);
        });

        model.Entity<HistoryEntry>(e =>
        {
            e.ToTable("workflow_history");
            e.Property(h => h.ActivityId).HasMaxLength(100);
            e.Property(h => h.ActivityType).HasMaxLength(100);
            e.Property(h => h.Outcome).HasMaxLength(100);
            e.Property(h => h.Actor).HasMaxLength(200);
            e.HasIndex(h => new { h.InstanceId, h.Sequence }).IsUnique();
        });

        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.Property(o => o.Kind).HasMaxLength(50);
            e.Property(o => o.State).HasConversion<string>().HasMaxLength(20);
            e.Property(o => o.LeasedBy).HasMaxLength(200);
            e.Property(o => o.LeasedUntil).IsConcurrencyToken();
            // Every outcome recorded counts an attempt: a host that read a message before another host took, sent and
            // released it finds the lease free again, and only the count tells it the message has moved on.
            e.Property(o => o.Attempts).IsConcurrencyToken();
            e.Property(o => o.OrderingKey).HasMaxLength(200);
            // The dispatcher's look for due letters, and the operators' lists by state; a request's letters by instance;
            // the look for an earlier message of the same key that is still unsent, and for the last one queued.
            e.HasIndex(o => new { o.State, o.NextAttemptAt });
            e.HasIndex(o => o.InstanceId);
            e.HasIndex(o => new { o.OrderingKey, o.Sequence });
        });
    }
}
