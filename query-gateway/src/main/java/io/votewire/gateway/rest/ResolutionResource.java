package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** Reconciled resolution records. Documents are served as the tally rendered them; revisions make the ETags. */
@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
public class ResolutionResource {
    private static final int MAX_LIMIT = 200;
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    private final TallyReader tally;

    public ResolutionResource(TallyReader tally) {
        this.tally = tally;
    }

    @GET
    @Operation(summary = "Resolutions, newest vote first, in pages: {items, next}")
    public Response list(@QueryParam("limit") @DefaultValue("50") String limitParam, @QueryParam("cursor") String cursor,
                         @Context Request request) {
        int limit = limit(limitParam);
        String[] after = cursor == null || cursor.isEmpty() ? null : decode(cursor);
        List<TallyReader.ResolutionRow> rows = tally.resolutions(limit + 1, after == null ? null : after[0],
                after == null ? null : after[1]);
        boolean more = rows.size() > limit;
        List<TallyReader.ResolutionRow> page = more ? rows.subList(0, limit) : rows;
        StringBuilder tag = new StringBuilder();
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < page.size(); i++) {
            TallyReader.ResolutionRow r = page.get(i);
            json.append(i == 0 ? "" : ",").append(r.doc());
            tag.append(r.id()).append(':').append(r.revision()).append(';');
        }
        String next = more ? encode(page.get(page.size() - 1)) : null;
        json.append("],\"next\":").append(next == null ? "null" : "\"" + next + "\"").append('}');
        EntityTag etag = new EntityTag(Integer.toHexString(tag.toString().hashCode()) + "-" + page.size());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(json.toString()).tag(etag).cacheControl(REVALIDATE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One resolution: best value per field, sources, conflicts, per-field support")
    public Response get(@PathParam("id") String id, @Context Request request) {
        TallyReader.ResolutionRow r = tally.resolution(id)
                .orElseThrow(() -> new NotFoundException("no resolution with id '" + id + "'"));
        EntityTag etag = new EntityTag(r.id() + "." + r.revision());
        Date modified = Date.from(r.updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, etag);
        if (notModified != null) {
            return notModified.cacheControl(REVALIDATE).build();
        }
        return Response.ok(r.doc()).tag(etag).lastModified(modified).cacheControl(REVALIDATE).build();
    }

    private static int limit(String param) {
        try {
            int limit = Integer.parseInt(param);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new BadRequestException("limit must be an integer from 1 to " + MAX_LIMIT + ", not '" + param + "'");
    }

    private static String encode(TallyReader.ResolutionRow last) {
        String raw = (last.voteDate() == null ? "" : last.voteDate()) + "\n" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static String[] decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int nl = raw.indexOf('\n');
            if (nl >= 0 && nl < raw.length() - 1) {
                return new String[] {raw.substring(0, nl), raw.substring(nl + 1)};
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new BadRequestException("cursor '" + cursor + "' is not one this service gave out");
    }
}
