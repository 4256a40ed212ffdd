package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.ResolutionQuery;
import io.votewire.gateway.persistence.TallyReader;
import io.votewire.gateway.service.ChangeFeed;
import io.votewire.gateway.service.ResolutionDocs;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import java.util.Date;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** Reconciled resolution records. Documents are served as the tally rendered them; revisions make the ETags. */
@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionResource {
    static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");
    private static final Set<String> BODIES = Set.of("GA", "SC", "HRC", "OTHER");
    private static final Set<String> OUTCOMES = Set.of("adopted", "rejected", "vetoed");
    private static final Set<String> VOTES = Set.of("yes", "no", "abstain", "absent");

    private final TallyReader tally;
    private final ResolutionDocs docs;
    private final ChangeFeed feed;

    public ResolutionResource(TallyReader tally, ResolutionDocs docs, ChangeFeed feed) {
        this.tally = tally;
        this.docs = docs;
        this.feed = feed;
    }

    /** A record's tag: its id and revision. */
    static String detailTag(String id, long revision) {
        return id + "." + revision;
    }

    /**
     * A list's tag while the change feed is current: the last change and the query. Any change anywhere makes it
     * stale (a page re-read at worst), but checking it needs neither the query nor the database.
     */
    static String listTag(long lastChange, String rawQuery) {
        return "l" + lastChange + "-" + Integer.toHexString(rawQuery == null ? 0 : rawQuery.hashCode());
    }

    @GET
    @Operation(summary = "Resolutions in pages: {items, next}", description = "Newest vote first (sort=date) or most recently changed first (sort=updated).")
    public Response list(@QueryParam("limit") @DefaultValue("50") String limit,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("body") @Parameter(description = "GA, SC, HRC or OTHER") String body,
                         @QueryParam("outcome") @Parameter(description = "adopted, rejected or vetoed") String outcome,
                         @QueryParam("from") @Parameter(description = "earliest vote date, yyyy-mm-dd") String from,
                         @QueryParam("to") @Parameter(description = "latest vote date, yyyy-mm-dd") String to,
                         @QueryParam("country") @Parameter(description = "ISO 3166-1 alpha-3: only votes where it is recorded") String country,
                         @QueryParam("vote") @Parameter(description = "with country: yes, no, abstain or absent") String vote,
                         @QueryParam("q") @Parameter(description = "words in the title") String text,
                         @QueryParam("sort") @DefaultValue("date") String sort,
                         @Context Request request, @Context UriInfo uri) {
        OptionalLong lastChange = feed.lastChange(); // before the query: a change after it makes the tag stale, never wrong
        Params.oneOf("body", body, BODIES);
        Params.oneOf("outcome", outcome, OUTCOMES);
        Params.oneOf("vote", vote, VOTES);
        Params.oneOf("sort", sort, Set.of("date", "updated"));
        if (vote != null && country == null) {
            throw new BadRequestException("vote filters need a country");
        }
        int pageSize = Params.limit(limit);
        PageCursor after = PageCursor.decode(cursor, kind(sort));
        ResolutionQuery q = new ResolutionQuery(body, outcome, Params.date("from", from), Params.date("to", to),
                Params.iso3(country), vote, Params.text("q", text), sort, pageSize + 1,
                after == null ? null : after.key(), after == null ? null : after.id());
        List<TallyReader.ResolutionHead> rows = tally.resolutions(q);
        boolean more = rows.size() > pageSize;
        List<TallyReader.ResolutionHead> page = more ? rows.subList(0, pageSize) : rows;
        EntityTag etag = new EntityTag(lastChange.isPresent() ? listTag(lastChange.getAsLong(), uri.getRequestUri().getRawQuery())
                : pageTag(page));
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        StringBuilder json = new StringBuilder("{\"items\":[");
        List<String> items = docs.of(page);
        for (int i = 0; i < items.size(); i++) {
            json.append(i == 0 ? "" : ",").append(items.get(i));
        }
        String next = more ? PageCursor.after(page.get(page.size() - 1), kind(sort)).encode(kind(sort)) : null;
        json.append("],\"next\":").append(next == null ? "null" : "\"" + next + "\"").append('}');
        return Response.ok(json.toString()).tag(etag).cacheControl(REVALIDATE).build();
    }

    /** Without the change feed, the page's ids and revisions decide: checked before any document is read. */
    private static String pageTag(List<TallyReader.ResolutionHead> page) {
        StringBuilder tag = new StringBuilder();
        for (TallyReader.ResolutionHead r : page) {
            tag.append(r.id()).append(':').append(r.revision()).append(';');
        }
        return Integer.toHexString(tag.toString().hashCode()) + "-" + page.size();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One resolution: best value per field, status, sources, conflicts, per-field support")
    public Response get(@PathParam("id") String id, @Context Request request) {
        TallyReader.ResolutionHead r = tally.head(Params.id("resolution", id)).orElse(null);
        if (r == null) {
            // a record found to be the same vote as another lives on under that one's id
            String into = tally.mergedInto(id).orElseThrow(() -> new NotFoundException("no resolution with id '" + id + "'"));
            return Response.status(308).location(java.net.URI.create("/resolutions/" + into)).build();
        }
        EntityTag etag = new EntityTag(detailTag(r.id(), r.revision()));
        Date modified = Date.from(r.updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        List<String> doc = docs.of(List.of(r));
        if (doc.isEmpty()) {
            throw new NotFoundException("no resolution with id '" + id + "'"); // removed since its head was read
        }
        return Response.ok(doc.get(0)).tag(etag).lastModified(modified).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("/{id}/sources")
    @Operation(summary = "Provenance: every current claim behind a resolution, with its article, the article's outlet and"
            + " the weight the tally gives that outlet, and the evidence sentences")
    public Response sources(@PathParam("id") String id) {
        if (tally.head(Params.id("resolution", id)).isEmpty()) {
            throw new NotFoundException("no resolution with id '" + id + "'");
        }
        StringBuilder json = new StringBuilder("{\"id\":").append(Params.quote(id)).append(",\"claims\":[");
        List<TallyReader.ClaimRow> claims = tally.claims(id);
        for (int i = 0; i < claims.size(); i++) {
            TallyReader.ClaimRow claim = claims.get(i);
            // the outlet the article appeared in and how much the tally trusts it (1 neutral; null: not known)
            json.append(i == 0 ? "" : ",").append("{\"article_id\":").append(Params.quote(claim.articleId()))
                    .append(",\"outlet\":").append(claim.outlet() == null ? "null" : Params.quote(claim.outlet()))
                    .append(",\"weight\":").append(claim.weight())
                    .append(",\"event\":").append(claim.eventJson()).append('}');
        }
        return Response.ok(json.append("]}").toString()).cacheControl(REVALIDATE).build();
    }

    private static String kind(String sort) {
        return "updated".equals(sort) ? PageCursor.BY_CHANGE : PageCursor.BY_DATE;
    }
}
