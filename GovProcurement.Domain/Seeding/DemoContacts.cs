using GovProcurement.Domain.Accounts;
using GovProcurement.Domain.Common;
using GovProcurement.Domain.Organizations;

namespace GovProcurement.Domain.Seeding;

/// <summary>
/// The contacts of the demo purchasing units and agency, entered through the same profile use case
/// their own accounts use, so the demo announcements carry a contact section. Invented for the demo.
/// </summary>
internal static class DemoContacts
{
    private static readonly Dictionary<string, ContactDetails> ByName = new()
    {
        ["广东省教育厅"] = new("陈伟", "020-37626001", "广州市越秀区东风东路 723 号"),
        ["江门市教育局"] = new("李敏", "0750-3501001", "江门市蓬江区港口一路 88 号"),
        ["江门市第一中学"] = new("黄志强", "0750-3501002", "江门市蓬江区育德街 1 号"),
        ["鹤山市教育局"] = new("吴丽华", "0750-8801001", "鹤山市沙坪街道新华路 31 号"),
        ["鹤山市第一中学"] = new("梁家豪", "0750-8801002", "鹤山市沙坪街道中山路 5 号"),
        ["江门市公共资源交易中心"] = new("张晓燕", "0750-3207788", "江门市蓬江区发展大道 136 号"),
    };

    /// <summary>Each demo purchasing unit and agency with its contact, and the actor that enters it for its organisation.</summary>
    public static IEnumerable<(ContactDetails Contact, Actor Actor)> For(IEnumerable<Organization> organizations) =>
        organizations.Where(o => ByName.ContainsKey(o.Name)).Select(o =>
            (ByName[o.Name], new Actor("system", o.Id, new HashSet<string> { o is Agency ? Roles.Agency : Roles.PurchaserOperator })));
}
