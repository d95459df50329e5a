using ClosedXML.Excel;
using GovProcurement.Domain.Onboarding;

namespace GovProcurement.Tests.Onboarding;

/// <summary>Builds import workbooks the way an administrator fills in the template.</summary>
internal static class ImportFile
{
    public static MemoryStream From(params string[][] rows)
    {
        var template = new XLWorkbook(new MemoryStream(ImportWorkbook.Template()));
        var sheet = template.Worksheet(ImportColumns.SheetName);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            }
        }

        var stream = new MemoryStream();
        template.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    //                                         kind, name, region, budget, finance, competent, credit, legacy, centralized, scale
    public static string[] Unit(string name, string region, string budget, string finance = "", string competent = "") =>
        ["预算单位", name, region, budget, finance, competent, "", "", "", ""];

    public static string[] Supplier(string name, string region, string credit, string scale = "小型") =>
        ["供应商", name, region, "", "", "", credit, "", "", scale];
}
