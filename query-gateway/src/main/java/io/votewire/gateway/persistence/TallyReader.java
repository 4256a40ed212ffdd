package io.votewire.gateway.persistence;

import io.agroal.api.AgroalDataSource;
import io.votewire.contract.ArticleLists;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the tally's tables. The tally owns the schema (its Flyway migrations); the gateway only reads, with plain
 * SQL, serving the JSON documents the tally already rendered (their per-article lists put back from rows).
 */
@ApplicationScoped
public class TallyReader {
    public record ArticleRow(String id, String status, String error) {
    }

    /** @param listed whether its record is listed; an event of an unlisted one is an unplaced mention */
    public record EventRow(String eventJson, String resolutionId, boolean listed) {
    }

    /** What identifies a record's current state, without its document: enough for ETags, order and cursors. */
    public record ResolutionHead(String id, String voteDate, long revision, java.time.Instant updatedAt, long change) {
    }

    public record ResolutionDoc(String id, long revision, String json) {
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
        return query("select c.event::text, c.resolution_id, coalesce(r.listed, false) from tally.claim c"
                        + " left join tally.resolution r on r.id = c.resolution_id where c.article_id = ? and not c.superseded order by c.event_id",
                rs -> new EventRow(rs.getString(1), rs.getString(2), rs.getBoolean(3)), articleId);
    }

    public Optional<ResolutionHead> head(String id) {
        return queryOne("select id, vote_date, revision, updated_at, change_seq from tally.resolution where id = ?",
                TallyReader::head, id);
    }

    /**
     * The documents of these records as they are now (their revision may be newer than a head read before), with
     * their per-article lists put back ({@link ArticleLists}): one statement, so a document and its lists are of one
     * snapshot, each list as PostgreSQL writes it in a document (articles in order, the tally's Java order for its
     * ids' characters).
     */
    public List<ResolutionDoc> docs(List<String> ids) {
        String lists = "jsonb_agg(a.article_id order by a.article_id collate \"C\")::text from tally.resolution_article a";
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("select id, revision, doc::text, 0, null from tally.resolution where id = any(?)"
                     + " union all select a.resolution_id, 0, null, l.list, " + lists + " cross join unnest(a.lists) l(list)"
                     + " where a.resolution_id = any(?) group by a.resolution_id, l.list"
                     + " union all select a.resolution_id, 0, null, " + ArticleLists.ALL + ", " + lists
                     + " where a.resolution_id = any(?) group by a.resolution_id")) {
            Array array = c.createArrayOf("text", ids.toArray());
            for (int i = 1; i <= 3; i++) {
                ps.setArray(i, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                Map<String, ResolutionDoc> docs = new LinkedHashMap<>();
                Map<String, Map<Long, String>> listsOf = new HashMap<>();
                while (rs.next()) {
                    if (rs.getString(3) != null) {
                        docs.put(rs.getString(1), new ResolutionDoc(rs.getString(1), rs.getLong(2), rs.getString(3)));
                    } else {
                        listsOf.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getLong(4), rs.getString(5));
                    }
                }
                List<ResolutionDoc> out = new ArrayList<>();
                docs.values().forEach(d -> out.add(new ResolutionDoc(d.id(), d.revision(),
                        ArticleLists.assemble(d.json(), listsOf.getOrDefault(d.id(), Map.of())))));
                return out;
            }
        } catch (SQLException e) {
            throw new TallyUnavailable(e);
        }
    }

    public record ChangeRow(String id, long revision, long change) {
    }

    public record PositionRow(String resolutionId, String body, String voteDate, String title, String vote) {
    }

    /** A claim with its article's outlet and that outlet's weight in the tally (both null when unknown). */
    public record ClaimRow(String articleId, String eventJson, String outlet, Double weight) {
    }

    /** One page of listed resolutions matching the query, in the query's order; the caller asks for one extra row. */
    public List<ResolutionHead> resolutions(ResolutionQuery q) {
        StringBuilder sql = new StringBuilder("select id, vote_date, revision, updated_at, change_seq from tally.resolution where listed");
        List<Object> args = new ArrayList<>();
        filter(sql, args, " and body = ?", q.body());
        filter(sql, args, " and outcome = ?", q.outcome());
        filter(sql, args, " and vote_date >= ?", q.from());
        filter(sql, args, " and vote_date <= ?", q.to());
        filter(sql, args, " and title ilike ?", q.text() == null ? null : "%" + likeLiteral(q.text()) + "%");
        if (q.country() != null) {
            // the operators the positions index serves (?? is JDBC's escape for the ? operator)
            sql.append(q.vote() == null ? " and doc->'positions' ?? ?" : " and doc->'positions' @> jsonb_build_object(?::text, ?::text)");
            args.add(q.country());
            if (q.vote() != null) {
                args.add(q.vote());
            }
        }
        if ("updated".equals(q.sort())) {
            filter(sql, args, " and change_seq < ?", q.afterKey() == null ? null : Long.parseLong(q.afterKey()));
            sql.append(" order by change_seq desc");
        } else {
            if (q.afterId() != null) {
                sql.append(" and (coalesce(vote_date, ''), id) < (?, ?)");
                args.add(q.afterKey());
                args.add(q.afterId());
            }
            sql.append(" order by coalesce(vote_date, '') desc, id desc");
        }
        sql.append(" limit ?");
        args.add(q.limit());
        return query(sql.toString(), TallyReader::head, args.toArray());
    }

    /** Listed resolutions changed after a change sequence number, oldest change first. */
    public List<ChangeRow> changes(long since, int limit) {
        return query("select id, revision, change_seq from tally.resolution where change_seq > ? and listed order by change_seq limit ?",
                TallyReader::changeRow, since, limit);
    }

    private static ChangeRow changeRow(ResultSet rs) throws SQLException {
        return new ChangeRow(rs.getString(1), rs.getLong(2), rs.getLong(3));
    }

    /** Every record's current revision and change, in no order. */
    public List<ChangeRow> revisions() {
        return query("select id, revision, change_seq from tally.resolution", TallyReader::changeRow);
    }

    public long lastChange() {
        return queryOne("select coalesce(max(change_seq), 0) from tally.resolution", rs -> rs.getLong(1)).orElse(0L);
    }

    /**
     * One page of a country's recorded positions, newest vote first: after the row with this sort key (vote date,
     * "" when undated) and id when given; the caller asks for one extra row.
     */
    public List<PositionRow> positionsOf(String iso3, String afterKey, String afterId, int limit) {
        List<Object> args = new ArrayList<>(List.of(iso3, iso3));
        StringBuilder sql = new StringBuilder("select id, body, vote_date, title, doc->'positions'->>? from tally.resolution "
                + "where listed and doc->'positions' ?? ?");
        if (afterId != null) {
            sql.append(" and (coalesce(vote_date, ''), id) < (?, ?)");
            args.add(afterKey);
            args.add(afterId);
        }
        sql.append(" order by coalesce(vote_date, '') desc, id desc limit ?");
        args.add(limit);
        return query(sql.toString(),
                rs -> new PositionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                args.toArray());
    }

    /** How one other state voted beside a country: the votes both took part in, and those where they voted alike. */
    public record AgreementRow(String other, int together, int agreed) {
    }

    /**
     * For every other state, the recorded votes where both it and {@code iso3} voted yes, no or abstain (an absent
     * state took no part), and how many of those they voted alike.
     */
    public List<AgreementRow> agreement(String iso3) {
        return query("select o.key, count(*), count(*) filter (where o.value = me.vote) "
                        + "from (select doc->'positions' as positions, doc->'positions'->>? as vote from tally.resolution "
                        + "where listed and doc->'positions' ?? ? and doc->'positions'->>? in ('yes', 'no', 'abstain')) me "
                        + "cross join lateral jsonb_each_text(me.positions) o "
                        + "where o.key <> ? and o.value in ('yes', 'no', 'abstain') group by o.key",
                rs -> new AgreementRow(rs.getString(1), rs.getInt(2), rs.getInt(3)), iso3, iso3, iso3, iso3);
    }

    /** Where a record merged into another one now lives. */
    public Optional<String> mergedInto(String id) {
        return queryOne("select into_id from tally.resolution_merge where from_id = ?", rs -> rs.getString(1), id);
    }

    /** The current claims behind a resolution: which article said what, with its evidence, outlet and its weight. */
    public List<ClaimRow> claims(String resolutionId) {
        return query("select c.article_id, c.event::text, a.outlet, t.weight from tally.claim c"
                        + " join tally.article a on a.id = c.article_id left join tally.source_trust t on t.outlet = a.outlet"
                        + " where c.resolution_id = ? and not c.superseded order by c.event_id",
                rs -> new ClaimRow(rs.getString(1), rs.getString(2), rs.getString(3), (Double) rs.getObject(4)), resolutionId);
    }

    /** Text matched as itself by LIKE: its wildcards and the escape character escaped. */
    private static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static void filter(StringBuilder sql, List<Object> args, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            args.add(value);
        }
    }

    private static ResolutionHead head(ResultSet rs) throws SQLException {
        return new ResolutionHead(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(), rs.getLong(5));
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

    /** The tally database cannot answer now. The message says no more: the SQL error stays in the cause, for the log. */
    public static class TallyUnavailable extends RuntimeException {
        public TallyUnavailable(SQLException cause) {
            super("the tally database is unavailable", cause);
        }
    }
}
