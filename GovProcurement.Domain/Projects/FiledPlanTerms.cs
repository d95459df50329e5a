using GovProcurement.Domain.Common;
using GovProcurement.Domain.Plans;
using GovProcurement.Domain.Routing;

namespace GovProcurement.Domain.Projects;

/// <summary>One line of the filed plan as the project carries it: item, name and planned amount.</summary>
public sealed record PlannedItem(string CatalogueCode, string CatalogueName, Money Amount);

/// <summary>Where a set-up departs from the filed plan, with the rule; a refusal stops the save, a warning is shown and kept.</summary>
public sealed record SetupDeparture(RuleReason Reason, bool Refused);

/// <summary>
/// What the filed plan already fixes for the project (its items, their amounts and the SME
/// reservation the rules asked for on the plan's date), so the agency starts from it instead of
/// retyping it, and is told where its set-up departs from it: a lot for an item the plan does not
/// hold, or more money for an item than the plan, is refused (the plan as filed is what may be
/// bought); a dropped SME reservation is warned of, since the rule reserves "in principle".
/// </summary>
public sealed class FiledPlanTerms(IReadOnlyList<PlannedItem> items, RuleReason? smeReservation)
{
    public static readonly Bilingual FiledPlanRule = new(
        "《中华人民共和国政府采购法实施条例》第二十九条：采购人应当根据集中采购目录、采购限额标准和已批准的部门预算编制政府采购实施计划，报本级人民政府财政部门备案",
        "Implementing Regulations of the Government Procurement Law, Art. 29: the purchaser files its plan with the finance department");

    public static readonly Bilingual BudgetRule = new(
        "《中华人民共和国政府采购法》第六条：政府采购应当严格按照批准的预算执行",
        "Government Procurement Law, Art. 6: procurement keeps strictly to the approved budget");

    public IReadOnlyList<PlannedItem> Items { get; } = items;

    /// <summary>The plan's SME reservation by the rules in force on its date (whole project, or a minimum share); null when none applies.</summary>
    public RuleReason? SmeReservation { get; } = smeReservation;

    public static FiledPlanTerms Of(ProcurementPlan plan, RoutingDecision decision) => new(
        plan.Items.GroupBy(i => i.CatalogueCode)
            .Select(g => new PlannedItem(g.Key, g.First().CatalogueName, g.Aggregate(Money.Zero, (sum, i) => sum + i.Amount)))
            .ToList(),
        decision.SmeReservation);

    /// <summary>The lots the agency starts from: one per planned item, its budget and maximum price the planned amount.</summary>
    public IReadOnlyList<LotDraft> ProposedLots() =>
        Items.Select(i => new LotDraft(i.CatalogueName, i.CatalogueCode, i.Amount, i.Amount, "")).ToList();

    public bool ProposesSmeReservation => SmeReservation is not null;

    public IReadOnlyList<SetupDeparture> Check(ProjectSetup setup)
    {
        var departures = new List<SetupDeparture>();
        foreach (var group in setup.Lots.GroupBy(l => l.CatalogueCode.Trim()))
        {
            var lotTotal = group.Aggregate(Money.Zero, (sum, l) => sum + l.Budget);
            var planned = Items.FirstOrDefault(i => i.CatalogueCode == group.Key);
            if (planned is null)
            {
                departures.Add(new(new RuleReason(new(
                    $"品目 {group.Key} 不在备案的采购计划中（计划品目：{string.Join("、", Items.Select(i => $"{i.CatalogueCode} {i.CatalogueName}"))}）。",
                    $"Item {group.Key} is not in the filed plan (planned: {string.Join(", ", Items.Select(i => i.CatalogueCode))})."), FiledPlanRule), true));
            }
            else if (lotTotal > planned.Amount)
            {
                departures.Add(new(new RuleReason(new(
                    $"品目 {planned.CatalogueCode} {planned.CatalogueName} 的采购包预算合计 {lotTotal}，超过备案计划金额 {planned.Amount}。",
                    $"The lots for {planned.CatalogueCode} total {lotTotal}, more than the filed plan's {planned.Amount}."), BudgetRule), true));
            }
        }

        if (SmeReservation is { } sme && !setup.ReservedForSme)
        {
            departures.Add(new(new RuleReason(new(
                $"备案计划应预留中小企业份额：{sme.Text.Zh}本项目未设置“专门面向中小企业”。",
                $"The filed plan reserves for SMEs: {sme.Text.En} This project is not set as reserved for SMEs."), sme.Source), false));
        }

        return departures;
    }

    /// <summary>Refuses a set-up with any refused departure, naming each with its rule.</summary>
    public void Enforce(ProjectSetup setup)
    {
        var refused = Check(setup).Where(d => d.Refused).Select(d => d.Reason).ToList();
        if (refused.Count > 0)
        {
            throw new DomainException(
                string.Join("；", refused.Select(r => $"{r.Text.Zh}（{r.Source?.Zh}）")),
                string.Join("; ", refused.Select(r => $"{r.Text.En} ({r.Source?.En})")));
        }
    }
}
