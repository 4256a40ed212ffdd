package io.votewire.tally.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.ArticleLists;
import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Conflict;
import io.votewire.tally.domain.ResolutionReconciler;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.Documents;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A record's per-article lists are stored apart from its document (issue 15): the document the gateway serves is
 * the whole one, to the character, while a batch writes only the rows of the articles it adds.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class ArticleListsApartTest {
    @Inject
    ExtractionTally tally;

    private final ResolutionReconciler reconciler = new ResolutionReconciler();

    /**
     * Three reports of one council vote that disagree on counts and on a state's vote, one naming a state that did not
     * sit on the council that year (a broken rule): every list of values, conflicts and rules is served as before.
     */
    @Test
    void aRecordIsServedAsItsWholeDocumentWithItsListsApart() {
        String p = "apart-" + UUID.randomUUID() + "-";
        tally.applyAll(List.of(
                extraction(p + "a", "2025-09-03", new Counts(13, 0, 2), Map.of("RUS", "abstain", "CHN", "abstain")),
                extraction(p + "b", "2025-09-03", new Counts(12, 0, 3), Map.of("RUS", "abstain", "IND", "abstain"))));
        tally.apply(extraction(p + "c", "2025-09-03", new Counts(13, 0, 2), Map.of("RUS", "abstain", "CHN", "no")));
        QuarkusTransaction.requiringNew().run(() -> {
            String rid = recordOf(p + "a");
            ResolutionRecord whole = reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid));
            assertEquals(3, whole.articles().size());
            assertEquals(2, whole.support().get("counts.yes").size());
            assertEquals(2, whole.support().get("positions.CHN").size());
            assertTrue(whole.conflicts().stream().map(Conflict::kind).toList().containsAll(List.of("disagreement", "inconsistency")),
                    whole.conflicts().toString());
            assertEquals(Documents.whole(whole), Documents.served(rid));
            String stored = storedDocument(rid);
            assertTrue(ArticleLists.apart(stored), stored);
            for (String article : whole.articles()) {
                assertFalse(stored.contains(article), article + " in " + stored);
            }
        });
    }

    /** A record of twenty articles gets a twenty-first: the batch writes its one row, the document stays as long. */
    @Test
    void aBatchWritesTheListsOfTheArticlesItAddsOnly() {
        String p = "apart-" + UUID.randomUUID() + "-";
        List<ArticleExtraction> twenty = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            twenty.add(extraction(p + i, "2025-09-10", new Counts(14, 0, 1), Map.of("RUS", "abstain")));
        }
        for (int i = 0; i < 20; i += 5) {
            tally.applyAll(twenty.subList(i, i + 5));
        }
        String rid = QuarkusTransaction.requiringNew().call(() -> recordOf(p + "0"));
        int length = QuarkusTransaction.requiringNew().call(() -> storedDocument(rid).length());
        tally.apply(extraction(p + "20", "2025-09-10", new Counts(14, 0, 1), Map.of("RUS", "abstain")));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(21, count("select count(*) from resolution_article where resolution_id = ?1", rid));
            assertEquals(1, count("select count(*) from resolution_article where resolution_id = ?1"
                    + " and xmin = (select xmin from resolution where id = ?1)", rid), "rows the last batch wrote");
            assertEquals(length, storedDocument(rid).length());
            assertEquals(Documents.whole(reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid))), Documents.served(rid));
        });
    }

    /**
     * A document stored before the lists were apart (V13) is served as it is; the next batch that writes the record
     * moves all its lists apart, and it is served the same.
     */
    @Test
    void aDocumentWithItsListsInPlaceIsServedAsItIsAndMovedApartWhenNextWritten() {
        String p = "apart-" + UUID.randomUUID() + "-";
        tally.applyAll(List.of(extraction(p + "a", "2025-09-17", new Counts(11, 1, 3), Map.of("USA", "no")),
                extraction(p + "b", "2025-09-17", new Counts(11, 2, 2), Map.of("USA", "no"))));
        String rid = QuarkusTransaction.requiringNew().call(() -> recordOf(p + "a"));
        QuarkusTransaction.requiringNew().run(() -> {
            var em = Panache.getEntityManager();
            em.createNativeQuery("update resolution set doc = cast(?1 as jsonb) where id = ?2")
                    .setParameter(1, Documents.whole(reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid))))
                    .setParameter(2, rid).executeUpdate();
            em.createNativeQuery("delete from resolution_article where resolution_id = ?1").setParameter(1, rid).executeUpdate();
        });
        QuarkusTransaction.requiringNew().run(() -> {
            assertFalse(ArticleLists.apart(storedDocument(rid)));
            assertEquals(Documents.whole(reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid))), Documents.served(rid));
        });
        tally.apply(extraction(p + "c", "2025-09-17", new Counts(11, 1, 3), Map.of("USA", "no")));
        QuarkusTransaction.requiringNew().run(() -> {
            assertTrue(ArticleLists.apart(storedDocument(rid)));
            assertEquals(3, count("select count(*) from resolution_article where resolution_id = ?1", rid));
            assertEquals(Documents.whole(reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid))), Documents.served(rid));
        });
    }

    private static String recordOf(String article) {
        return StoredClaim.currentOfArticle(article).get(0).resolutionId;
    }

    private static String storedDocument(String rid) {
        return (String) Panache.getEntityManager().createNativeQuery("select doc::text from resolution where id = ?1")
                .setParameter(1, rid).getSingleResult();
    }

    private static long count(String sql, String rid) {
        return ((Number) Panache.getEntityManager().createNativeQuery(sql).setParameter(1, rid).getSingleResult()).longValue();
    }

    private static ArticleExtraction extraction(String article, String date, Counts counts, Map<String, String> positions) {
        // one symbol a day: reports that differ in their counts are still of one vote
        VoteEvent e = new VoteEvent(article + "#1", "SC", "resolution", date, "resolution on shipping lanes " + date,
                "S/RES/29" + date.substring(8) + " (2025)", List.of(), counts, "adopted", positions, List.of(), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, article, "rules-1.5", date, null, null, null, List.of(e),
                null, null);
    }
}
