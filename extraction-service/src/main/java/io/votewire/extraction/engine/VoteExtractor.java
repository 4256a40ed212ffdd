package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.reader.ArticleReader;

import java.util.List;

/** The extraction engine as the service sees it: an article in, its recorded UN votes out. Thread-safe. */
public final class VoteExtractor {
    public static final String VERSION = ArticleReader.VERSION;

    /** Ingest's cap on an article (1 MiB); longer text is no news article and could hold the engine for minutes. */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;

    private final ArticleReader reader = new ArticleReader();
    private final int maxChars;

    public VoteExtractor() {
        this(DEFAULT_MAX_CHARS);
    }

    public VoteExtractor(int maxChars) {
        this.maxChars = maxChars;
    }

    /** @throws IllegalArgumentException for a body over the limit: the article can never be read */
    public List<VoteEvent> extract(Article article) {
        if (article.body().length() > maxChars) {
            throw new IllegalArgumentException("the article has " + article.body().length()
                    + " characters, over the engine's limit of " + maxChars);
        }
        return reader.read(article);
    }
}
