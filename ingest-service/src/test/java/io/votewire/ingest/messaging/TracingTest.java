package io.votewire.ingest.messaging;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.votewire.ingest.security.Newsrooms;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import io.votewire.testkit.Tracing;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * With tracing on, the record the outbox relay publishes (later, from its own thread) continues the trace of the POST
 * that accepted the article: its traceparent header names the POST's server span.
 */
@QuarkusTest
@TestProfile(Tracing.On.class)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class TracingTest {
    @Inject
    InMemorySpanExporter spans;
    @Inject
    Newsrooms newsrooms;

    @Test
    void theRelaysRecordCarriesTheTraceparentOfThePost() {
        String key = (String) newsrooms.create("tracing " + UUID.randomUUID(), 10_000, null).get("key");
        String id = "traced-" + UUID.randomUUID();
        Tracing.Parent client = Tracing.Parent.random();
        given().header("Authorization", "Bearer " + key).header("traceparent", client.traceparent())
                .contentType(ContentType.JSON).body(Map.of("id", id, "body", "The Assembly voted.")).post("/articles")
                .then().statusCode(202);

        Tracing.Parent record = Tracing.Parent.of(Topics.firstWithKey("articles", id));
        assertEquals(client.traceId(), record.traceId(), "the record is in the POST's trace");
        SpanData post = Tracing.span(spans, client.traceId(), SpanKind.SERVER);
        assertEquals(client.spanId(), post.getParentSpanId(), "the server span continues the client's");
        assertEquals(post.getSpanId(), record.spanId(), "the record's parent is the POST's span");
    }
}
