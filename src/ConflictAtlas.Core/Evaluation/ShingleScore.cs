namespace ConflictAtlas.Core.Evaluation;

/// <summary>
/// Scores of the article-extraction benchmark's shingle method over a set of pages: macro precision (over pages
/// with any predicted or matching shingle), macro recall, F1 as their harmonic mean, exact-token accuracy, and
/// the number of pages where nothing was extracted.
/// </summary>
public sealed record ShingleScore(double Precision, double Recall, double F1, double Accuracy, int Pages, int EmptyPages);
