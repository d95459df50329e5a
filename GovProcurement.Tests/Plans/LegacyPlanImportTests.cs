using ClosedXML.Excel;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Onboarding;
using GovProcurement.Domain.Plans;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace GovProcurement.Tests.Plans;

public class LegacyPlanImportTests
{
    private static MemoryStream File(params string[][] rows)
    {
        using var workbook = new XLWorkbook(new MemoryStream(LegacyPlanImport.Template()));
        var sheet = workbook.Worksheet(LegacyPlanImport.SheetName);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[r].Length; c++)
            {
                sheet.Cell(r + 2, c + 1).SetValue(rows[r][c]);
            }
        }

        var stream = new MemoryStream();
        workbook.SaveAs(stream);
        stream.Position = 0;
        return stream;
    }

    [Fact]
    public async Task OldSystemPlans_AreImportedReadOnly()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var result = await store.Get<LegacyPlanImport>().ImportAsync(
            File(["JM2020-0001", "701001", "2020年办公电脑采购", "2020-11-30", "A02010104", "380000.00", "公开招标"]), "admin");
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageZh)));

        await using var db = store.Db();
        var plan = await db.Plans.Include(p => p.Items).Include(p => p.Events).SingleAsync(p => p.Number == "JM2020-0001");
        Assert.Equal(PlanStatus.Legacy, plan.Status);
        Assert.Equal("planned", plan.Status.Ocds());
        Assert.False(plan.IsEditable);
        Assert.All(Enum.GetValues<PlanAction>(), action => Assert.False(plan.Allows(action)));
        Assert.Throws<DomainException>(() => plan.Edit("x", plan.ExpectedStart, null, [], null, null, DateTime.UtcNow));
        Assert.Equal(Money.FromYuan(380_000m), plan.Total);
        Assert.Equal(PlanAction.Imported, Assert.Single(plan.Events).Action);
    }

    [Fact]
    public async Task RowsDatedAfterTheCutover_OrForUnknownUnits_FailTheWholeFile()
    {
        await using var store = await TestStore.CreateAsync(demoData: true);
        var result = await store.Get<LegacyPlanImport>().ImportAsync(File(
            ["JM2020-0002", "701001", "正常行", "2020-06-01", "A02010104", "1000", ""],
            ["JM2021-0001", "701001", "上线后", "2021-01-01", "A02010104", "1000", ""],
            ["JM2020-0003", "999999", "无此单位", "2020-06-01", "A02010104", "1000", ""],
            ["JM2020-0002", "701001", "重复编号", "2020-06-01", "A02010104", "1000", "抽签"]), "admin");

        Assert.False(result.Succeeded);
        var errors = result.Errors.Select(e => (e.RowNumber, e.Column)).ToList();
        Assert.Contains((3, LegacyPlanImport.FiledOn), errors);
        Assert.Contains((4, LegacyPlanImport.BudgetCode), errors);
        Assert.Contains((5, LegacyPlanImport.Number), errors);
        Assert.Contains((5, LegacyPlanImport.Method), errors);
        Assert.DoesNotContain(result.Errors, e => e.RowNumber == 2);
        await using var db = store.Db();
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [Fact]
    public void NewPlansCannotBeDatedIntoTheLegacyChannel()
    {
        Assert.NotNull(LegacyChannel.ExplainNewPlanDate(new DateOnly(2020, 12, 31)));
        Assert.Null(LegacyChannel.ExplainNewPlanDate(new DateOnly(2021, 1, 1)));
        var plan = new ProcurementPlan(Guid.NewGuid(), "440700", "旧", new DateOnly(2020, 12, 1), "op", DateTime.UtcNow);
        var decision = new GovProcurement.Domain.Routing.RoutingDecision(Money.Zero, null, true, true,
            new GovProcurement.Domain.Routing.RuleReason(new Bilingual("", "")), [], [], null, []);
        Assert.Contains(PlanCompleteness.Check(plan, decision), p => p.Zh.Contains("原一体化系统"));
    }
}
