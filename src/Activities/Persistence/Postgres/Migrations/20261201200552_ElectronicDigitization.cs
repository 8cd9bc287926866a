using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Library.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ElectronicDigitization : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "MmsId",
                table: "representations",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Inventory",
                table: "digitization_requests",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Physical");

            migrationBuilder.AddColumn<Guid>(
                name: "SourceRepresentationId",
                table: "digitization_requests",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_representations_MmsId",
                table: "representations",
                column: "MmsId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_representations_MmsId",
                table: "representations");

            migrationBuilder.DropColumn(
                name: "MmsId",
                table: "representations");

            migrationBuilder.DropColumn(
                name: "Inventory",
                table: "digitization_requests");

            migrationBuilder.DropColumn(
                name: "SourceRepresentationId",
                table: "digitization_requests");
        }
    }
}
