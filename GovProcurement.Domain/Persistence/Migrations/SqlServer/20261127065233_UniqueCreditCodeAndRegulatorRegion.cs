using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace GovProcurement.Domain.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class UniqueCreditCodeAndRegulatorRegion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_RegionCode",
                table: "Organizations");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_CreditCode",
                table: "Organizations",
                column: "CreditCode",
                unique: true,
                filter: "[CreditCode] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_OneRegulatorPerRegion",
                table: "Organizations",
                columns: new[] { "RegionCode", "Kind" },
                unique: true,
                filter: "[Kind] = 'Regulator'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Organizations_CreditCode",
                table: "Organizations");

            migrationBuilder.DropIndex(
                name: "IX_Organizations_OneRegulatorPerRegion",
                table: "Organizations");

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_RegionCode",
                table: "Organizations",
                column: "RegionCode");
        }
    }
}
