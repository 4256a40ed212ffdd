package io.votewire.ingest.security;

import io.votewire.contract.problem.Credentials;
import io.votewire.ingest.service.InvalidArticle;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Newsrooms push with {@code Authorization: Bearer <api key>} (401 without a valid one, 429 over their rate);
 * {@code /admin} needs the operator's admin token. Health, metrics and OpenAPI stay open. A client address that
 * failed to authenticate more than {@link AuthLimits#failuresPerMinute()} times a minute gets 429: its unknown keys
 * are not even looked up, and its admin token guesses not compared, until it is under the limit again.
 */
@ApplicationScoped
public class AccessControl {
    private final Newsrooms newsrooms;
    private final Optional<String> adminToken;
    private final RateLimiter limiter;
    private final RateLimiter failures;
    private final int failuresPerMinute;

    public AccessControl(Newsrooms newsrooms, @ConfigProperty(name = "votewire.admin-token") Optional<String> adminToken,
                         AuthLimits limits) {
        this.newsrooms = newsrooms;
        this.adminToken = adminToken;
        this.limiter = new RateLimiter(limits.keyCache().maxSize());
        this.failures = new RateLimiter(limits.trackedAddresses());
        this.failuresPerMinute = limits.failuresPerMinute();
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        boolean admin = path.startsWith("/admin");
        if (!admin && !path.startsWith("/articles")) {
            return null;
        }
        // the peer, or the client a trusted proxy names when quarkus.http.proxy is set up for it
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String bearer = Credentials.bearer(authorization);
        Optional<Newsrooms.Caller> caller = admin || bearer == null ? Optional.empty() : newsrooms.cached(bearer);
        if (caller.isEmpty()) {
            long wait = failures.waitFor(address, failuresPerMinute, System.nanoTime());
            if (wait > 0) {
                return tooManyFailures(wait);
            }
        }
        if (admin) {
            Response refused = Credentials.refuseUnlessAdmin(adminToken, authorization);
            return refused != null && refused.getStatus() == 401 ? failed(address, refused) : refused;
        }
        if (bearer == null) {
            return failed(address, Credentials.unauthorized("send your newsroom's API key as 'Authorization: Bearer <key>'"));
        }
        if (caller.isEmpty()) {
            caller = newsrooms.verify(bearer);
            if (caller.isEmpty()) {
                return failed(address, Credentials.unauthorized("unknown or revoked API key"));
            }
        }
        long wait = limiter.acquire(caller.get().keyId(), caller.get().ratePerMinute(), System.nanoTime());
        if (wait > 0) {
            return new RateLimited(wait, "rate limit of " + caller.get().ratePerMinute() + " requests per minute exceeded")
                    .toResponse();
        }
        return null;
    }

    /** Counts a failed authentication against the address: its answer, or 429 once the address is over the limit. */
    private Response failed(String address, Response unauthorized) {
        long wait = failures.acquire(address, failuresPerMinute, System.nanoTime());
        return wait > 0 ? tooManyFailures(wait) : unauthorized;
    }

    private Response tooManyFailures(long wait) {
        return new RateLimited(wait, "more than " + failuresPerMinute
                + " failed authentications per minute from this address").toResponse();
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
