package io.votewire.tally.rest;

import io.votewire.contract.problem.Credentials;
import io.votewire.tally.service.Reextraction;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.Map;
import java.util.Optional;

/** Operators' actions on the tally; each needs {@code Authorization: Bearer <VOTEWIRE_ADMIN_TOKEN>}. */
@Path("/admin")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
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
}
