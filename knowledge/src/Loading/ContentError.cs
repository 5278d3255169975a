namespace ChatAssistant.Knowledge.Loading;

/// <summary>One problem in a content file, pointing an editor at the file, the line and the path inside it.</summary>
public sealed record ContentError(string File, int Line, string Path, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Path}: {Message}";
}

/// <summary>Thrown when content is invalid. The service refuses to start rather than serve half of it.</summary>
public sealed class InvalidContentException(IReadOnlyList<ContentError> errors)
    : Exception($"Knowledge content has {errors.Count} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors)}")
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;
}
