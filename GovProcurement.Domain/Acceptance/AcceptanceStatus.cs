namespace GovProcurement.Domain.Acceptance;

/// <summary>Where a contract's performance and acceptance (履约验收) stand.</summary>
public enum AcceptanceStatus
{
    /// <summary>The purchaser's operator records deliveries against the contract's items.</summary>
    Delivering = 1,

    /// <summary>Every item is delivered in full: the acceptance is planned next.</summary>
    Delivered = 2,

    /// <summary>The acceptance plan is set: the items are checked on its day.</summary>
    Planned = 3,

    /// <summary>The result is recorded: both parties confirm the acceptance record (验收书).</summary>
    Concluded = 4,

    /// <summary>Both parties confirmed a passed record: accepted.</summary>
    Passed = 5,

    /// <summary>Both parties confirmed a failed record: the supplier delivers again and the acceptance is run again.</summary>
    Failed = 6,
}

/// <summary>The changes of the transition table of <see cref="ContractAcceptance"/>.</summary>
public enum AcceptanceChange
{
    Deliver = 1,
    CompleteDelivery = 2,
    Plan = 3,
    Conclude = 4,
    Pass = 5,
    Fail = 6,
}

/// <summary>What a person can do with a contract's acceptance: the steps a page offers and <see cref="ContractAcceptances"/> takes.</summary>
public enum AcceptanceAction
{
    RecordDelivery = 1,
    CompleteDelivery = 2,
    PlanAcceptance = 3,
    RecordResult = 4,
    ConfirmAsPurchaser = 5,
    ConfirmAsSupplier = 6,
}

/// <summary>How the acceptance is done (财库〔2016〕205号: 采购人自行组织或委托采购代理机构、第三方机构验收).</summary>
public enum AcceptanceMethod
{
    /// <summary>The purchaser's own acceptance group.</summary>
    ByPurchaser = 1,

    /// <summary>Entrusted to the procurement agency.</summary>
    ByAgency = 2,

    /// <summary>A third-party testing body takes part.</summary>
    ThirdParty = 3,
}

/// <summary>Who a member of the acceptance group is.</summary>
public enum AcceptanceMemberRole
{
    /// <summary>采购人代表.</summary>
    PurchaserRepresentative = 1,

    /// <summary>实际使用人.</summary>
    User = 2,

    /// <summary>专家.</summary>
    Expert = 3,

    /// <summary>服务对象代表: the recipients of a public service (公共服务项目).</summary>
    ServiceRecipient = 4,

    /// <summary>第三方机构.</summary>
    ThirdParty = 5,
}
