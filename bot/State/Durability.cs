namespace ChatAssistant.Bot.State;

/// <summary>
/// What a committed SQLite write survives. The database runs in WAL mode; both levels survive a crash or a kill of the
/// bot's process, because a commit is in the operating system's hands when it returns.
/// </summary>
public enum Durability
{
    /// <summary>synchronous=NORMAL: the WAL is synced at checkpoints only, so a power loss or an OS crash may roll back the last commits (never corrupt the file).</summary>
    ProcessCrash,

    /// <summary>synchronous=FULL: the WAL is synced on every commit, so a commit that returned survives a power loss too.</summary>
    PowerLoss,
}
