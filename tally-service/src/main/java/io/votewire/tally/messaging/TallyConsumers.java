package io.votewire.tally.messaging;

import io.smallrye.common.annotation.Blocking;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.contract.MessageRejected;
import io.votewire.contract.Retry;
import io.votewire.tally.service.ExtractionTally;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Both inputs of the tally. A message that is not ours is thrown as {@link MessageRejected} and dead-lettered
 * (see application.properties); a database outage is waited out, holding the offset, so nothing is skipped.
 */
@ApplicationScoped
public class TallyConsumers {
    private static final Logger LOG = Logger.getLogger(TallyConsumers.class);

    private final ExtractionTally tally;

    public TallyConsumers(ExtractionTally tally) {
        this.tally = tally;
    }

    @Incoming("articles")
    @Blocking
    public void onArticle(ConsumerRecord<String, String> record) {
        Article article = Json.read(valueOf(record), Article.class);
        if (article.version() != Article.VERSION || article.id() == null) {
            throw new MessageRejected("unsupported article message (version " + article.version() + ")");
        }
        Retry.untilDone(() -> tally.recordArticle(article),
                e -> LOG.warnf("recording article %s failed, retrying: %s", article.id(), e));
    }

    @Incoming("vote-events")
    @Blocking
    public void onExtraction(ConsumerRecord<String, String> record) {
        ArticleExtraction x = Json.read(valueOf(record), ArticleExtraction.class);
        if (x.version() != ArticleExtraction.VERSION || x.articleId() == null || x.extractorVersion() == null) {
            throw new MessageRejected("unsupported vote-events message (version " + x.version() + ")");
        }
        Retry.untilDone(() -> tally.apply(x),
                e -> LOG.warnf("tallying article %s failed, retrying: %s", x.articleId(), e));
    }

    private static String valueOf(ConsumerRecord<String, String> record) {
        return record.value() == null ? "" : record.value();
    }
}
