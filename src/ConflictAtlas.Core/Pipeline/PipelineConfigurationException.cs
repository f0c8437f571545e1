namespace ConflictAtlas.Core.Pipeline;

/// <summary>The stages given to <see cref="PipelineBuilder"/> cannot run in that order.</summary>
public sealed class PipelineConfigurationException(string message) : Exception(message);
