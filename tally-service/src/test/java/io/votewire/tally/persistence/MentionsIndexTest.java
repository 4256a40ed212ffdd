package io.votewire.tally.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mentions of a record are read through the index of mentions (V16), not through all of its claims: a vote
 * reported thousands of times holds a handful of them. Fails if the query's condition and the index's drift apart.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class MentionsIndexTest {
    private static final String RECORD = "r-mentions-of-a-hot-vote";

    @Test
    void aHotRecordsMentionsAreReadByTheirOwnIndex() {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("insert into article (id, status, updated_at) select 'mix-' || n, 'tallied', now()"
                    + " from generate_series(1, 3002) n").executeUpdate();
            // 3,000 reports with counts, two mentions (an outcome alone)
            em.createNativeQuery("insert into claim (event_id, extractor_version, article_id, source, resolution_id, event,"
                    + " created_at) select 'mix-' || n || '#1', 'rules-1.0', 'mix-' || n, 'mix-' || n, ?1, case when n > 3000"
                    + " then '{\"outcome\": \"adopted\", \"counts\": {}}' else '{\"counts\": {\"yes\": 120, \"no\": 4}}' end::jsonb,"
                    + " now() from generate_series(1, 3002) n").setParameter(1, RECORD).executeUpdate();
        });
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                var em = Panache.getEntityManager();
                em.createNativeQuery("analyze claim").executeUpdate();
                @SuppressWarnings("unchecked")
                List<String> plan = em.createNativeQuery("explain " + StoredClaim.MENTIONS.replace("?1", "'{" + RECORD + "}'"))
                        .getResultList();
                assertTrue(String.join("\n", plan).contains("claim_mention_by_resolution"), String.join("\n", plan));
                assertEquals(List.of("mix-3001#1", "mix-3002#1"), StoredClaim.mentionsIn(List.of(RECORD)).get(RECORD)
                        .stream().map(c -> c.key.eventId()).toList());
            });
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                var em = Panache.getEntityManager();
                em.createNativeQuery("delete from claim where resolution_id = ?1").setParameter(1, RECORD).executeUpdate();
                em.createNativeQuery("delete from article where id like 'mix-%'").executeUpdate();
            });
        }
    }
}
