using System.Text.RegularExpressions;
using GovProcurement.Domain.Bids;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Contracts;
using GovProcurement.Domain.Evaluation;
using GovProcurement.Domain.Experts;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Projects;
using GovProcurement.Portal.Documents;
using GovProcurement.Tests.Complaints;
using GovProcurement.Tests.Support;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace GovProcurement.Tests.Documents;

/// <summary>
/// Every PDF with a time in it, from a project run on the fake clock (2026-11-27 01:00 UTC, 09:00 in
/// Beijing; the deadline at 09:30 Beijing time): each time prints as its Beijing wall time.
/// </summary>
public sealed class DocumentTimesTests : ProjectScenarioTest
{
    private const string BaseUrl = "https://gdgpo.example";

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return Regex.Replace(string.Concat(document.GetPages().Select(p => p.Text)), @"\s+", "");
    }

    private async Task<Notice> NoticeAsync(Guid projectId, NoticeType type)
    {
        await using var db = Store.Db();
        return await db.Notices.AsNoTracking().SingleAsync(n => n.ProjectId == projectId && n.Type == type);
    }

    [Fact]
    public async Task Announcement_receipt_result_letters_and_contract_print_Beijing_times()
    {
        var projectId = await Scenario.PreparedProjectAsync();
        var deadlineUtc = await Scenario.AnnounceAsync(projectId);
        var deadline = BeijingTime.FromUtc(deadlineUtc);
        Assert.Equal(new TimeOnly(9, 30), TimeOnly.FromDateTime(deadline));

        var announcement = Text(NoticePdfs.Notice([await NoticeAsync(projectId, NoticeType.ProcurementAnnouncement)], BaseUrl));
        Assert.Contains("发布时间：2026-11-2709:00", announcement);
        Assert.Contains($"截止时间和开启时间：{deadline:yyyy年M月d日HH:mm}（北京时间）", announcement);

        var receipt = await Scenario.BidAsync(projectId, ProjectScenario.SmallSupplier, 1_450_000m, "small offer");
        var receiptText = Text(NoticePdfs.Receipt(receipt));
        Assert.Contains("递交时间：2026-11-2709:00", receiptText);
        Assert.Contains("投标人：江门市华信电脑科技有限公司", receiptText);
        Assert.DoesNotContain("发布单位", receiptText);
        await Scenario.BidAsync(projectId, ProjectScenario.MicroSupplier, 1_480_000m, "micro offer");

        Time.SetUtcNow(deadlineUtc);
        var agency = await Scenario.ActorAsync(ProjectScenario.Agency);
        var record = await Store.Get<BidOpening>().OpenAsync(projectId, agency);
        var panel = await Store.Get<PanelDrawing>().DrawAsync(projectId, 3, agency);
        var scores = record.Lines.SelectMany(l => panel.Members.Select(m => new ScoreEntry(1, l.BidId, m.Id, 60m))).ToList();
        await Store.Get<ProjectEvaluation>().FinishAsync(projectId, scores, [], agency);
        await Store.Get<ProjectEvaluation>().ConfirmWinnersAsync(projectId, await Scenario.ActorAsync(ProjectScenario.Reviewer));
        var result = await Store.Get<ProjectEvaluation>().PublishResultAsync(projectId, agency);

        var published = $"发布时间：{deadline:yyyy-MM-ddHH:mm}";
        Assert.Contains(published, Text(NoticePdfs.Notice([result], BaseUrl)));
        foreach (var supplier in new[] { ProjectScenario.SmallSupplier, ProjectScenario.MicroSupplier })
        {
            var letter = await Store.Get<ResultLetters>().ForSupplierAsync(projectId, await Scenario.ActorAsync(supplier));
            Assert.Contains(published, Text(NoticePdfs.Letter(letter, BaseUrl)));
        }

        Time.Advance(TimeSpan.FromHours(2));
        var contracts = Store.Get<GovContracts>();
        var purchaser = await Scenario.ActorAsync(ProjectScenario.Operator);
        var opening = (await contracts.OpeningsForProjectAsync(projectId, purchaser)).Single();
        var drafted = await contracts.DraftAsync(opening.Subject, ChallengeScenario.Draft(opening.Origin.Ceiling), purchaser);
        await contracts.SendAsync(drafted.Id, purchaser);
        await contracts.ConfirmAsync(drafted.Id, ContractParty.Purchaser, purchaser);
        await contracts.ConfirmAsync(drafted.Id, ContractParty.Supplier, await Scenario.ActorAsync(await SupplierAccountAsync(opening.Origin.SupplierId)));
        await contracts.PublishAsync(drafted.Id, purchaser);
        await using var db = Store.Db();
        var noticeId = await db.Contracts.Where(c => c.Id == drafted.Id).Select(c => c.NoticeId).SingleAsync();
        var contract = await db.Notices.AsNoTracking().SingleAsync(n => n.Id == noticeId);
        Assert.Equal(NoticeType.Contract, contract.Type);
        Assert.Contains($"发布时间：{deadline.AddHours(2):yyyy-MM-ddHH:mm}", Text(NoticePdfs.Notice([contract], BaseUrl)));
    }

    private async Task<string> SupplierAccountAsync(Guid supplierId)
    {
        await using var db = Store.Db();
        return await db.Users.Where(u => u.OrganizationId == supplierId).Select(u => u.UserName!).FirstAsync();
    }

    [Fact]
    public async Task A_policy_notice_prints_its_Beijing_publication_time()
    {
        await using var db = Store.Db();
        var province = await db.Notices.AsNoTracking().SingleAsync(n => n.Reference == "粤财采购函〔2020〕59号");
        var chain = await Store.Get<PolicyNotices>().ChainAsync(province.Id);

        // Published at 02:00 UTC on 2020-12-25 by the demo data.
        Assert.Contains("发布时间：2020-12-2510:00", Text(NoticePdfs.Notice(chain, BaseUrl)));
    }
}
