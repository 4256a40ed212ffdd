package io.votewire.ingest.security;

import io.votewire.contract.problem.Credentials;
import io.votewire.ingest.service.InvalidArticle;
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
            return new RateLimited(wait, "rate limit of " + caller.get().ratePerMinute() + " requests per minute exceeded")
                    .toResponse();
        }
        return null;
    }

    /**
     * A batch counts one article per request against the key's rate, so batching is no way around it: the request
     * paid for its first article in {@link #check}, this charges the rest, all or nothing.
     *
     * @throws RateLimited when the rest is more than the key has left now
     * @throws InvalidArticle 413 when the batch is more than the key's rate allows in a minute at all
     */
    public void chargeBatch(String authorization, int articles) {
        Newsrooms.Caller caller = newsrooms.verify(Credentials.bearer(authorization))
                .orElseThrow(() -> new InvalidArticle(401, "unknown or revoked API key")); // revoked since check
        if (articles > caller.ratePerMinute()) {
            throw new InvalidArticle(413, "a batch of " + articles + " articles is more than this key's rate of "
                    + caller.ratePerMinute() + " per minute; send at most that many per batch");
        }
        if (articles > 1) {
            long wait = limiter.acquire(caller.keyId(), caller.ratePerMinute(), articles - 1, System.nanoTime());
            if (wait > 0) {
                throw new RateLimited(wait, "a batch of " + articles + " articles exceeds the rate limit of "
                        + caller.ratePerMinute() + " articles per minute");
            }
        }
    }
}
