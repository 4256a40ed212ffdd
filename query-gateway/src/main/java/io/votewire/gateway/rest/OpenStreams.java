package io.votewire.gateway.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.concurrent.atomic.AtomicInteger;

/** The change streams this instance serves, capped: each holds a connection and a subscription for as long as it lasts. */
@ApplicationScoped
public class OpenStreams {
    private final AtomicInteger open = new AtomicInteger();
    private final StreamLimits limits;

    public OpenStreams(StreamLimits limits) {
        this.limits = limits;
    }

    /** Takes a place for a new stream, or refuses with 503 and Retry-After: another instance, or later, will serve it. */
    void open() {
        if (open.incrementAndGet() > limits.max()) {
            open.decrementAndGet();
            throw new WebApplicationException("this instance already serves " + limits.max()
                    + " change streams; reconnect later, or poll GET /changes meanwhile",
                    Response.status(503).header(HttpHeaders.RETRY_AFTER, limits.retryAfter().toSeconds()).build());
        }
    }

    void close() {
        open.decrementAndGet();
    }
}
