package io.votewire.contract.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.LinkedHashMap;
import java.util.Map;

/** An RFC 9457 problem detail: every Votewire error answer has this shape. */
public record Problem(String type, String title, int status, String detail, Map<String, Object> extensions) {
    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Problem of(int status, String detail) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return new Problem("about:blank", s != null ? s.getReasonPhrase() : "HTTP " + status, status, detail, Map.of());
    }

    public Problem with(String key, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ext.put(key, value);
        return new Problem(type, title, status, detail, ext);
    }

    public Response.ResponseBuilder toResponseBuilder() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("title", title);
        json.put("status", status);
        json.put("detail", detail);
        json.putAll(extensions);
        return Response.status(status).type(MEDIA_TYPE).entity(json);
    }

    public Response toResponse() {
        return toResponseBuilder().build();
    }
}
