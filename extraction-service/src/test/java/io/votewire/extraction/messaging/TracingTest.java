package io.votewire.extraction.messaging;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.votewire.contract.Article;
import io.votewire.contract.Json;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.Topics;
import io.votewire.testkit.Tracing;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With tracing on, an article's extraction continues the trace its record came with (ingest's POST): the article
 * is a span whose parent is the record's traceparent, and the vote-events record names that span as its parent.
 */
@QuarkusTest
@TestProfile(Tracing.On.class)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
class TracingTest {
    @Inject
    InMemorySpanExporter spans;

    @Test
    void theVoteEventsRecordContinuesTheArticlesTrace() {
        String id = "traced-" + UUID.randomUUID();
        Tracing.Parent post = Tracing.Parent.random();
        Topics.send("articles", id, Json.write(new Article(Article.VERSION, id, null, "2031-05-03", null,
                        "The Security Council on Friday adopted resolution 2997 (2031) unanimously.", Instant.now())),
                "traceparent", post.traceparent());

        Tracing.Parent record = Tracing.Parent.of(Topics.firstWithKey("vote-events", id));
        assertEquals(post.traceId(), record.traceId(), "the extraction is in the article's trace");
        SpanData article = Tracing.span(spans, post.traceId(), SpanKind.CONSUMER);
        assertEquals(post.spanId(), article.getParentSpanId(), "the article's span is a child of the record's parent");
        assertEquals(article.getSpanId(), record.spanId(), "the vote-events record's parent is the article's span");
    }
}
