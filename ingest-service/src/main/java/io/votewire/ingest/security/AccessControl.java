package io.votewire.ingest.security;

import io.votewire.contract.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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
        this.adminToken = adminToken.filter(t -> !t.isBlank());
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String bearer = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (path.startsWith("/admin")) {
            if (adminToken.isEmpty()) {
                return Problem.of(403, "administration is disabled: set VOTEWIRE_ADMIN_TOKEN").toResponse();
            }
            if (bearer == null || !MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8),
                    adminToken.get().getBytes(StandardCharsets.UTF_8))) {
                return unauthorized("the admin token is missing or wrong");
            }
            return null;
        }
        if (!path.startsWith("/articles")) {
            return null;
        }
        if (bearer == null) {
            return unauthorized("send your newsroom's API key as 'Authorization: Bearer <key>'");
        }
        Optional<Newsrooms.Caller> caller = newsrooms.verify(bearer);
        if (caller.isEmpty()) {
            return unauthorized("unknown or revoked API key");
        }
        long wait = limiter.acquire(caller.get().keyId(), caller.get().ratePerMinute(), System.nanoTime());
        if (wait > 0) {
            return Problem.of(429, "rate limit of " + caller.get().ratePerMinute() + " requests per minute exceeded")
                    .toResponseBuilder().header("Retry-After", String.valueOf(wait)).build();
        }
        return null;
    }

    private static Response unauthorized(String reason) {
        return Problem.of(401, reason).toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"votewire\"").build();
    }

    private static String bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = header.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
