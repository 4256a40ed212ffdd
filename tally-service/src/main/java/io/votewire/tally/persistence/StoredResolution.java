package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;

/** A resolution record as served: the reconciled document plus the columns queries filter on. */
@Entity
@Table(name = "resolution")
public class StoredResolution extends PanacheEntityBase {
    @Id
    public String id;
    @Column(nullable = false)
    public String body;
    @Column(nullable = false)
    public String kind;
    @Column(name = "vote_date")
    public String voteDate;
    public String symbol;
    public String outcome;
    public String title;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String doc;
    @Column(nullable = false)
    public long revision;
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Resolutions an event of this body and kind could be about: undated ones, or those within a day of the date. */
    public static List<StoredResolution> candidates(String body, String kind, String from, String to) {
        if (from == null) {
            return list("body = ?1 and kind = ?2 order by id", body, kind);
        }
        return list("body = ?1 and kind = ?2 and (voteDate is null or voteDate between ?3 and ?4) order by id",
                body, kind, from, to);
    }

    public static long nextChangeSeq() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('resolution_change_seq')")
                .getSingleResult()).longValue();
    }
}
