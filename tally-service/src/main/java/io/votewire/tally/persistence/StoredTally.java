package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The tally a record is derived from ({@code RecordTally.State} as JSON), kept beside it in the same transaction; a
 * large record has none (ExtractionTally.STORED_TALLY_MAX_ARTICLES).
 */
@Entity
@Table(name = "resolution_tally")
public class StoredTally extends PanacheEntityBase {
    @Id
    @Column(name = "resolution_id")
    public String resolutionId;
    @Column(nullable = false)
    public String state;

    /** The record's stored tally, read without being held by the transaction (it is written by {@link #write}). */
    public static Optional<String> stateOf(String resolutionId) {
        return getEntityManager().createQuery("select state from StoredTally where resolutionId = ?1", String.class)
                .setParameter(1, resolutionId).getResultStream().findFirst();
    }

    /**
     * Writes the records' tallies (record id to state), made or replaced, in one batch of statements. Their records
     * must be written first: the transaction is flushed here.
     */
    public static void write(Map<String, String> states) {
        if (states.isEmpty()) {
            return;
        }
        getEntityManager().flush();
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("insert into resolution_tally (resolution_id, state)"
                    + " values (?, ?) on conflict (resolution_id) do update set state = excluded.state")) {
                for (Map.Entry<String, String> s : states.entrySet()) {
                    upsert.setString(1, s.getKey());
                    upsert.setString(2, s.getValue());
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        });
    }

    /** Removes the records' stored tallies, if they have any (one statement). */
    public static void remove(Collection<String> resolutionIds) {
        if (!resolutionIds.isEmpty()) {
            delete("resolutionId in ?1", resolutionIds);
        }
    }
}
