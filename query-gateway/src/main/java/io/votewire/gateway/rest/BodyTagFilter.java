package io.votewire.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A strong ETag for the reads that have no cheaper validator than their body (an article's status, a country's
 * record, a resolution's sources, a page of changes): the hash of the body. A matching If-None-Match turns the answer
 * into a 304, which saves the transfer though not the query. Resolutions and their lists carry their own tags,
 * checked before anything is read.
 */
public class BodyTagFilter {
    private final ObjectMapper mapper;

    public BodyTagFilter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        Object entity = response.getEntity();
        boolean json = entity instanceof String || entity instanceof JsonNode || entity instanceof Map || entity instanceof List;
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || response.getStatus() != 200
                || response.getHeaders().containsKey(HttpHeaders.ETAG) || !json) {
            return; // the event stream, for one, is no body to hash
        }
        String body = entity instanceof String s ? s : mapper.writeValueAsString(entity);
        String tag = "b" + sha256(body).substring(0, 24);
        response.setEntity(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, new EntityTag(tag));
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && NotModifiedFilter.matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    private static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
