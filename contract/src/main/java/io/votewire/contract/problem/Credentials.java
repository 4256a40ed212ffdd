package io.votewire.contract.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** Bearer credentials as every Votewire service reads them, and the operators' admin token check. */
public final class Credentials {
    private Credentials() {
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null. */
    public static String bearer(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorizationHeader.substring(7).strip();
        return token.isEmpty() ? null : token;
    }

    /**
     * Null when the header carries the configured admin token; otherwise the answer to give: 403 when administration
     * is disabled (no token configured), 401 when the token is missing or wrong. Compared in constant time.
     */
    public static Response refuseUnlessAdmin(Optional<String> adminToken, String authorizationHeader) {
        Optional<String> configured = adminToken.filter(t -> !t.isBlank());
        if (configured.isEmpty()) {
            return Problem.of(403, "administration is disabled: set VOTEWIRE_ADMIN_TOKEN").toResponse();
        }
        String bearer = bearer(authorizationHeader);
        if (bearer == null || !MessageDigest.isEqual(bearer.getBytes(StandardCharsets.UTF_8),
                configured.get().getBytes(StandardCharsets.UTF_8))) {
            return unauthorized("the admin token is missing or wrong");
        }
        return null;
    }

    public static Response unauthorized(String reason) {
        return Problem.of(401, reason).toResponseBuilder().header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"votewire\"").build();
    }
}
