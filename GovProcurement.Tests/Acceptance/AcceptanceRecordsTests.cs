using System.Text.RegularExpressions;
using ClosedXML.Excel;
using GovProcurement.Domain.Acceptance;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Exports;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Reporting;
using GovProcurement.Domain.Worklist;
using GovProcurement.Portal.Documents;
using GovProcurement.Tests.Reporting;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Acceptance;

/// <summary>
/// What an acceptance leaves in the store, read back: the milestones payments count from, each step's audit, the
/// to-dos of both parties, the announcement of a public-service result, the acceptance record as PDF, and the register.
/// </summary>
public sealed class AcceptanceRecordsTests : ProjectScenarioTest
{
    private ContractAcceptances Acceptances => Store.Get<ContractAcceptances>();

    [Fact]
    public async Task The_milestones_port_answers_the_delivery_and_acceptance_days_from_the_records()
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        var milestones = Store.Get<IContractMilestones>();
        var unknown = Guid.NewGuid();
        Assert.IsType<AcceptanceMilestones>(milestones);
        Assert.Equal(ContractMilestones.None, (await milestones.ForAsync([id]))[id]);

        var deliveredOn = Time.TodayInChina();
        await AcceptanceArrangement.ConcludedAsync(Acceptances, id, op, deliveredOn, passed: true);
        Assert.Equal(new ContractMilestones(deliveredOn, null), (await milestones.ForAsync([id]))[id]);

        Time.Advance(TimeSpan.FromDays(2));
        await Acceptances.ConfirmAsync(id, ContractParty.Supplier, supplier);
        await Acceptances.ConfirmAsync(id, ContractParty.Purchaser, op);

        var answer = await milestones.ForAsync([id, unknown]);
        Assert.Equal(new ContractMilestones(deliveredOn, deliveredOn.AddDays(2)), answer[id]);
        Assert.Equal(ContractMilestones.None, answer[unknown]);
    }

    [Fact]
    public async Task Each_party_sees_its_to_do_and_each_step_is_audited()
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        var worklist = Store.Get<Worklist>();
        var href = $"/contracts/{id}/acceptance";
        Assert.Contains(await worklist.ForAsync(op), i => i.Kind == WorkKind.RecordDelivery && i.Href == href);
        var before = (await worklist.CountsAsync(op)).ByKind.GetValueOrDefault(WorkKind.RecordDelivery);

        var today = Time.TodayInChina();
        await Acceptances.RecordDeliveryAsync(id, new DeliveryDraft(today, [new DeliveryLine(1, 2)], null), op);
        await Acceptances.CompleteDeliveryAsync(id, op);
        Assert.Equal(before - 1, (await worklist.CountsAsync(op)).ByKind.GetValueOrDefault(WorkKind.RecordDelivery));
        Assert.Contains(await worklist.ForAsync(op), i => i.Kind == WorkKind.RunAcceptance && i.Href == href);
        Assert.DoesNotContain(await worklist.ForAsync(supplier), i => i.Href == href);

        await Acceptances.PlanAsync(id, AcceptanceArrangement.Plan(today), op);
        await Acceptances.RecordResultAsync(id, AcceptanceArrangement.Result(true), op);
        Assert.Contains(await worklist.ForAsync(supplier), i => i.Kind == WorkKind.ConfirmAcceptance && i.Href == href);
        Assert.Equal(1, (await worklist.CountsAsync(supplier)).ByKind.GetValueOrDefault(WorkKind.ConfirmAcceptance));
        Assert.Contains(await worklist.ForAsync(op), i => i.Kind == WorkKind.ConfirmAcceptance && i.Href == href);

        await Acceptances.ConfirmAsync(id, ContractParty.Supplier, supplier);
        Assert.DoesNotContain(await worklist.ForAsync(supplier), i => i.Href == href);
        Assert.Equal(0, (await worklist.CountsAsync(supplier)).ByKind.GetValueOrDefault(WorkKind.ConfirmAcceptance));
        await Acceptances.ConfirmAsync(id, ContractParty.Purchaser, op);
        Assert.DoesNotContain(await worklist.ForAsync(op), i => i.Href == href);

        var number = (await Acceptances.GetAsync(id, op))!.Contract.Number;
        await using var db = Store.Db();
        var acceptanceTypes = Enum.GetValues<AuditEventType>().Where(t => (int)t is >= 2100 and <= 2199).ToList();
        var types = await db.AuditEntries.Where(e => e.Subject == number && acceptanceTypes.Contains(e.Type)).OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync();
        Assert.Equal(new[]
        {
            AuditEventType.AcceptanceDeliveryRecorded, AuditEventType.AcceptanceDeliveryCompleted, AuditEventType.AcceptancePlanned, AuditEventType.AcceptanceResultRecorded,
            AuditEventType.AcceptanceConfirmed, AuditEventType.AcceptanceConfirmed, AuditEventType.AcceptancePassed,
        }, types);
    }

    [Fact]
    public async Task A_public_service_result_is_announced_and_the_record_prints_both_confirmations_with_the_digest()
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        await AcceptanceArrangement.ConcludedAsync(Acceptances, id, op, Time.TodayInChina(), passed: true, publicService: true);
        await Acceptances.ConfirmAsync(id, ContractParty.Purchaser, op);
        Assert.Null((await Acceptances.GetAsync(id, op))!.Acceptance.NoticeId);
        await Acceptances.ConfirmAsync(id, ContractParty.Supplier, supplier);

        var a = (await Acceptances.GetAsync(id, supplier))!.Acceptance;
        Assert.Equal(AcceptanceStatus.Passed, a.Status);
        await using (var db = Store.Db())
        {
            var notice = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == a.NoticeId);
            Assert.Equal((NoticeType.AcceptanceResult, NoticeStatus.Published, a.Number), (notice.Type, notice.Status, notice.Reference));
            Assert.Contains("验收结果公告", notice.Title);
        }

        var text = Text(AcceptancePdfs.Record(a));
        foreach (var expected in new[]
        {
            "政府采购履约验收书", $"验收书编号：{a.Number}", a.ContractNumber, "台式电脑2台", "张三", "服务对象代表", "验收结论：合格",
            $"{op.UserName}，", $"{supplier.UserName}，", $"SHA-256{a.Digest}", "验收状态：验收合格",
        })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("未经双方确认", text);
    }

    [Fact]
    public async Task The_register_lists_the_acceptance_with_its_result_and_the_raw_export_its_group()
    {
        var (id, op, supplier) = await AcceptanceArrangement.ContractAsync(Store, Scenario);
        await AcceptanceArrangement.ConcludedAsync(Acceptances, id, op, Time.TodayInChina(), passed: false);
        await Acceptances.ConfirmAsync(id, ContractParty.Purchaser, op);
        await Acceptances.ConfirmAsync(id, ContractParty.Supplier, supplier);
        var a = (await Acceptances.GetAsync(id, op))!.Acceptance;

        var sheet = (await WriteAsync(ExportKind.AcceptanceRegister)).Worksheet(1);
        Assert.Equal(AcceptanceRegister.Title, sheet.Cell(1, 1).GetString());
        var headers = sheet.Row(ReportWorkbook.HeaderRow).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        var row = sheet.Row(ReportWorkbook.HeaderRow + 1);
        Assert.Equal(a.Number, row.Cell(headers["验收书编号"]).GetString());
        Assert.Equal("不合格", row.Cell(headers["验收结论"]).GetString());
        Assert.Equal("验收不合格，待重新交付", row.Cell(headers["验收状态"]).GetString());

        var raw = (await WriteAsync(ExportKind.RawAcceptances)).Worksheet(1);
        var rawHeaders = raw.Row(1).CellsUsed().ToDictionary(c => c.GetString(), c => c.Address.ColumnNumber);
        Assert.Equal(2, raw.RowsUsed().Count());
        Assert.Contains("张三（采购人代表）", raw.Cell(2, rawHeaders["验收小组"]).GetString());
        Assert.Equal("台式电脑：不合格，一台无法开机", raw.Cell(2, rawHeaders["逐项验收"]).GetString());
        Assert.Equal(a.Digest, raw.Cell(2, rawHeaders["验收书校验码"]).GetString());
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");
    }

    private async Task<XLWorkbook> WriteAsync(ExportKind kind)
    {
        var job = new ExportJob("440700cz", kind, "履约验收", "履约验收.xlsx", ExportFilters.None, Time.GetUtcNow().UtcDateTime);
        var output = new MemoryStream();
        await Store.Get<IExportWriter>().WriteAsync(job, output, new Progress<long>(), CancellationToken.None);
        ReportSheet.AssertNoFormulaAnywhere(output.ToArray());
        return ReportSheet.Open(output.ToArray());
    }
}
