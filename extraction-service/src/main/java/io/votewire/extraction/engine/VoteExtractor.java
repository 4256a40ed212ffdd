package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.reader.ArticleReader;

import java.util.List;

/** The extraction engine as the service sees it: an article in, its recorded UN votes out. Thread-safe. */
public final class VoteExtractor {
    public static final String VERSION = ArticleReader.VERSION;

    private final ArticleReader reader = new ArticleReader();

    public List<VoteEvent> extract(Article article) {
        return reader.read(article);
    }
}
