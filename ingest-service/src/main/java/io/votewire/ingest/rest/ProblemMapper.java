package io.votewire.ingest.rest;

import io.votewire.contract.problem.Problem;
import io.votewire.ingest.security.RateLimited;
import io.votewire.ingest.service.InvalidArticle;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of ingest as application/problem+json with the reason. */
public class ProblemMapper {
    @ServerExceptionMapper
    public Response invalid(InvalidArticle e) {
        return Problem.of(e.status(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e) {
        return e.toResponse();
    }
}
