package io.votewire.gateway.rest;

import io.votewire.contract.problem.Problem;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database outage is the service being unavailable, not a bug: 503 with a hint when to come back. The database's
 * own error text goes to the log only: it can quote the client's input and tells strangers about the schema.
 */
public class TallyUnavailableMapper {
    private static final Logger LOG = Logger.getLogger(TallyUnavailableMapper.class);

    @ServerExceptionMapper
    public Response unavailable(TallyReader.TallyUnavailable e) {
        LOG.warnf("%s: %s", e.getMessage(), e.getCause());
        return Problem.of(503, e.getMessage() + "; retry later").toResponseBuilder().header("Retry-After", "5").build();
    }
}
