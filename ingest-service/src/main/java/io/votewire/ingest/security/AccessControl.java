package io.votewire.ingest.security;

import io.votewire.contract.problem.Credentials;
import io.votewire.contract.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Newsrooms push with {@code Authorization: Bearer <api key>} (401 without a valid one, 429 over their rate);
 * {@code /admin} needs the operator's admin token. Health, metrics and OpenAPI stay open.
 */
@ApplicationScoped
public class AccessControl {
    private final Newsrooms newsrooms;
    private final Optional<String> adminToken;
    private final RateLimiter limiter = new RateLimiter();

    public AccessControl(Newsrooms newsrooms, @ConfigProperty(name = "votewire.admin-token") Optional<String> adminToken) {
        this.newsrooms = newsrooms;
        this.adminToken = adminToken;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (path.startsWith("/admin")) {
            return Credentials.refuseUnlessAdmin(adminToken, authorization);
        }
        if (!path.startsWith("/articles")) {
            return null;
        }
        String bearer = Credentials.bearer(authorization);
        if (bearer == null) {
            return Credentials.unauthorized("send your newsroom's API key as 'Authorization: Bearer <key>'");
        }
        Optional<Newsrooms.Caller> caller = newsrooms.verify(bearer);
        if (caller.isEmpty()) {
            return Credentials.unauthorized("unknown or revoked API key");
        }
        long wait = limiter.acquire(caller.get().keyId(), caller.get().ratePerMinute(), System.nanoTime());
        if (wait > 0) {
            return Problem.of(429, "rate limit of " + caller.get().ratePerMinute() + " requests per minute exceeded")
                    .toResponseBuilder().header("Retry-After", String.valueOf(wait)).build();
        }
        return null;
    }
}
