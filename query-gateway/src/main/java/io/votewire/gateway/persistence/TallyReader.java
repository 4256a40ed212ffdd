package io.votewire.gateway.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the tally's tables. The tally owns the schema (its Flyway migrations); the gateway only reads, with plain
 * SQL, serving the JSON documents the tally already rendered.
 */
@ApplicationScoped
public class TallyReader {
    public record ArticleRow(String id, String status, String error) {
    }

    public record EventRow(String eventJson, String resolutionId) {
    }

    public record ResolutionRow(String id, String voteDate, String doc, long revision, java.time.Instant updatedAt) {
    }

    private final AgroalDataSource db;

    public TallyReader(AgroalDataSource db) {
        this.db = db;
    }

    public Optional<ArticleRow> article(String id) {
        return queryOne("select id, status, error from tally.article where id = ?",
                rs -> new ArticleRow(rs.getString(1), rs.getString(2), rs.getString(3)), id);
    }

    public List<EventRow> events(String articleId) {
        return query("select event::text, resolution_id from tally.claim where article_id = ? and not superseded order by event_id",
                rs -> new EventRow(rs.getString(1), rs.getString(2)), articleId);
    }

    public Optional<ResolutionRow> resolution(String id) {
        return queryOne("select id, vote_date, doc::text, revision, updated_at from tally.resolution where id = ?",
                TallyReader::resolutionRow, id);
    }

    /** Newest vote first, then by id; the cursor is the (date, id) of the last row of the previous page. */
    public List<ResolutionRow> resolutions(int limit, String afterDate, String afterId) {
        if (afterId == null) {
            return query("select id, vote_date, doc::text, revision, updated_at from tally.resolution "
                    + "order by coalesce(vote_date, '') desc, id desc limit ?", TallyReader::resolutionRow, limit);
        }
        return query("select id, vote_date, doc::text, revision, updated_at from tally.resolution "
                        + "where (coalesce(vote_date, ''), id) < (?, ?) order by coalesce(vote_date, '') desc, id desc limit ?",
                TallyReader::resolutionRow, afterDate, afterId, limit);
    }

    private static ResolutionRow resolutionRow(ResultSet rs) throws SQLException {
        return new ResolutionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getTimestamp(5).toInstant());
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = query(sql, mapper, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new TallyUnavailable(e);
        }
    }

    /** The tally database cannot answer now. */
    public static class TallyUnavailable extends RuntimeException {
        TallyUnavailable(SQLException cause) {
            super("the tally database is unavailable: " + cause.getMessage(), cause);
        }
    }
}
