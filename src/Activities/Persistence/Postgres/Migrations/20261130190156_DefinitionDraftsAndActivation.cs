using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class DefinitionDraftsAndActivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "IsPublished",
                table: "workflow_definitions",
                newName: "IsActive");

            migrationBuilder.AddColumn<DateTime>(
                name: "ActivatedAt",
                table: "workflow_definitions",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ActivatedBy",
                table: "workflow_definitions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Every stored version was published, and new instances started on the newest: that one becomes the active
            // version, and each was active in its day, so the one before it is the previous version a rollback
            // activates. The SQL is the same on both engines (a comparison is a 0/1 value in SQLite, a boolean in
            // PostgreSQL); keep it if this migration is made again.
            migrationBuilder.Sql("""
                UPDATE workflow_definitions SET "ActivatedAt" = "CreatedAt", "ActivatedBy" = "Source",
                    "IsActive" = ("Version" = (SELECT MAX(newer."Version") FROM workflow_definitions AS newer
                                               WHERE newer."DefinitionId" = workflow_definitions."DefinitionId"))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_definitions_active",
                table: "workflow_definitions",
                column: "DefinitionId",
                unique: true,
                filter: "\"IsActive\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_workflow_definitions_active",
                table: "workflow_definitions");

            // The release before started instances on the newest published version: drafts were never published.
            migrationBuilder.Sql("""UPDATE workflow_definitions SET "IsActive" = ("ActivatedAt" IS NOT NULL)""");

            migrationBuilder.DropColumn(
                name: "ActivatedAt",
                table: "workflow_definitions");

            migrationBuilder.DropColumn(
                name: "ActivatedBy",
                table: "workflow_definitions");

            migrationBuilder.RenameColumn(
                name: "IsActive",
                table: "workflow_definitions",
                newName: "IsPublished");
        }
    }
}
