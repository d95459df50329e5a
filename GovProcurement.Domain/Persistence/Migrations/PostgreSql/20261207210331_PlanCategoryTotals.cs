using GovProcurement.Domain.Catalogue;
using GovProcurement.Domain.Plans;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlanCategoryTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_Id",
                table: "Plans");

            migrationBuilder.AddColumn<long>(
                name: "GoodsTotal",
                table: "Plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ServicesTotal",
                table: "Plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "WorksTotal",
                table: "Plans",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Each stored plan's category totals, from its lines and the shipped directory's codes (PlanCategoryBackfill).
            migrationBuilder.Sql($@"UPDATE ""Plans"" AS p SET
                ""GoodsTotal"" = (SELECT COALESCE(SUM(i.""Amount""), 0) FROM ""PlanItems"" AS i WHERE i.""PlanId"" = p.""Id"" AND trim(i.""CatalogueCode"") IN ({PlanCategoryBackfill.CodeList(ProcurementCategory.Goods)})),
                ""WorksTotal"" = (SELECT COALESCE(SUM(i.""Amount""), 0) FROM ""PlanItems"" AS i WHERE i.""PlanId"" = p.""Id"" AND trim(i.""CatalogueCode"") IN ({PlanCategoryBackfill.CodeList(ProcurementCategory.Works)})),
                ""ServicesTotal"" = (SELECT COALESCE(SUM(i.""Amount""), 0) FROM ""PlanItems"" AS i WHERE i.""PlanId"" = p.""Id"" AND trim(i.""CatalogueCode"") IN ({PlanCategoryBackfill.CodeList(ProcurementCategory.Services)}));");

            migrationBuilder.CreateIndex(
                name: "IX_ProcurementRounds_AnnouncedUtc_ProjectId_Number",
                table: "ProcurementRounds",
                columns: new[] { "AnnouncedUtc", "ProjectId", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_GoodsTo~",
                table: "Plans",
                columns: new[] { "Status", "FiledUtc", "RegionCode", "Route", "Method", "Total", "GoodsTotal", "WorksTotal", "ServicesTotal", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcurementRounds_AnnouncedUtc_ProjectId_Number",
                table: "ProcurementRounds");

            migrationBuilder.DropIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_GoodsTo~",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "GoodsTotal",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ServicesTotal",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "WorksTotal",
                table: "Plans");

            migrationBuilder.CreateIndex(
                name: "IX_Plans_Status_FiledUtc_RegionCode_Route_Method_Total_Id",
                table: "Plans",
                columns: new[] { "Status", "FiledUtc", "RegionCode", "Route", "Method", "Total", "Id" });
        }
    }
}
