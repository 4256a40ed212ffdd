package io.votewire.gateway.rest;

import io.votewire.gateway.service.ChangeFeed;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Polling made cheap: a dashboard whose copy of a resolution, or of a page of them, is current gets its 304 on the
 * I/O thread from the change feed's memory, before any worker thread or database connection is taken. Whatever this
 * cannot decide goes on to the resource, which checks against the database. Memory may trail the database by one
 * poll of the feed (a quarter of a second by default).
 */
public class NotModifiedFilter {
    private final ChangeFeed feed;

    public NotModifiedFilter(ChangeFeed feed) {
        this.feed = feed;
    }

    @ServerRequestFilter(nonBlocking = true)
    public Optional<Response> currentCopy(ContainerRequestContext request, UriInfo uri, SimpleResourceInfo resource) {
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null || resource.getResourceClass() != ResolutionResource.class) {
            return Optional.empty();
        }
        String tag = switch (resource.getMethodName()) {
            case "get" -> {
                String id = uri.getPathParameters().getFirst("id");
                OptionalLong revision = id == null ? OptionalLong.empty() : feed.revision(id);
                yield revision.isPresent() ? ResolutionResource.detailTag(id, revision.getAsLong()) : null;
            }
            case "list" -> {
                OptionalLong last = feed.lastChange();
                yield last.isPresent() ? ResolutionResource.listTag(last.getAsLong(), uri.getRequestUri().getRawQuery()) : null;
            }
            default -> null;
        };
        if (tag == null || !matches(ifNoneMatch, tag)) {
            return Optional.empty();
        }
        return Optional.of(Response.notModified(new EntityTag(tag)).cacheControl(ResolutionResource.REVALIDATE).build());
    }

    /** If-None-Match holds one tag, a list of them, or "*" (RFC 9110: compared weakly for GET). */
    static boolean matches(String ifNoneMatch, String tag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.strip();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("*") || t.equals("\"" + tag + "\"")) {
                return true;
            }
        }
        return false;
    }
}
