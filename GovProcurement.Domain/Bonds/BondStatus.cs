namespace GovProcurement.Domain.Bonds;

/// <summary>Which bond: the bid bond (投标保证金) of a project, or the performance bond (履约保证金) of a contract.</summary>
public enum BondKind
{
    Bid = 1,
    Performance = 2,
}

/// <summary>Where a bond stands.</summary>
public enum BondStatus
{
    /// <summary>The purchaser or agency requires it; the supplier has not recorded paying it.</summary>
    Required = 1,

    /// <summary>The supplier recorded paying it (form, amount, date, reference).</summary>
    Paid = 2,

    /// <summary>The purchaser or agency confirmed receiving it.</summary>
    Received = 3,

    /// <summary>Refunded to the supplier.</summary>
    Refunded = 4,
}

/// <summary>The changes of the transition table of <see cref="Bond"/>.</summary>
public enum BondChange
{
    Pay = 1,
    Receive = 2,
    Refund = 3,
}

/// <summary>What a person can do with a bond: the steps a page offers and <see cref="BondDesk"/> takes.</summary>
public enum BondAction
{
    RecordPayment = 1,
    ConfirmReceipt = 2,
    Refund = 3,
}

/// <summary>What a person can do to require bonds: state a project's bid bond, require a contract's performance bond.</summary>
public enum BondDemandAction
{
    StateBidBond = 1,
    RequirePerformanceBond = 2,
}

/// <summary>How a bond is given: never in cash (实施条例第三十三、四十八条).</summary>
public enum BondForm
{
    /// <summary>银行转账.</summary>
    BankTransfer = 1,

    /// <summary>保函 from a bank or guarantee institution.</summary>
    GuaranteeLetter = 2,

    /// <summary>保证保险 (a surety insurance policy).</summary>
    Insurance = 3,
}
