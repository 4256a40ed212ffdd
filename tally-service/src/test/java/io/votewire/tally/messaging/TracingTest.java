package io.votewire.tally.messaging;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import io.votewire.testkit.Tracing;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With tracing on, the tally's batch consumer still gives each record a span in the record's trace, the child of the
 * span its traceparent names (extraction's): the connector does it for batches too, one span a record.
 */
@QuarkusTest
@TestProfile(Tracing.On.class)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class TracingTest {
    @Inject
    InMemorySpanExporter spans;

    @Test
    void aVoteEventsRecordOfABatchIsASpanInItsTrace() {
        String id = "traced-" + UUID.randomUUID();
        Tracing.Parent extraction = Tracing.Parent.random();
        Topics.send("vote-events", id, Json.write(new ArticleExtraction(ArticleExtraction.VERSION, id, "rules-test",
                        null, null, null, null, null, "the engine failed (a test's report)", Instant.now())),
                "traceparent", extraction.traceparent());

        assertEquals(extraction.spanId(), Tracing.span(spans, extraction.traceId(), SpanKind.CONSUMER).getParentSpanId(),
                "a child of the extraction's span");
    }
}
