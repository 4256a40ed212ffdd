package io.votewire.tally.service;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.SourceTrust.Agreement;
import io.votewire.tally.persistence.SourceAgreementRows;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An outlet's agreement follows the consensus of the records its claims are in: when a record's counts or outcome
 * change, every claim of it is judged again and its outlet's figures for that record are replaced, not added to.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class TrustRejudgedTest {
    private static final String PREFIX = "rejudge-";

    @Inject
    ExtractionTally tally;

    @Test
    void aConsensusThatChangesJudgesEveryClaimOfTheRecordAgain() {
        tally.apply(report("a", "rules-1.5", new Counts(11, 1, 3)));
        assertAgreement("a", 0, 0); // alone it is no consensus yet
        String rid = QuarkusTransaction.requiringNew().call(() -> StoredClaim.currentOfArticle(PREFIX + "a").get(0).resolutionId);

        // a second source agrees: the first claim is judged now too (it was left at nothing before)
        tally.apply(report("b", "rules-1.5", new Counts(11, 1, 3)));
        assertAgreement("a", 4, 0);
        assertAgreement("b", 4, 0);

        // three sources say 12-1-2: the consensus moves, and the first two now disagree on two figures
        List<ArticleExtraction> three = List.of(report("c", "rules-1.5", new Counts(12, 1, 2)),
                report("d", "rules-1.5", new Counts(12, 1, 2)), report("e", "rules-1.5", new Counts(12, 1, 2)));
        tally.applyAll(three);
        assertAgreement("a", 2, 2);
        assertAgreement("b", 2, 2);
        assertAgreement("c", 4, 0);
        tally.applyAll(three); // delivered again: nothing counted twice
        assertAgreement("a", 2, 2);
        assertAgreement("c", 4, 0);

        // a newer engine reads the first article as 12-1-2: its claim is replaced and judged afresh
        tally.apply(report("a", "rules-99.0", new Counts(12, 1, 2)));
        assertAgreement("a", 4, 0);
        assertAgreement("b", 2, 2);
        QuarkusTransaction.requiringNew().run(() -> assertEquals(Map.of(outlet("a"), new Agreement(4, 0),
                outlet("b"), new Agreement(2, 2), outlet("c"), new Agreement(4, 0), outlet("d"), new Agreement(4, 0),
                outlet("e"), new Agreement(4, 0)), SourceAgreementRows.of(rid), "the record's rows are its claims' judgements"));
    }

    /** The outlet's totals (what its weight is computed from) are the sums of its rows per record. */
    private static void assertAgreement(String article, long agreed, long disagreed) {
        QuarkusTransaction.requiringNew().run(() -> {
            List<?> totals = Panache.getEntityManager().createNativeQuery("select agreed, disagreed from source_trust where outlet = ?1")
                    .setParameter(1, outlet(article)).getResultList();
            Object[] t = totals.isEmpty() ? new Object[] {0L, 0L} : (Object[]) totals.get(0);
            assertEquals(List.of(agreed, disagreed), List.of(((Number) t[0]).longValue(), ((Number) t[1]).longValue()),
                    "agreed and disagreed of " + outlet(article));
            Object[] rows = (Object[]) Panache.getEntityManager().createNativeQuery("select coalesce(sum(agreed), 0),"
                    + " coalesce(sum(disagreed), 0) from source_agreement where outlet = ?1").setParameter(1, outlet(article)).getSingleResult();
            assertEquals(List.of(agreed, disagreed), List.of(((Number) rows[0]).longValue(), ((Number) rows[1]).longValue()),
                    "rows of " + outlet(article));
        });
    }

    private static String outlet(String article) {
        return PREFIX + article + ".example";
    }

    private static ArticleExtraction report(String article, String engine, Counts counts) {
        VoteEvent e = new VoteEvent(PREFIX + article + "#1", "SC", "resolution", "2031-05-06", "Lake monitoring mission",
                "S/RES/9931(2031)", List.of(), counts, "adopted", Map.of(), List.of(), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, PREFIX + article, engine, "2031-05-07",
                "https://" + outlet(article) + "/story", null, null, List.of(e), null, null);
    }
}
