package io.votewire.gateway;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Records written straight into the tally's tables, as the tally would, for tests that read them through the gateway. */
final class TallyRows {
    private TallyRows() {
    }

    static void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("truncate tally.claim, tally.resolution, tally.article cascade");
        }
    }

    /** A General Assembly resolution; its identity document (what the tally's matcher reads) is the document itself. */
    static void resolution(Connection c, String id, String voteDate, String doc) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into tally.resolution (id, body, kind, vote_date, doc, ident, revision, "
                + "change_seq, updated_at) values (?, 'GA', 'resolution', ?, ?::jsonb, ?, 1, nextval('tally.resolution_change_seq'), now())")) {
            ps.setString(1, id);
            ps.setString(2, voteDate);
            ps.setString(3, doc);
            ps.setString(4, doc);
            ps.executeUpdate();
        }
    }
}
