package io.votewire.gateway.rest;

import io.votewire.contract.problem.Problem;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A database outage is the service being unavailable, not a bug: 503 with a hint when to come back. */
public class TallyUnavailableMapper {
    @ServerExceptionMapper
    public Response unavailable(TallyReader.TallyUnavailable e) {
        return Problem.of(503, e.getMessage()).toResponseBuilder().header("Retry-After", "5").build();
    }
}
