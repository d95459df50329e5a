using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProcurementRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ProcurementRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Value = table.Column<long>(type: "INTEGER", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CatalogueCodes = table.Column<string>(type: "TEXT", unicode: false, maxLength: 400, nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcurementRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProcurementRules_Regions_RegionCode",
                        column: x => x.RegionCode,
                        principalTable: "Regions",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRules_Kind_RegionCode_EffectiveFrom",
                table: "ProcurementRules",
                columns: new[] { "Kind", "RegionCode", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRules_RegionCode",
                table: "ProcurementRules",
                column: "RegionCode");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ProcurementRules");
        }
    }
}
