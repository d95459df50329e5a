namespace GovProcurement.Domain.Exports;

/// <summary>Configuration <c>Exports:*</c>: how many exports may wait or run, how many run at once, how long files are kept.</summary>
public sealed class ExportOptions
{
    public const string Section = "Exports";

    /// <summary>Exports queued or running at once, all users together: bounds the disk and CPU one burst can take.</summary>
    public int MaxActiveTotal { get; set; } = 20;

    /// <summary>Exports one user may have queued or running at once, so one user cannot fill the queue.</summary>
    public int MaxActivePerUser { get; set; } = 3;

    /// <summary>Exports written at the same time; 1 leaves the second core of a 2-core server to the pages.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How long a finished file is kept and downloadable (7 days: long enough to fetch after a holiday weekend).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often expired files are deleted.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// The folder of export files; empty means App_Data/exports under the content root. Several
    /// instances share one folder (a download may reach another instance than the one that wrote it).
    /// </summary>
    public string Folder { get; set; } = "";

    /// <summary>This instance's name on the jobs it runs; empty takes <c>Portal:InstanceName</c>.</summary>
    public string Runner { get; set; } = "";
}
