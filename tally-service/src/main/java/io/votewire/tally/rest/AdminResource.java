package io.votewire.tally.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.contract.Json;
import io.votewire.contract.problem.Credentials;
import io.votewire.tally.service.Reextraction;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Operators' actions on the tally; each needs {@code Authorization: Bearer <VOTEWIRE_ADMIN_TOKEN>}. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private static final int MAX_IDS = 1_000;

    private final Reextraction reextraction;
    private final Optional<String> adminToken;

    public AdminResource(Reextraction reextraction, @ConfigProperty(name = "votewire.admin-token") Optional<String> adminToken) {
        this.reextraction = reextraction;
        this.adminToken = adminToken;
    }

    @POST
    @Path("/reextract")
    @Operation(summary = "Run extraction again over every stored article",
            description = "After an engine upgrade: claims of the newer extractor version replace the older ones and the records are recomputed.")
    public Response reextract(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Response refused = Credentials.refuseUnlessAdmin(adminToken, authorization);
        if (refused != null) {
            return refused;
        }
        int sent = reextraction.republishAll();
        return Response.accepted(Map.of("republished", sent, "status", "extraction in progress")).build();
    }

    @POST
    @Path("/reprocess")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Process failed articles again, once the cause is fixed",
            description = "Without a body every failed article, with {\"ids\": [...]} (at most " + MAX_IDS + ") those named; "
                    + "each goes through extraction again from the text the tally kept, as a newer attempt that a failed "
                    + "article takes once. The answer names the articles whose text the tally does not hold.")
    public Response reprocess(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        Response refused = Credentials.refuseUnlessAdmin(adminToken, authorization);
        if (refused != null) {
            return refused;
        }
        Reextraction.Reprocessed done = body == null || body.isBlank() ? reextraction.reprocessFailed()
                : reextraction.reprocess(ids(body));
        return Response.accepted(Map.of("republished", done.republished(), "not_kept", done.notKept(),
                "status", "extraction in progress")).build();
    }

    private static List<String> ids(String body) {
        JsonNode ids;
        try {
            ids = Json.MAPPER.readTree(body).path("ids");
        } catch (JsonProcessingException e) {
            throw new BadRequestException("malformed JSON: " + e.getOriginalMessage());
        }
        if (!ids.isArray() || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new BadRequestException("expected {\"ids\": [\"article id\", ...]} with 1 to " + MAX_IDS + " ids, or no body for every failed article");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode id : ids) {
            if (!id.isTextual()) {
                throw new BadRequestException("'ids' must hold strings, not " + id.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            out.add(id.textValue());
        }
        return out;
    }
}
