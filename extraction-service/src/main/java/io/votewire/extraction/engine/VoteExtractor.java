package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.reader.ArticleReader;
import io.votewire.extraction.reader.Deadline;

import java.time.Duration;
import java.util.List;

/** The extraction engine as the service sees it: an article in, its recorded UN votes out. Thread-safe. */
public final class VoteExtractor {
    public static final String VERSION = ArticleReader.VERSION;

    /** Ingest's cap on an article (1 MiB); longer text is no news article and could hold the engine for minutes. */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;

    private final ArticleReader reader = new ArticleReader();
    private final int maxChars;
    /** How long one article may take, or null for no limit. */
    private final Duration deadline;

    /** Without a deadline: for backfills of trusted archives and the benchmarks, which measure the whole reading. */
    public VoteExtractor() {
        this(DEFAULT_MAX_CHARS, null);
    }

    public VoteExtractor(int maxChars, Duration deadline) {
        this.maxChars = maxChars;
        this.deadline = deadline;
    }

    /**
     * @throws IllegalArgumentException for a body over the limit: the article can never be read
     * @throws Deadline.Exceeded when reading the article takes longer than the deadline
     */
    public List<VoteEvent> extract(Article article) {
        if (article.body().length() > maxChars) {
            throw new IllegalArgumentException("the article has " + article.body().length()
                    + " characters, over the engine's limit of " + maxChars);
        }
        return reader.read(article, deadline == null ? Deadline.NONE : Deadline.after(deadline));
    }
}
