package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.TallyReader;
import io.votewire.gateway.service.Countries;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** States by name, a country's voting record across every resolution Votewire knows, and whom it votes with. */
@Path("/countries")
@Produces(MediaType.APPLICATION_JSON)
public class CountryResource {
    private static final Comparator<TallyReader.AgreementRow> CLOSEST_FIRST = Comparator
            .comparingDouble((TallyReader.AgreementRow a) -> -share(a))
            .thenComparing(a -> -a.together())
            .thenComparing(TallyReader.AgreementRow::other);

    private final TallyReader tally;
    private final Countries countries;

    public CountryResource(TallyReader tally, Countries countries) {
        this.tally = tally;
        this.countries = countries;
    }

    @GET
    @Operation(summary = "Every UN member and observer state: {countries: [{iso3, name, member}]}")
    public Response all() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Countries.Country c : countries.all()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("iso3", c.iso3());
            item.put("name", c.name());
            item.put("member", c.member());
            list.add(item);
        }
        return Response.ok(Map.of("countries", list)).cacheControl(ResolutionResource.REVALIDATE).build();
    }

    @GET
    @Path("/{iso3}/votes")
    @Operation(summary = "A country's recorded positions, newest vote first, in pages: {country, name, votes, next}",
            description = "limit (1 to 200, default 200) votes a page; next is the cursor of the following page, null on the last.")
    public Response votes(@PathParam("iso3") String iso3,
                          @QueryParam("limit") @DefaultValue("200") String limit,
                          @QueryParam("cursor") String cursor) {
        String code = Params.iso3(iso3);
        int pageSize = Params.limit(limit);
        PageCursor after = PageCursor.decode(cursor, PageCursor.BY_DATE);
        List<TallyReader.PositionRow> rows = tally.positionsOf(code, after == null ? null : after.key(),
                after == null ? null : after.id(), pageSize + 1);
        boolean more = rows.size() > pageSize;
        List<Map<String, Object>> votes = new ArrayList<>();
        for (TallyReader.PositionRow p : more ? rows.subList(0, pageSize) : rows) {
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
        out.put("name", countries.name(code));
        out.put("votes", votes);
        TallyReader.PositionRow last = more ? rows.get(pageSize - 1) : null;
        out.put("next", last == null ? null : PageCursor.byDate(last.voteDate(), last.resolutionId()).encode(PageCursor.BY_DATE));
        return Response.ok(out).cacheControl(ResolutionResource.REVALIDATE).build();
    }

    @GET
    @Path("/{iso3}/agreement")
    @Operation(summary = "How often a country voted as each other state did, over the recorded votes both took part in",
            description = "{country, name, agreement: [{iso3, name, together, agreed, share}]}, closest first. together: the "
                    + "votes where both voted yes, no or abstain (absent is no part); agreed: those where both voted alike; "
                    + "share: agreed / together.")
    public Response agreement(@PathParam("iso3") String iso3) {
        String code = Params.iso3(iso3);
        Countries.Country country = countries.of(code)
                .orElseThrow(() -> new NotFoundException("no UN member or observer state has the code " + code));
        List<Map<String, Object>> list = new ArrayList<>();
        for (TallyReader.AgreementRow a : tally.agreement(code).stream().sorted(CLOSEST_FIRST).toList()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("iso3", a.other());
            item.put("name", countries.name(a.other()));
            item.put("together", a.together());
            item.put("agreed", a.agreed());
            item.put("share", Math.round(share(a) * 1000) / 1000.0);
            list.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("country", code);
        out.put("name", country.name());
        out.put("agreement", list);
        return Response.ok(out).cacheControl(ResolutionResource.REVALIDATE).build();
    }

    private static double share(TallyReader.AgreementRow a) {
        return (double) a.agreed() / a.together();
    }
}
