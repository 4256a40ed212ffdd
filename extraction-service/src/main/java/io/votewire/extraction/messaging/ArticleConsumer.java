package io.votewire.extraction.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.common.annotation.Blocking;
import io.votewire.contract.Article;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Fingerprint;
import io.votewire.contract.Json;
import io.votewire.contract.MessageRejected;
import io.votewire.contract.VoteEvent;
import io.votewire.extraction.engine.VoteExtractor;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Reads raw articles and publishes what the engine finds in each, one {@code vote-events} message per article.
 * An article that can never be processed is reported as failed downstream and then thrown, which sends it to the
 * dead-letter topic (failure-strategy in application.properties) while the stream goes on. With tracing on, each
 * article is a span in the trace its record's {@code traceparent} names (ingest's POST), and so is its extraction.
 */
@ApplicationScoped
public class ArticleConsumer {
    private static final Logger LOG = Logger.getLogger(ArticleConsumer.class);

    private final Function<Article, List<VoteEvent>> engine;
    private final ExtractionPublisher publisher;
    private final Tracer tracer;
    private final TextMapPropagator propagator;
    /** from ingest's receipt of an article to its extraction acknowledged by the broker */
    private final Timer receivedToExtracted = Timer.builder("votewire.received.to.extracted")
            .description("from ingest's receipt of an article to its extraction published")
            .publishPercentiles(0.5, 0.99).publishPercentileHistogram().register(Metrics.globalRegistry);

    @Inject
    public ArticleConsumer(ExtractionPublisher publisher, EngineLimits limits, OpenTelemetry telemetry,
                           @ConfigProperty(name = "votewire.extraction.max-article-chars") int maxArticleChars) {
        this(publisher, new VoteExtractor(maxArticleChars, limits.deadline())::extract, telemetry);
    }

    /** With any engine: tests use one that fails as no real article can make the real one fail on demand. */
    ArticleConsumer(ExtractionPublisher publisher, Function<Article, List<VoteEvent>> engine) {
        this(publisher, engine, OpenTelemetry.noop());
    }

    private ArticleConsumer(ExtractionPublisher publisher, Function<Article, List<VoteEvent>> engine,
                            OpenTelemetry telemetry) {
        this.publisher = publisher;
        this.engine = engine;
        this.tracer = telemetry.getTracer("votewire-extraction");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
    }

    @Incoming("articles")
    @Blocking
    public void onArticle(ConsumerRecord<String, String> record) {
        Context parent = propagator.extract(Context.root(), record.headers(), TraceHeaders.GETTER);
        Span span = tracer.spanBuilder("articles process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("votewire.article.id", record.key())
                .startSpan();
        // current while the article is read and its extraction (or failure) published, which carries it on
        try (Scope ignored = span.makeCurrent()) {
            extract(record);
        } catch (RuntimeException | Error e) {
            span.setStatus(StatusCode.ERROR, e.toString());
            throw e;
        } finally {
            span.end();
        }
    }

    private void extract(ConsumerRecord<String, String> record) {
        Article article;
        try {
            article = Json.read(record.value() == null ? "" : record.value(), Article.class);
            if (article.version() != Article.VERSION) {
                throw new MessageRejected("unsupported article schema version " + article.version());
            }
            if (article.id() == null || article.body() == null) {
                throw new MessageRejected("article without id or body");
            }
        } catch (MessageRejected e) {
            reject(record.key(), null, e.getMessage());
            throw e;
        }
        List<VoteEvent> events;
        try {
            events = engine.apply(article);
        } catch (RuntimeException | Error e) {
            // an Error too (a StackOverflowError deep in an expression): uncaught, it would leave the article
            // "accepted" for ever instead of dead-lettered and failed
            String reason = "the extraction engine failed: " + e;
            LOG.errorf(e, "article %s: %s", article.id(), reason);
            reject(article.id(), article, reason);
            throw new MessageRejected(reason);
        }
        try {
            publisher.publish(new ArticleExtraction(ArticleExtraction.VERSION, article.id(), VoteExtractor.VERSION,
                    article.published(), article.url(), article.headline(), Fingerprint.of(article.body()).toString(),
                    events, null, Instant.now(), article.attempt()));
            if (article.receivedAt() != null) {
                receivedToExtracted.record(Duration.between(article.receivedAt(), Instant.now()));
            }
        } catch (MessageRejected e) {
            // the broker refuses the extraction for good (too large); the failure report, without events, is small
            String reason = "the extraction could not be published: " + e.getMessage();
            reject(article.id(), article, reason);
            throw new MessageRejected(reason);
        }
    }

    /** Tells the tally the article failed, so its status says so; without a key there is no article to tell about. */
    private void reject(String key, Article article, String reason) {
        if (key == null) {
            return;
        }
        publisher.publish(new ArticleExtraction(ArticleExtraction.VERSION, key, VoteExtractor.VERSION,
                article == null ? null : article.published(), article == null ? null : article.url(),
                article == null ? null : article.headline(), null, null, reason, Instant.now(),
                article == null ? 0 : article.attempt()));
    }
}
