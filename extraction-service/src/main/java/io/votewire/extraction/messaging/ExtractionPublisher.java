package io.votewire.extraction.messaging;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Evidence;
import io.votewire.contract.Json;
import io.votewire.contract.Retry;
import io.votewire.contract.VoteEvent;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes an article's extraction keyed by article id and waits for the broker; through a broker outage it
 * retries, holding the consumer, rather than dead-lettering an article that did nothing wrong. A refusal that will
 * not pass (a record over the broker's limit) ends in {@link io.votewire.contract.MessageRejected} after a few tries.
 * The record carries the current trace context (the article's span, {@link ArticleConsumer}) in its headers.
 */
@ApplicationScoped
public class ExtractionPublisher {
    private static final Logger LOG = Logger.getLogger(ExtractionPublisher.class);
    private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

    private final MutinyEmitter<String> voteEvents;
    private final MessageLimits limits;
    private final TextMapPropagator propagator;

    public ExtractionPublisher(@Channel("vote-events") MutinyEmitter<String> voteEvents, MessageLimits limits,
                               OpenTelemetry telemetry) {
        this.voteEvents = voteEvents;
        this.limits = limits;
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
    }

    public void publish(ArticleExtraction found) {
        ArticleExtraction extraction = withinLimits(found);
        RecordHeaders headers = new RecordHeaders();
        propagator.inject(Context.current(), headers, TraceHeaders.SETTER);
        Message<String> message = Message.of(Json.write(extraction)).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(extraction.articleId()).withHeaders(headers).build());
        Retry.untilDone(() -> voteEvents.sendMessage(message).await().atMost(ACK_TIMEOUT),
                e -> LOG.warnf("publishing the extraction of %s failed, retrying: %s", extraction.articleId(), e));
    }

    private ArticleExtraction withinLimits(ArticleExtraction x) {
        if (x.events() == null) {
            return x;
        }
        if (x.events().size() > limits.maxEvents()) {
            LOG.warnf("article %s: %d events, only the first %d are published", x.articleId(), x.events().size(),
                    limits.maxEvents());
        }
        List<VoteEvent> events = x.events().stream().limit(limits.maxEvents()).map(this::withEvidenceWithinLimit).toList();
        return new ArticleExtraction(x.version(), x.articleId(), x.extractorVersion(), x.published(), x.url(),
                x.headline(), x.fingerprint(), events, x.error(), x.extractedAt(), x.attempt());
    }

    private VoteEvent withEvidenceWithinLimit(VoteEvent e) {
        if (e.evidence() == null) {
            return e;
        }
        List<Evidence> kept = new ArrayList<>();
        int left = limits.maxEvidenceBytes();
        for (Evidence sentence : e.evidence()) {
            int bytes = sentence.text() == null ? 0 : sentence.text().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > left) {
                if (kept.isEmpty()) {
                    kept.add(cut(sentence, left));
                }
                break;
            }
            kept.add(sentence);
            left -= bytes;
        }
        return new VoteEvent(e.eventId(), e.body(), e.kind(), e.date(), e.title(), e.symbol(), e.sponsors(), e.counts(),
                e.outcome(), e.positions(), kept, e.confidence(), e.monthDay());
    }

    /** The sentence's opening, as many whole characters as fit in {@code maxBytes}, with its offsets to match. */
    private static Evidence cut(Evidence sentence, int maxBytes) {
        String text = sentence.text();
        int end = 0;
        for (int bytes = 0; end < text.length(); ) {
            int cp = text.codePointAt(end);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (bytes > maxBytes) {
                break;
            }
            end += Character.charCount(cp);
        }
        return new Evidence(text.substring(0, end), sentence.start(), sentence.start() + end);
    }
}
