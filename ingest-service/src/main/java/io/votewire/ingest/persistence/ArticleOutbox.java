package io.votewire.ingest.persistence;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Accepted articles (table {@code article_receipt}) and those not yet acknowledged by Kafka ({@code article_outbox}).
 * {@link #keep} is a transaction of its own; {@link #claim}, {@link #remove} and {@link #postpone} run in the relay's.
 */
@ApplicationScoped
public class ArticleOutbox {
    /** A record to publish: the article id is its key, the payload its value, the traceparent (or null) a header. */
    public record Pending(String articleId, String payload, String traceparent) {
    }

    /** The receipt and the outbox row together: a single statement, so a single transaction and round trip. */
    private static final String KEEP = """
            with receipt as (
                insert into article_receipt (id, content_hash, received_at) values (?, ?, ?)
                on conflict (id) do nothing returning id)
            insert into article_outbox (article_id, payload, traceparent) select id, ?, ? from receipt""";

    private final EntityManager em;
    private final AgroalDataSource db;

    public ArticleOutbox(EntityManager em, AgroalDataSource db) {
        this.em = em;
        this.db = db;
    }

    /**
     * Keeps a new article: its receipt and its outbox row commit together or not at all. Empty when kept; for an id
     * accepted before, the content hash it was accepted with. A concurrent request for the same id waits on the
     * primary key until the first commits, then finds its receipt. Plain JDBC in autocommit: this is every
     * request's cost, and an ORM session and a JTA transaction around one statement cost more than the statement.
     */
    public Optional<String> keep(String articleId, String contentHash, Instant receivedAt, String payload,
                                 String traceparent) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement keep = c.prepareStatement(KEEP)) {
                keep.setString(1, articleId);
                keep.setString(2, contentHash);
                keep.setTimestamp(3, Timestamp.from(receivedAt));
                keep.setString(4, payload);
                keep.setString(5, traceparent);
                if (keep.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement find = c.prepareStatement("select content_hash from article_receipt where id = ?")) {
                find.setString(1, articleId);
                try (ResultSet r = find.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("article " + articleId + " neither kept nor found");
                    }
                    return Optional.of(r.getString(1));
                }
            }
        }
    }

    /**
     * Up to {@code limit} due rows, oldest first, locked until the transaction ends. Rows another relay holds are
     * skipped, so relays of several instances publish disjoint rows; a relay that dies releases its rows with its
     * connection, and they are published again by whichever relay claims them next.
     */
    @SuppressWarnings("unchecked")
    public List<Pending> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("select article_id, payload, traceparent from article_outbox"
                        + " where next_attempt_at <= now() order by next_attempt_at limit ?1 for update skip locked")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Pending((String) r[0], (String) r[1], (String) r[2])).toList();
    }

    public void remove(Collection<String> articleIds) {
        if (!articleIds.isEmpty()) {
            em.createNativeQuery("delete from article_outbox where article_id in (?1)")
                    .setParameter(1, articleIds).executeUpdate();
        }
    }

    /** The broker refused this record for good: try it again after {@code wait}, and let the others go first. */
    public void postpone(String articleId, String reason, Duration wait) {
        em.createNativeQuery("update article_outbox set last_error = ?2,"
                        + " next_attempt_at = now() + cast(?3 as interval) where article_id = ?1")
                .setParameter(1, articleId).setParameter(2, reason).setParameter(3, wait.toMillis() + " milliseconds")
                .executeUpdate();
    }
}
