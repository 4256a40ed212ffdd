package io.votewire.tally.messaging;

import io.smallrye.common.annotation.Blocking;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.contract.MessageRejected;
import io.votewire.contract.Retry;
import io.votewire.tally.service.ExtractionTally;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Both inputs of the tally, consumed in batches: one transaction per batch, each message still applied once
 * (the tally skips what it already applied). A message that is not ours is dead-lettered on its own before the
 * batch is applied; a batch that fails for another reason than an outage is applied again message by message, so
 * only the message at fault is dead-lettered. A database or broker outage is waited out, holding the offsets, so
 * nothing is skipped.
 */
@ApplicationScoped
public class TallyConsumers {
    private static final Logger LOG = Logger.getLogger(TallyConsumers.class);

    private final ExtractionTally tally;
    private final DeadLetters deadLetters;
    /** batches as they arrive and how long each takes, per topic: freshness is their size times their time (#15) */
    private final Batches articleBatches;
    private final Batches extractionBatches;

    public TallyConsumers(ExtractionTally tally, DeadLetters deadLetters, MeterRegistry meters) {
        this.tally = tally;
        this.deadLetters = deadLetters;
        this.articleBatches = new Batches(meters, "articles");
        this.extractionBatches = new Batches(meters, "vote-events");
    }

    private record Batches(DistributionSummary size, Timer time) {
        Batches(MeterRegistry meters, String topic) {
            this(DistributionSummary.builder("votewire.tally.batch.records").description("records in a batch the tally consumed")
                            .tag("topic", topic).publishPercentiles(0.5, 0.99).register(meters),
                    Timer.builder("votewire.tally.batch").description("time to apply a batch, dead letters included")
                            .tag("topic", topic).publishPercentiles(0.5, 0.99).register(meters));
        }
    }

    @Incoming("articles")
    @Blocking
    public void onArticles(ConsumerRecords<String, String> records) {
        consume(articleBatches, records, TallyConsumers::article, tally::recordArticles, tally::recordArticle, Article::id);
    }

    @Incoming("vote-events")
    @Blocking
    public void onExtractions(ConsumerRecords<String, String> records) {
        consume(extractionBatches, records, TallyConsumers::extraction, tally::applyAll, tally::apply, ArticleExtraction::articleId);
    }

    private static Article article(String json) {
        Article article = Json.read(json, Article.class);
        if (article.version() != Article.VERSION || article.id() == null) {
            throw new MessageRejected("unsupported article message (version " + article.version() + ")");
        }
        return article;
    }

    private static ArticleExtraction extraction(String json) {
        ArticleExtraction x = Json.read(json, ArticleExtraction.class);
        if (x.version() != ArticleExtraction.VERSION || x.articleId() == null || x.extractorVersion() == null) {
            throw new MessageRejected("unsupported vote-events message (version " + x.version() + ")");
        }
        return x;
    }

    private <T> void consume(Batches batches, ConsumerRecords<String, String> records, Function<String, T> parse,
                             Consumer<List<T>> applyAll, Consumer<T> applyOne, Function<T, String> idOf) {
        batches.size().record(records.count());
        batches.time().record(() -> consume(records, parse, applyAll, applyOne, idOf));
    }

    private <T> void consume(ConsumerRecords<String, String> records, Function<String, T> parse,
                             Consumer<List<T>> applyAll, Consumer<T> applyOne, Function<T, String> idOf) {
        List<ConsumerRecord<String, String>> accepted = new ArrayList<>();
        List<T> messages = new ArrayList<>();
        for (ConsumerRecord<String, String> r : records) {
            try {
                messages.add(parse.apply(r.value() == null ? "" : r.value()));
                accepted.add(r);
            } catch (MessageRejected e) {
                deadLetter(r, e);
            }
        }
        if (messages.isEmpty()) {
            return;
        }
        try {
            Retry.untilDone(() -> {
                try {
                    applyAll.accept(messages);
                } catch (RuntimeException e) {
                    // a message's fault, not an outage: find which one below, each in its own transaction
                    throw Retry.isOutage(e) ? e : new MessageRejected(e.toString());
                }
            }, e -> LOG.warnf("tallying a batch of %d failed, retrying: %s", messages.size(), e));
        } catch (MessageRejected batchFailed) {
            LOG.warnf("a batch of %d failed (%s); applying its messages one by one", messages.size(), batchFailed.getMessage());
            for (int i = 0; i < messages.size(); i++) {
                T m = messages.get(i);
                try {
                    Retry.untilDone(() -> applyOne.accept(m),
                            e -> LOG.warnf("tallying %s failed, retrying: %s", idOf.apply(m), e));
                } catch (MessageRejected e) {
                    deadLetter(accepted.get(i), e);
                }
            }
        }
    }

    private void deadLetter(ConsumerRecord<String, String> r, MessageRejected reason) {
        LOG.warnf("dead-lettering %s@%d/%d (key %s): %s", r.topic(), r.partition(), r.offset(), r.key(), reason.getMessage());
        Retry.untilDone(() -> deadLetters.send(r, reason.getMessage()),
                e -> LOG.warnf("dead-lettering %s failed, retrying: %s", r.key(), e));
    }
}
