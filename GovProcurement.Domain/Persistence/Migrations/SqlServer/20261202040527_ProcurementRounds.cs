using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class ProcurementRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcurementRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Method = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Scoring = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    DocumentsFileId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    AnnouncedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DocumentsUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    DeadlineUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OpenedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EvaluatedUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    StartedUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    EndedUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementRounds_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRounds_ProjectId_Number",
                table: "ProcurementRounds",
                columns: new[] { "ProjectId", "Number" },
                unique: true);

            // Each project's current round becomes its first round row (the one it is in now); earlier
            // rounds kept nothing of their own before, so they get no row. The round reuses the
            // project's id, unique and portable to both providers. It started at the last approved
            // method change, or at the entrustment when there was none.
            migrationBuilder.Sql(
                """
                INSERT INTO ProcurementRounds (Id, ProjectId, Number, Method, Scoring, DocumentsFileId, AnnouncedUtc, DocumentsUntil, DeadlineUtc, OpenedUtc, EvaluatedUtc, StartedUtc, EndedUtc)
                SELECT p.Id, p.Id, p.Round, p.Method, p.Scoring, p.DocumentsFileId, p.AnnouncedUtc, p.DocumentsUntil, p.DeadlineUtc, p.OpenedUtc, p.EvaluatedUtc,
                    COALESCE((SELECT MAX(e.AtUtc) FROM ProjectEvents e WHERE e.ProjectId = p.Id AND e.Action = 'MethodChangeApproved'), p.CreatedUtc), NULL
                FROM Projects p
                """);

            migrationBuilder.DropColumn(
                name: "AnnouncedUtc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DeadlineUtc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DocumentsFileId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DocumentsUntil",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "EvaluatedUtc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "OpenedUtc",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Scoring",
                table: "Projects");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnnouncedUtc",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "DeadlineUtc",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DocumentsFileId",
                table: "Projects",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DocumentsUntil",
                table: "Projects",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "EvaluatedUtc",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "OpenedUtc",
                table: "Projects",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Scoring",
                table: "Projects",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            // The current round's fields go back onto the project.
            migrationBuilder.Sql(
                """
                UPDATE Projects SET
                    Scoring = COALESCE((SELECT r.Scoring FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round), 'LowestEvaluatedPrice'),
                    DocumentsFileId = (SELECT r.DocumentsFileId FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round),
                    AnnouncedUtc = (SELECT r.AnnouncedUtc FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round),
                    DocumentsUntil = (SELECT r.DocumentsUntil FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round),
                    DeadlineUtc = (SELECT r.DeadlineUtc FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round),
                    OpenedUtc = (SELECT r.OpenedUtc FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round),
                    EvaluatedUtc = (SELECT r.EvaluatedUtc FROM ProcurementRounds r WHERE r.ProjectId = Projects.Id AND r.Number = Projects.Round)
                """);

            migrationBuilder.DropTable(
                name: "ProcurementRounds");
        }
    }
}
