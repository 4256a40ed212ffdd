package io.votewire.contract.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The framework's own HTTP errors (unknown path, wrong method, unacceptable type) as problem+json. */
@Provider
public class HttpErrorMapper implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
        Response r = e.getResponse();
        int status = r == null ? 500 : r.getStatus();
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? "HTTP " + status : e.getMessage();
        Response.ResponseBuilder b = Problem.of(status, detail).toResponseBuilder();
        if (r != null) {
            r.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                    values.forEach(v -> b.header(name, v));
                }
            });
        }
        return b.build();
    }
}
