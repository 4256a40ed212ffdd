package io.votewire.gateway.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.UncheckedIOException;

/**
 * Where an article is in the pipeline, and the votes read in it (each pointing at its resolution); those whose
 * record is not listed yet are its unplaced mentions too.
 */
@Path("/articles")
@Produces(MediaType.APPLICATION_JSON)
public class ArticleStatusResource {
    private final TallyReader tally;
    private final ObjectMapper mapper;

    public ArticleStatusResource(TallyReader tally, ObjectMapper mapper) {
        this.tally = tally;
        this.mapper = mapper;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An article's status (accepted, tallied, failed), its vote events, and its unplaced mentions: the "
            + "events too thin to list (no count, no symbol, one source) that fit no listed vote yet")
    public String article(@PathParam("id") String id) {
        TallyReader.ArticleRow row = tally.article(Params.id("article", id))
                .orElseThrow(() -> new NotFoundException("no article with id '" + id + "'"));
        ObjectNode out = mapper.createObjectNode();
        out.put("id", row.id());
        out.put("status", row.status());
        if (row.error() != null) {
            out.put("error", row.error());
        }
        ArrayNode events = out.putArray("events");
        // a vote too thin to list yet (no count, no symbol, one source) that fits none of the listed ones
        ArrayNode unplaced = out.putArray("unplaced_mentions");
        for (TallyReader.EventRow e : tally.events(id)) {
            try {
                ObjectNode event = (ObjectNode) mapper.readTree(e.eventJson());
                event.put("resolution_id", e.resolutionId());
                events.add(event);
                if (!e.listed()) {
                    unplaced.add(event);
                }
            } catch (JsonProcessingException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        try {
            return mapper.writeValueAsString(out);
        } catch (JsonProcessingException ex) {
            throw new UncheckedIOException(ex);
        }
    }
}
