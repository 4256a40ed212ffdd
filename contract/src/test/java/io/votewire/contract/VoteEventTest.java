package io.votewire.contract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** month_day came in message version 1: a message without it reads as before, one with it keeps it. */
class VoteEventTest {
    @Test
    void anEventWithoutMonthDayReadsAsNone() {
        VoteEvent e = Json.read("{\"event_id\":\"a#1\",\"body\":\"GA\",\"kind\":\"resolution\",\"date\":null,"
                + "\"counts\":{\"yes\":93,\"no\":18,\"abstain\":65},\"confidence\":0.8}", VoteEvent.class);
        assertEquals(null, e.monthDay());
        assertEquals(93, e.counts().yes());
    }

    @Test
    void monthDayTravelsInTheMessage() {
        VoteEvent e = new VoteEvent("a#1", "GA", "resolution", null, null, null, List.of(), Counts.NONE, "adopted",
                Map.of(), List.of(), 0.5, "--02-24");
        String json = Json.write(e);
        assertTrue(json.contains("\"month_day\":\"--02-24\""), json);
        assertEquals(e, Json.read(json, VoteEvent.class));
    }
}
