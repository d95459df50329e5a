using GovProcurement.Domain.Common;

namespace GovProcurement.Domain.Experts;

/// <summary>The kinds of declared links that make an expert sit out (实施条例第九条).</summary>
public enum ExpertLinkKind
{
    /// <summary>Employed by the organisation (任职).</summary>
    Employment = 1,

    /// <summary>Director or senior manager (董事、监事、高级管理人员).</summary>
    Directorship = 2,

    /// <summary>Controlling shareholder or investor (控股股东、实际控制人).</summary>
    Shareholding = 3,

    /// <summary>Close kin of its legal representative or managers (近亲属).</summary>
    Kinship = 4,
}

/// <summary>
/// An expert of the evaluation expert library (评审专家库): specialties (catalogue code prefixes),
/// region, the unit they work for when that is a budget unit, and their declared links.
/// </summary>
public sealed class Expert : VersionedEntity
{
    public const int NameMaxLength = 50;

    private readonly List<ExpertLink> links = [];

    private Expert()
    {
        Name = RegionCode = Specialties = Employer = "";
    }

    public Expert(string name, string regionCode, IEnumerable<string> specialties, string employer, Guid? budgetUnitId, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        Name = Texts.Required(name, NameMaxLength, "专家姓名", "The name");
        RegionCode = regionCode;
        Specialties = string.Join(';', specialties.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct());
        if (Specialties.Length == 0)
        {
            throw new DomainException("请至少填写一个专业（品目编码前缀，如 A02）。", "Give at least one specialty (a catalogue code prefix such as A02).");
        }

        Employer = Texts.Optional(employer, 200, "工作单位", "The employer");
        BudgetUnitId = budgetUnitId;
        Active = true;
        CreatedUtc = nowUtc;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string RegionCode { get; private set; }

    /// <summary>Semicolon-separated catalogue code prefixes the expert may evaluate.</summary>
    public string Specialties { get; private set; }

    public string Employer { get; private set; }

    /// <summary>The budget unit the expert works for, if any: never on that unit's panels.</summary>
    public Guid? BudgetUnitId { get; private set; }

    public bool Active { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    public IReadOnlyList<ExpertLink> Links => links;

    public IReadOnlyList<string> SpecialtyList => Specialties.Split(';');

    public bool Covers(string catalogueCode) => SpecialtyList.Any(catalogueCode.StartsWith);

    public void Declare(ExpertLinkKind kind, string creditCode, string organizationName, DateOnly from, DateOnly? until) =>
        links.Add(new ExpertLink(kind, creditCode, organizationName, from, until));

    public void SetActive(bool active) => Active = active;
}

/// <summary>A declared link to an organisation, by its credit code, over a span of time.</summary>
public sealed class ExpertLink
{
    private ExpertLink()
    {
        CreditCode = OrganizationName = "";
    }

    internal ExpertLink(ExpertLinkKind kind, string creditCode, string organizationName, DateOnly from, DateOnly? until)
    {
        Id = Guid.NewGuid();
        Kind = kind;
        CreditCode = creditCode.Trim().ToUpperInvariant();
        OrganizationName = organizationName.Trim();
        From = from;
        Until = until;
    }

    public Guid Id { get; private set; }

    public ExpertLinkKind Kind { get; private set; }

    public string CreditCode { get; private set; }

    public string OrganizationName { get; private set; }

    public DateOnly From { get; private set; }

    /// <summary>Null while the link lasts.</summary>
    public DateOnly? Until { get; private set; }
}
