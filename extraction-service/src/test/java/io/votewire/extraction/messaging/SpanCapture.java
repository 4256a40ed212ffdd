package io.votewire.extraction.messaging;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Finished spans, kept in memory for {@link TracingTest} (the exporter Quarkus uses when the SDK is on). */
public class SpanCapture {
    @Produces
    @Singleton
    InMemorySpanExporter spans() {
        return InMemorySpanExporter.create();
    }
}
