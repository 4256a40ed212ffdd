package io.votewire.ingest.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.ingest.security.Newsrooms;
import io.votewire.ingest.service.InvalidArticle;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.List;
import java.util.Map;

/** Key management for operators (admin token required, see AccessControl). */
@Path("/admin/keys")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private static final int DEFAULT_RATE_PER_MINUTE = 600;

    private final Newsrooms newsrooms;

    public AdminResource(Newsrooms newsrooms) {
        this.newsrooms = newsrooms;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a newsroom key ({newsroom, rate_per_minute?, key?}); the key is shown only in this answer")
    public Response create(JsonNode request) {
        if (request == null || !request.isObject() || !request.path("newsroom").isTextual()) {
            throw new InvalidArticle(400, "expected {\"newsroom\": \"...\", \"rate_per_minute\"?: n, \"key\"?: \"...\"}");
        }
        JsonNode rate = request.path("rate_per_minute");
        JsonNode key = request.path("key");
        Map<String, Object> created = newsrooms.create(request.get("newsroom").asText(),
                rate.isInt() ? rate.asInt() : DEFAULT_RATE_PER_MINUTE, key.isTextual() ? key.asText() : null);
        return Response.status(201).entity(created).build();
    }

    @GET
    @Operation(summary = "All keys (never the keys themselves)")
    public List<Map<String, Object>> list() {
        return newsrooms.list();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a key")
    public Response revoke(@PathParam("id") String id) {
        if (!newsrooms.revoke(id)) {
            throw new NotFoundException("no active key with id '" + id + "'");
        }
        return Response.noContent().build();
    }
}
