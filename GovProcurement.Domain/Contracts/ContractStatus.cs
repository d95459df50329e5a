namespace GovProcurement.Domain.Contracts;

/// <summary>What a contract is drafted from.</summary>
public enum ContractSource
{
    /// <summary>A project's award: the current round's lots one supplier won.</summary>
    Award = 1,

    /// <summary>An e-mall order the supplier has confirmed.</summary>
    MallOrder = 2,
}

/// <summary>Where a contract stands.</summary>
public enum ContractStatus
{
    /// <summary>The purchaser's operator drafts it; returned contracts come back here.</summary>
    Draft = 1,

    /// <summary>Sent to the supplier: both parties confirm the same text.</summary>
    SentToSupplier = 2,

    /// <summary>Both parties confirmed the same text: signed.</summary>
    Signed = 3,

    /// <summary>The contract announcement is published.</summary>
    Published = 4,

    /// <summary>Filed (备案) by the regulator of the region.</summary>
    Filed = 5,

    /// <summary>撤销 by a complaint decision (财政部令第94号第三十一、三十二条): no longer in force, kept as history.</summary>
    Voided = 6,
}

/// <summary>The changes of the transition table of <see cref="GovContract"/>.</summary>
public enum ContractChange
{
    Send = 1,
    Sign = 2,
    Publish = 3,
    File = 4,
    Return = 5,
    Revise = 6,

    /// <summary>A row that leaves the status as it is: an add-on (补充合同) may be drafted from a contract in this status.</summary>
    AddOn = 7,

    /// <summary>A complaint decision voids the contract (it is not a step a party takes).</summary>
    Void = 8,
}

/// <summary>What a person can do with a contract: the steps a page offers and <see cref="GovContracts"/> takes.</summary>
public enum ContractAction
{
    Revise = 1,
    Send = 2,
    ConfirmAsPurchaser = 3,
    ConfirmAsSupplier = 4,
    Publish = 5,
    File = 6,
    Return = 7,

    /// <summary>签订补充合同 from a signed contract (政府采购法第四十九条): a new contract with the same supplier and subject.</summary>
    DraftAddOn = 8,
}

/// <summary>When an instalment becomes payable.</summary>
public enum PaymentCondition
{
    /// <summary>预付款: on signing.</summary>
    Prepayment = 1,

    /// <summary>On delivery (交付).</summary>
    OnDelivery = 2,

    /// <summary>On passing acceptance (验收合格).</summary>
    OnAcceptance = 3,
}
