package io.votewire.ingest.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.util.Collection;
import java.util.List;

/**
 * Accepted articles not yet acknowledged by Kafka (table {@code article_outbox}). Every call runs in the caller's
 * transaction: {@link #add} in the receipt's, {@link #claim}, {@link #remove} and {@link #postpone} in the relay's.
 */
@ApplicationScoped
public class ArticleOutbox {
    /** A record to publish: the article id is its key, the payload its value. */
    public record Pending(String articleId, String payload) {
    }

    private final EntityManager em;

    public ArticleOutbox(EntityManager em) {
        this.em = em;
    }

    public void add(String articleId, String payload) {
        em.createNativeQuery("insert into article_outbox (article_id, payload) values (?1, ?2)")
                .setParameter(1, articleId).setParameter(2, payload).executeUpdate();
    }

    /**
     * Up to {@code limit} due rows, oldest first, locked until the transaction ends. Rows another relay holds are
     * skipped, so relays of several instances publish disjoint rows; a relay that dies releases its rows with its
     * connection, and they are published again by whichever relay claims them next.
     */
    @SuppressWarnings("unchecked")
    public List<Pending> claim(int limit) {
        List<Object[]> rows = em.createNativeQuery("select article_id, payload from article_outbox"
                        + " where next_attempt_at <= now() order by next_attempt_at limit ?1 for update skip locked")
                .setParameter(1, limit).getResultList();
        return rows.stream().map(r -> new Pending((String) r[0], (String) r[1])).toList();
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
