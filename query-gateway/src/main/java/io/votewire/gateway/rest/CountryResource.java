package io.votewire.gateway.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A country's voting record across every resolution Votewire knows. */
@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {
    private final TallyReader tally;

    public CountryResource(TallyReader tally) {
        this.tally = tally;
    }

    @GET
    @Path("/{iso3}/votes")
    @Operation(summary = "Every recorded position of a country, newest vote first")
    public Response votes(@PathParam("iso3") String iso3) {
        String code = Params.iso3(iso3);
        List<Map<String, Object>> votes = new ArrayList<>();
        for (TallyReader.PositionRow p : tally.positionsOf(code)) {
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("resolution_id", p.resolutionId());
            v.put("body", p.body());
            v.put("date", p.voteDate());
            v.put("title", p.title());
            v.put("vote", p.vote());
            votes.add(v);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("country", code);
        out.put("votes", votes);
        return Response.ok(out).cacheControl(ResolutionResource.REVALIDATE).build();
    }
}
