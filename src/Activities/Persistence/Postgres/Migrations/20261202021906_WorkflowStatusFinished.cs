using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class WorkflowStatusFinished : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The status is stored by its member's name: an instance that ran to its end is now "Finished", as Elsa 3 says.
            migrationBuilder.Sql("""UPDATE workflow_instances SET "Status" = 'Finished' WHERE "Status" = 'Completed'""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE workflow_instances SET "Status" = 'Completed' WHERE "Status" = 'Finished'""");
        }
    }
}
