namespace GovProcurement.Domain.Audit;

/// <summary>Where the audit key and checkpoints live, section <c>Platform:Audit</c>.</summary>
public sealed class AuditOptions
{
    public const string Section = "Platform:Audit";

    /// <summary>
    /// The current HMAC key (32 bytes), outside the database. Default <c>App_Data/keys/audit.key</c>,
    /// created owner-only when missing. Production mounts it from a secrets store.
    /// </summary>
    public string KeyFile { get; set; } = "";

    /// <summary>
    /// Keys used before a rotation: entries signed with them still verify, new entries never use
    /// them. To rotate, move the current path here and point <see cref="KeyFile"/> at a new file.
    /// </summary>
    public List<string> RetiredKeyFiles { get; set; } = [];

    /// <summary>Folder of the signed checkpoint file, outside the database. Default <c>App_Data/audit</c>.</summary>
    public string CheckpointFolder { get; set; } = "";

    /// <summary>
    /// How often a checkpoint is written (one is also written at start and on shutdown). Five
    /// minutes bounds what a truncation right before a crash can hide without a checkpoint.
    /// </summary>
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);
}
