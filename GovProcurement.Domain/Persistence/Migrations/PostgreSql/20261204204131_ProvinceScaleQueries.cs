using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ProvinceScaleQueries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_UnitId_FiscalYear",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_PlanItems_PlanId",
                table: "PlanItems");

            migrationBuilder.AddColumn<DateTime>(
                name: "FiledUtc",
                table: "Plans",
                type: "timestamp with time zone",
                nullable: true);

            // The plans filed before this column take the time of their Filed step (a filed plan has exactly one).
            migrationBuilder.Sql(@"UPDATE ""Plans"" AS p SET ""FiledUtc"" = (SELECT MAX(e.""AtUtc"") FROM ""PlanEvents"" AS e WHERE e.""PlanId"" = p.""Id"" AND e.""Action"" = 'Filed') WHERE p.""Status"" = 'Filed';");

            migrationBuilder.AddColumn<int>(
                name: "RankedBids",
                table: "LotResults",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // The results recorded before this column count the bids of their ranking.
            migrationBuilder.Sql(@"UPDATE ""LotResults"" SET ""RankedBids"" = json_array_length(""RankingJson""::json);");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_Id",
                table: "Plans",
                columns: new[] { "Status", "FiledUtc", "RegionCode", "Route", "Method", "Total", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_UnitId_FiscalYear_Status_Method_RegionCode_CreatedUtc~",
                table: "Plans",
                columns: new[] { "UnitId", "FiscalYear", "Status", "Method", "RegionCode", "CreatedUtc", "Id", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanId_CatalogueCode_Amount_CatalogueName",
                table: "PlanItems",
                columns: new[] { "PlanId", "CatalogueCode", "Amount", "CatalogueName" });

            migrationBuilder.CreateIndex(
                name: "IX_LotResults_ProjectId_Round_WinnerSupplierId_WinningPrice",
                table: "LotResults",
                columns: new[] { "ProjectId", "Round", "WinnerSupplierId", "WinningPrice" });

            migrationBuilder.CreateIndex(
                name: "IX_LotResults_RankedBids_ProjectId_Round",
                table: "LotResults",
                columns: new[] { "RankedBids", "ProjectId", "Round" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_Id",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_Plans_UnitId_FiscalYear_Status_Method_RegionCode_CreatedUtc~",
                table: "Plans");

            migrationBuilder.DropIndex(
                name: "IX_PlanItems_PlanId_CatalogueCode_Amount_CatalogueName",
                table: "PlanItems");

            migrationBuilder.DropIndex(
                name: "IX_LotResults_ProjectId_Round_WinnerSupplierId_WinningPrice",
                table: "LotResults");

            migrationBuilder.DropIndex(
                name: "IX_LotResults_RankedBids_ProjectId_Round",
                table: "LotResults");

            migrationBuilder.DropColumn(
                name: "FiledUtc",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "RankedBids",
                table: "LotResults");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_UnitId_FiscalYear",
                table: "Plans",
                columns: new[] { "UnitId", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_PlanItems_PlanId",
                table: "PlanItems",
                column: "PlanId");
        }
    }
}
