package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What moved since a dashboard last looked, so it refetches only those resolutions. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {
    private final TallyReader tally;

    public ChangesResource(TallyReader tally) {
        this.tally = tally;
    }

    @GET
    @Operation(summary = "Resolution ids changed after a cursor: {items: [{id, revision}], next}; start with since=0")
    public Response changes(@QueryParam("since") @DefaultValue("0") String since,
                            @QueryParam("limit") @DefaultValue("200") String limit) {
        long after;
        try {
            after = Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new BadRequestException("since must be a cursor from an earlier answer's next (or 0), not '" + since + "'");
        }
        if (after < 0) {
            throw new BadRequestException("since must not be negative");
        }
        List<Map<String, Object>> items = new ArrayList<>();
        long next = after;
        for (TallyReader.ChangeRow c : tally.changes(after, Params.limit(limit))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", c.id());
            item.put("revision", c.revision());
            items.add(item);
            next = c.change();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("next", String.valueOf(next));
        return Response.ok(out).cacheControl(ResolutionResource.REVALIDATE).build();
    }
}
