package io.votewire.contract.problem;

import io.votewire.contract.Retry;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A bug or an outage still answers problem+json. An outage of the database or the broker is 503 with Retry-After, as
 * nothing was kept and a retry will do; a bug is 500, and the log line carries the incident id the client sees.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<RuntimeException> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(RuntimeException e) {
        if (Retry.isOutage(e)) {
            LOG.warning("unavailable: " + e);
            return Problem.of(503, "temporarily unavailable (the database or the message broker cannot be reached);"
                    + " nothing was kept, retry later").toResponseBuilder().header("Retry-After", "5").build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return Problem.of(500, "unexpected error; incident " + incident).with("incident", incident).toResponse();
    }
}
