using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Budget;

/// <summary>
/// A line of a unit's approved departmental budget (部门预算) for a fiscal year. Plans reserve
/// amounts on it; a plan can never reserve more than what is left.
/// </summary>
public sealed class BudgetLine : VersionedEntity
{
    public const int CodeMaxLength = 64;
    public const int FundSourceMaxLength = 100;

    private BudgetLine()
    {
        LineCode = FundSource = "";
    }

    public BudgetLine(Guid unitId, int fiscalYear, string lineCode, string fundSource, Money amount)
    {
        if (string.IsNullOrWhiteSpace(lineCode) || lineCode.Length > CodeMaxLength)
        {
            throw new DomainException($"预算项目编码不能为空且不超过 {CodeMaxLength} 位。", $"The line code is required and at most {CodeMaxLength} characters.");
        }

        if (amount <= Money.Zero)
        {
            throw new DomainException("预算金额必须大于零。", "The budget amount must be positive.");
        }

        Id = Guid.NewGuid();
        UnitId = unitId;
        FiscalYear = fiscalYear;
        LineCode = lineCode.Trim();
        FundSource = fundSource.Trim();
        Amount = amount;
        Reserved = Money.Zero;
    }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int FiscalYear { get; private set; }

    public string LineCode { get; private set; }

    /// <summary>资金来源, e.g. 一般公共预算.</summary>
    public string FundSource { get; private set; }

    public Money Amount { get; private set; }

    public Money Reserved { get; private set; }

    public Money Available => Amount - Reserved;

    public void Reserve(Money amount)
    {
        if (amount > Available)
        {
            throw new DomainException(
                $"预算项目 {LineCode} 可用余额 {Available}，不足以占用 {amount}。",
                $"Budget line {LineCode} has {Available} left, not enough for {amount}.");
        }

        Reserved += amount;
    }

    public void Release(Money amount) => Reserved = amount > Reserved ? Money.Zero : Reserved - amount;

    /// <summary>A revised approved amount; it may not fall below what plans already hold.</summary>
    public void Revise(Money amount, string fundSource)
    {
        if (amount < Reserved)
        {
            throw new DomainException($"调整后的金额 {amount} 低于已占用的 {Reserved}。", $"The new amount {amount} is below the {Reserved} already reserved.");
        }

        Amount = amount;
        FundSource = fundSource.Trim();
    }
}
