using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Audit;
using GovProcurement.Domain.Calendar;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Files;
using GovProcurement.Domain.Notices;
using GovProcurement.Domain.Organizations;
using GovProcurement.Domain.Persistence;
using GovProcurement.Domain.Projects;
using GovProcurement.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace GovProcurement.Domain.Bids;

/// <summary>The receipt a supplier keeps: what was sealed and when.</summary>
public sealed record BidReceipt(Guid BidId, string ProjectNumber, string ProjectTitle, string SupplierName, string Digest, long Size, DateTime SubmittedUtc, IReadOnlyList<int> Lots, IReadOnlyList<string> FileNames);

/// <summary>
/// The supplier's side of a project before the opening: register (refused with the reason when
/// barred or not qualified), download the documents, ask questions, seal a bid, withdraw and
/// resubmit — all before the deadline. The agency answers questions; an answer that changes the
/// documents is published as a correction and pushes the deadline out when it comes late.
/// </summary>
public sealed class BidBox(IDbContextFactory<GovProcurementDbContext> store, BidVault vault, ProcurementRuleBook ruleBook, AuditLog audit, IOptions<InputLimits> limits, TimeProvider time)
{
    public async Task RegisterAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForRegistrationAsync(db, projectId, actor, RegistrationAction.Register, time, ct);
        db.SupplierRegistrations.Add(new SupplierRegistration(projectId, project.CurrentRound.Number, actor.RequireOrganization(), actor.UserName, time.UtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The documents, for a registered supplier (or the agency, purchaser and regulator).</summary>
    public async Task<StoredFile> DocumentsAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForRegistrationAsync(db, projectId, actor, RegistrationAction.DownloadDocuments, time, ct);
        return await db.Files.AsNoTracking().FirstOrDefaultAsync(f => f.Id == project.CurrentRound.DocumentsFileId, ct)
            ?? throw new DomainException("本项目没有上传采购文件。", "No documents are attached.");
    }

    public async Task AskAsync(Guid projectId, string question, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForRegistrationAsync(db, projectId, actor, RegistrationAction.Ask, time, ct);
        var supplierId = actor.RequireOrganization();
        var asked = await db.Clarifications.OfCurrentRound(project).CountAsync(c => c.SupplierId == supplierId, ct);
        InputLimits.Require(asked + 1, limits.Value.QuestionsPerSupplier, "每家供应商在本项目本轮可提的问题", "questions per supplier in this round");
        db.Clarifications.Add(new Clarification(projectId, project.CurrentRound.Number, supplierId, question, actor.UserName, time.UtcNow()));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The agency answers. When the answer changes the documents it is published as a correction,
    /// and a deadline closer than the statutory lead is pushed out (and the new deadline published).
    /// </summary>
    public async Task<DateTime?> AnswerAsync(Guid clarificationId, string answer, bool changesDocuments, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var question = await db.Clarifications.FirstOrDefaultAsync(c => c.Id == clarificationId, ct) ?? throw new DomainException("问题不存在。", "The question does not exist.");
        var project = await ProjectAccess.LoadForStepAsync(db, question.ProjectId, actor, ProjectAction.Clarified, time, ct);
        var nowUtc = time.UtcNow();

        question.Reply(answer, changesDocuments, nowUtc);
        DateTime? newDeadline = null;
        var records = new List<AuditRecord>();
        if (changesDocuments)
        {
            var periods = new ProjectPeriods(await ruleBook.CurrentAsync(ct), WorkingDayCalendar.China);
            var deadlineLocal = project.CurrentRound.DeadlineUtc!.Value.Add(Clock.ChinaOffset);
            var pushed = periods.DeadlineAfterClarification(project.Method, project.RegionCode, time.TodayInChina(), DateOnly.FromDateTime(deadlineLocal));
            if (pushed > DateOnly.FromDateTime(deadlineLocal))
            {
                newDeadline = DateTime.SpecifyKind(pushed.ToDateTime(TimeOnly.FromDateTime(deadlineLocal)) - Clock.ChinaOffset, DateTimeKind.Utc);
                project.ExtendDeadline(newDeadline.Value, actor.UserName, $"澄清修改晚于法定期限，截止时间顺延至 {pushed:yyyy-MM-dd}", nowUtc);
            }
            else
            {
                project.RecordClarification(actor.UserName, "澄清修改采购文件", nowUtc);
            }

            var parties = await NoticeDesk.PartiesAsync(db, project, ct);
            NoticeDesk.Publish(db, project, NoticeType.Correction, $"{project.Title}更正公告",
                ProjectNoticeComposer.Correction(project, parties, $"澄清问题：{question.Question}\n答复：{question.Answer}", newDeadline), parties.AgencyName, actor, nowUtc, records);
        }

        await audit.SaveWithAsync(db, records, ct);
        return newDeadline;
    }

    public async Task<BidReceipt> SubmitAsync(Guid projectId, IReadOnlyList<LotPrice> prices, IReadOnlyList<BidFile> files, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForBidAsync(db, projectId, actor, BidAction.Submit, time, ct);
        var supplier = await db.Organizations.OfType<Supplier>().FirstAsync(s => s.Id == actor.RequireOrganization(), ct);
        CheckPackage(project, prices, files);
        var nowUtc = time.UtcNow();
        var package = new BidPackage(prices.OrderBy(p => p.LotNumber).ToList(), files).Serialize();
        var bidId = Guid.NewGuid();
        var bid = new Bid(bidId, projectId, project.CurrentRound.Number, supplier.Id, vault.Seal(projectId, bidId, package), BidPackage.DigestOf(package), actor.UserName, nowUtc);
        db.Bids.Add(bid);
        try
        {
            await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.BidSubmitted, actor.UserName, project.Number, $"{supplier.Name} 摘要 {bid.Digest}", projectId)], ct);
        }
        catch (DbUpdateException)
        {
            // The one-sealed-bid-per-supplier index refused a second submission racing this one.
            throw new DomainException("另一份投标文件正在同时递交，请刷新页面后查看递交结果。", "Another submission of yours arrived at the same time; reload to see which was kept.");
        }

        return new BidReceipt(bid.Id, project.Number, project.Title, supplier.Name, bid.Digest, bid.Size, nowUtc, prices.Select(p => p.LotNumber).Order().ToList(), files.Select(f => f.Name).ToList());
    }

    /// <summary>The receipt of the supplier's current sealed (or opened) bid.</summary>
    public async Task<BidReceipt> ReceiptAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        actor.Require(Roles.Supplier);
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadAsync(db, projectId, ct);
        var bid = await db.Bids.AsNoTracking().OfCurrentRound(project).Where(b => b.SupplierId == actor.OrganizationId && b.Status != BidStatus.Withdrawn)
            .FirstOrDefaultAsync(ct) ?? throw new DomainException("没有已递交的投标文件。", "There is no submitted bid.");
        var supplierName = await db.Organizations.Where(o => o.Id == bid.SupplierId).Select(o => o.Name).FirstAsync(ct);
        var contents = bid.Status == BidStatus.Opened ? BidPackage.Deserialize(vault.Unseal(project, bid, time.UtcNow())) : null;
        return new BidReceipt(bid.Id, project.Number, project.Title, supplierName, bid.Digest, bid.Size, bid.SubmittedUtc,
            contents?.Prices.Select(p => p.LotNumber).ToList() ?? [], contents?.Files.Select(f => f.Name).ToList() ?? []);
    }

    public async Task WithdrawAsync(Guid projectId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await store.CreateDbContextAsync(ct);
        var project = await ProjectAccess.LoadForBidAsync(db, projectId, actor, BidAction.Withdraw, time, ct);
        var supplier = await db.Organizations.OfType<Supplier>().FirstAsync(s => s.Id == actor.RequireOrganization(), ct);
        var bid = await db.Bids.OfCurrentRound(project).FirstAsync(b => b.SupplierId == supplier.Id && b.Status == BidStatus.Sealed, ct);
        bid.Withdraw(time.UtcNow());
        await audit.SaveWithAsync(db, [new AuditRecord(AuditEventType.BidWithdrawn, actor.UserName, project.Number, supplier.Name, projectId)], ct);
    }

    private void CheckPackage(ProcurementProject project, IReadOnlyList<LotPrice> prices, IReadOnlyList<BidFile> files)
    {
        if (prices.Count == 0)
        {
            throw new DomainException("请至少对一个采购包报价。", "Offer a price for at least one lot.");
        }

        foreach (var price in prices)
        {
            var lot = project.Lots.FirstOrDefault(l => l.Number == price.LotNumber) ?? throw new DomainException($"第 {price.LotNumber} 包不存在。", $"Lot {price.LotNumber} does not exist.");
            if (price.PriceFen <= 0 || price.PriceFen > lot.MaxPrice.Fen)
            {
                throw new DomainException($"第 {lot.Number} 包报价须大于零且不超过最高限价 {lot.MaxPrice}。", $"Lot {lot.Number}: the price must be positive and within the maximum {lot.MaxPrice}.");
            }
        }

        if (prices.Select(p => p.LotNumber).Distinct().Count() != prices.Count)
        {
            throw new DomainException("每个采购包只能报一个价格。", "One price per lot.");
        }

        if (files.Count == 0)
        {
            throw new DomainException("请上传投标（响应）文件。", "Attach the bid documents.");
        }

        var bounds = limits.Value;
        InputLimits.Require(files.Count, bounds.BidFiles, "每份投标文件的附件", "files per bid");
        foreach (var file in files)
        {
            var name = StoredFile.CheckName(file.Name);
            InputLimits.RequireBytes(file.Content.Length, bounds.FileBytes, $"文件“{name}”", $"The file \"{name}\"");
        }

        InputLimits.RequireBytes(files.Sum(f => (long)f.Content.Length), bounds.BidTotalBytes, "投标文件合计", "All bid files together");
    }
}
