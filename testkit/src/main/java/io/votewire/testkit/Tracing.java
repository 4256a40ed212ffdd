package io.votewire.testkit;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTestProfile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Tests of trace propagation: a profile with the OpenTelemetry SDK on (a service's tests provide an
 * {@link InMemorySpanExporter} bean), W3C traceparents to send, and the spans and headers to check.
 */
public final class Tracing {
    private Tracing() {
    }

    /** The SDK on, each span exported as it ends (to the module's in-memory exporter), no OTLP exporter. */
    public static class On implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.simple", "true",
                    "quarkus.otel.exporter.otlp.enabled", "false");
        }
    }

    /** A sampled W3C trace context of a new trace: what a caller upstream sends. */
    public record Parent(String traceId, String spanId) {
        public static Parent random() {
            String hex = UUID.randomUUID().toString().replace("-", "");
            return new Parent(hex, hex.substring(8, 24));
        }

        public String traceparent() {
            return "00-" + traceId + "-" + spanId + "-01";
        }

        /** The trace context a record's {@code traceparent} header names; fails the test without one. */
        public static Parent of(ConsumerRecord<?, ?> record) {
            Header header = record.headers().lastHeader("traceparent");
            if (header == null) {
                throw new AssertionError("record " + record.key() + " on " + record.topic() + " has no traceparent");
            }
            String[] parts = new String(header.value(), StandardCharsets.US_ASCII).split("-");
            return new Parent(parts[1], parts[2]);
        }
    }

    /** Waits for the first ended span of this kind in the trace. */
    public static SpanData span(InMemorySpanExporter spans, String traceId, SpanKind kind) {
        return await("a " + kind + " span in trace " + traceId).atMost(Duration.ofSeconds(30))
                .until(() -> spans.getFinishedSpanItems().stream()
                        .filter(s -> s.getTraceId().equals(traceId) && s.getKind() == kind).findFirst(),
                        Optional::isPresent).get();
    }
}
