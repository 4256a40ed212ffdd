package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A record folded into another one that turned out to be the same vote. */
@Entity
@Table(name = "resolution_merge")
public class ResolutionMerge extends PanacheEntityBase {
    @Id
    @Column(name = "from_id")
    public String fromId;
    @Column(name = "into_id", nullable = false)
    public String intoId;
    @Column(nullable = false)
    public String reason;
    @Column(name = "merged_at", nullable = false)
    public Instant mergedAt;
}
