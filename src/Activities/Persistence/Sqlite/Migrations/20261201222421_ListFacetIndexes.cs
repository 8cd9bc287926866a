using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ListFacetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_Status",
                table: "digitization_requests");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_CreatedAt",
                table: "digitization_requests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_Department_CreatedAt",
                table: "digitization_requests",
                columns: new[] { "Department", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_Scope_CreatedAt",
                table: "digitization_requests",
                columns: new[] { "Scope", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_Status_CreatedAt",
                table: "digitization_requests",
                columns: new[] { "Status", "CreatedAt" });

            // The target facet's index: the column belongs to a complex property, which the model cannot index.
            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_target_CreatedAt",
                table: "digitization_requests",
                columns: new[] { "target", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_target_CreatedAt",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_CreatedAt",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_Department_CreatedAt",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_Scope_CreatedAt",
                table: "digitization_requests");

            migrationBuilder.DropIndex(
                name: "IX_digitization_requests_Status_CreatedAt",
                table: "digitization_requests");

            migrationBuilder.CreateIndex(
                name: "IX_digitization_requests_Status",
                table: "digitization_requests",
                column: "Status");
        }
    }
}
