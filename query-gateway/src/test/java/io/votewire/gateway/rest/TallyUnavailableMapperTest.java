package io.votewire.gateway.rest;

import io.votewire.gateway.persistence.TallyReader;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class TallyUnavailableMapperTest {
    @Test
    void anOutageIsA503ThatSaysNothingOfTheDatabasesError() {
        SQLException sql = new SQLException("ERROR: invalid byte sequence for encoding \"UTF8\": 0x00 in relation tally.resolution");
        Response r = new TallyUnavailableMapper().unavailable(new TallyReader.TallyUnavailable(sql));
        assertEquals(503, r.getStatus());
        assertEquals("5", r.getHeaderString("Retry-After"));
        String detail = String.valueOf(((Map<?, ?>) r.getEntity()).get("detail"));
        assertFalse(detail.contains("ERROR") || detail.contains("UTF8") || detail.contains("tally.resolution"), detail);
    }
}
