package io.votewire.ingest.security;

import io.votewire.contract.problem.Problem;
import jakarta.ws.rs.core.Response;

/** Over a rate: 429 with the reason and when to come back. */
public class RateLimited extends RuntimeException {
    private final long retryAfterSeconds;

    public RateLimited(long retryAfterSeconds, String reason) {
        super(reason);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Response toResponse() {
        return Problem.of(429, getMessage()).toResponseBuilder()
                .header("Retry-After", String.valueOf(retryAfterSeconds)).build();
    }
}
