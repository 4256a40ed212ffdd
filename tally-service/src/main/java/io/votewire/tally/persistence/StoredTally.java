package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The tally a record is derived from ({@code RecordTally.State} as JSON), kept beside it in the same transaction. */
@Entity
@Table(name = "resolution_tally")
public class StoredTally extends PanacheEntityBase {
    @Id
    @Column(name = "resolution_id")
    public String resolutionId;
    @Column(nullable = false)
    public String state;
}
