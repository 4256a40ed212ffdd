package io.votewire.gateway.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.votewire.gateway.persistence.TallyReader;
import io.votewire.gateway.service.ChangeFeed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** What moved since a dashboard last looked, so it refetches only those resolutions. */
@Path("/changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {
    private final TallyReader tally;
    private final ChangeFeed feed;
    private final OpenStreams streams;

    public ChangesResource(TallyReader tally, ChangeFeed feed, OpenStreams streams) {
        this.tally = tally;
        this.feed = feed;
        this.streams = streams;
    }

    @GET
    @Path("/stream")
    @Blocking
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "The same feed as server-sent events: one {id, revision, change} per changed resolution, as it happens",
            description = "Each event's id is its change cursor. Resume with since= (or the Last-Event-ID header a browser sends on "
                    + "reconnecting); without either, only changes from now on. When more changes wait than one stream sends "
                    + "at once, the stream ends with a resync event {since}: resume from it (a browser's EventSource does so by "
                    + "itself). Each instance serves a limited number of streams at once; past it: 503 with Retry-After.")
    public Multi<OutboundSseEvent> stream(@QueryParam("since") String since, @HeaderParam("Last-Event-ID") String lastEventId,
                                          @Context Sse sse) {
        String from = since != null ? since : lastEventId;
        long after = from == null ? tally.lastChange() : cursor(from);
        streams.open();
        Multi<TallyReader.ChangeRow> changes;
        try {
            changes = feed.after(after);
        } catch (RuntimeException e) {
            streams.close();
            throw e;
        }
        AtomicLong sent = new AtomicLong(after);
        return changes.map(c -> {
            sent.set(c.change());
            String json = "{\"id\":" + Params.quote(c.id()) + ",\"revision\":" + c.revision() + "}";
            return sse.newEventBuilder().id(String.valueOf(c.change())).name("change").data(json).build();
        }).onCompletion().switchTo(() -> Multi.createFrom().item(sse.newEventBuilder().id(String.valueOf(sent.get()))
                .name("resync").data("{\"since\":\"" + sent.get() + "\"}").build()))
                .onTermination().invoke(streams::close);
    }

    private static long cursor(String since) {
        long after;
        try {
            after = Long.parseLong(since);
        } catch (NumberFormatException e) {
            throw new BadRequestException("since must be a cursor from an earlier answer's next (or 0), not '" + since + "'");
        }
        if (after < 0) {
            throw new BadRequestException("since must not be negative");
        }
        return after;
    }

    @GET
    @Operation(summary = "Resolution ids changed after a cursor: {items: [{id, revision}], next}; start with since=0")
    public Response changes(@QueryParam("since") @DefaultValue("0") String since,
                            @QueryParam("limit") @DefaultValue("200") String limit) {
        long after = cursor(since);
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
