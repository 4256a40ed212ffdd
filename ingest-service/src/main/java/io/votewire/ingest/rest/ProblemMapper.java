package io.votewire.ingest.rest;

import io.votewire.contract.problem.Problem;
import io.votewire.ingest.messaging.ArticlePublisher;
import io.votewire.ingest.security.RateLimited;
import io.votewire.ingest.service.InvalidArticle;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error of ingest as application/problem+json with the reason. */
public class ProblemMapper {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response invalid(InvalidArticle e) {
        return Problem.of(e.status(), e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response rateLimited(RateLimited e) {
        return e.toResponse();
    }

    @ServerExceptionMapper
    public Response brokerDown(ArticlePublisher.BrokerUnavailable e) {
        LOG.warn(e.getMessage());
        return Problem.of(503, "the article was not accepted: the message broker is unavailable; retry later")
                .toResponseBuilder().header("Retry-After", "5").build();
    }
}
