package io.votewire.contract.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Map;

/**
 * Operators' endpoints ({@code /admin/...}) answer only on the management interface ({@code quarkus.management.*},
 * its own port, kept inside the cluster), never on the public port, which answers 404 for them. They stay JAX-RS
 * resources with their own authentication: the management interface hands an {@code /admin} request to the
 * application's router, and a first route there refuses every {@code /admin} request that did not come that way.
 * Without the management interface enabled no request comes that way, so administration is closed, not opened.
 */
@ApplicationScoped
public class AdminOnManagementInterface {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set only while the management interface hands a request over; the guard runs within that call. */
    private static final ThreadLocal<Boolean> FROM_MANAGEMENT = ThreadLocal.withInitial(() -> false);

    private volatile Router application;

    void guardPublicPort(@Observes Router router) {
        application = router;
        router.route().order(Integer.MIN_VALUE).handler(this::refuseUnlessFromManagement);
    }

    void serveOnManagement(@Observes ManagementInterface management) {
        management.router().route("/admin*").handler(rc -> {
            // a request that ended with its headers (Content-Length: 0) has no body left to stream: the application's
            // own server pauses it first, handed over unpaused a resource reading its body would wait for ever
            if ("0".equals(rc.request().getHeader("Content-Length"))) {
                rc.setBody(Buffer.buffer());
            }
            FROM_MANAGEMENT.set(true);
            try {
                application.handleContext(rc);
            } finally {
                FROM_MANAGEMENT.remove();
            }
        });
    }

    private void refuseUnlessFromManagement(RoutingContext rc) {
        if (!isAdmin(rc.normalizedPath()) || FROM_MANAGEMENT.get()) {
            rc.next();
            return;
        }
        try {
            rc.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                    .end(JSON.writeValueAsString(Map.of("type", "about:blank", "title", "Not Found", "status", 404,
                            "detail", "no such resource here: administration answers on the management port only")));
        } catch (JsonProcessingException e) {
            rc.fail(e);
        }
    }

    /** Empty segments ("//admin") and matrix parameters ("/admin;x") are left out, as the resources' matching may. */
    static boolean isAdmin(String path) {
        String p = path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return p.equals("/admin") || p.startsWith("/admin/");
    }
}
