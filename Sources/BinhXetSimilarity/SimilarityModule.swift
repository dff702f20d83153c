// Placeholder until the similarity checker lands (issue 3).
public enum SimilarityModule {}
