package io.votewire.tally.domain;

import io.votewire.contract.Counts;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.votewire.tally.domain.ClaimsForTest.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceTrustTest {
    private final SourceTrust trust = SourceTrust.seeded();

    @Test
    void anOutletIsItsArticlesHost() {
        assertEquals("press.un.org", SourceTrust.outlet("https://press.un.org/en/2031/sc99999.doc.htm"));
        assertEquals("example-wire.test", SourceTrust.outlet("HTTP://WWW.Example-Wire.test:8080/a?b=c"));
        assertNull(SourceTrust.outlet(null));
        assertNull(SourceTrust.outlet("not a url"));
        assertNull(SourceTrust.outlet("urn:isbn:0451450523"));
    }

    @Test
    void theUnsPagesStartHighAndEveryOtherOutletNeutral() {
        assertEquals(1.8, trust.weight("press.un.org", 0, 0), "a seed covers its subdomains");
        assertEquals(1.8, trust.weight("news.un.org", 0, 0));
        assertEquals(1.8, trust.weight("un.org", 0, 0));
        assertEquals(1.0, trust.weight("fun.org", 0, 0), "a seed is a domain, not a suffix of letters");
        assertEquals(1.0, trust.weight("daily-example.test", 0, 0));
        assertEquals(1.0, trust.weight(null, 0, 0), "an unknown outlet weighs as a neutral one");
    }

    @Test
    void agreementRaisesAndContradictionLowersWithinBounds() {
        assertEquals(1.1, trust.weight("wire.test", 1, 0), "one agreement moves a new outlet a step");
        assertEquals(1.4, trust.weight("wire.test", 10, 2));
        assertEquals(0.6, trust.weight("wire.test", 2, 10));
        assertEquals(SourceTrust.MAX_WEIGHT, trust.weight("wire.test", 10_000, 0), "no outlet outweighs two neutral ones");
        assertEquals(SourceTrust.MIN_WEIGHT, trust.weight("wire.test", 0, 10_000), "none counts for less than half of one");
        assertEquals(0.6, trust.weight("press.un.org", 3, 30), "the UN's pages too lose trust when they keep disagreeing");
        assertTrue(2 * SourceTrust.NEUTRAL_WEIGHT > SourceTrust.MAX_WEIGHT);
    }

    @Test
    void aSeedMustBeAProbability() {
        assertThrows(IllegalArgumentException.class, () -> new SourceTrust(Map.of("x.test", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> new SourceTrust(Map.of("x.test", 0.0)));
    }

    @Test
    void aClaimAgreesOrDisagreesWithItsRecordFigureByFigure() {
        ResolutionReconciler reconciler = new ResolutionReconciler();
        ResolutionRecord record = reconciler.reconcile("r", List.of(
                claim("a", "SC", "t", 13, 0, 2, "vetoed", Map.of()), claim("b", "SC", "t", 13, 0, 2, "vetoed", Map.of())));
        VoteEvent other = claim("c", "SC", "t", 12, 0, null, "rejected", Map.of()).event();
        assertEquals(new SourceTrust.Agreement(2, 1), SourceTrust.agreement(other, record),
                "12 is contradicted, 0 and 'rejected' (of a veto) agree, an unsaid abstain count says nothing");
        ResolutionRecord alone = reconciler.reconcile("r", List.of(claim("a", "SC", "t", 13, 0, 2, "vetoed", Map.of())));
        assertEquals(new SourceTrust.Agreement(0, 0), SourceTrust.agreement(other, alone), "one source is no consensus");
    }

    /** Claims are judged against a consensus; when it moves they are judged again, and its key says when. */
    @Test
    void aRecordsConsensusIsItsCountsAndOutcomeOnceTwoSourcesMakeIt() {
        ResolutionReconciler reconciler = new ResolutionReconciler();
        Claim first = outlet("wire.test", claim("a", "GA", "t", 140, 9, 20, "adopted", Map.of()));
        Claim second = outlet("daily.test", claim("b", "GA", "t", 140, 9, 20, "adopted", Map.of()));
        Claim third = outlet("wire.test", claim("c", "GA", "t", 141, 9, 19, "adopted", Map.of()));
        assertNull(SourceTrust.consensus(reconciler.reconcile("r", List.of(first))), "one source: no consensus");
        ResolutionRecord two = reconciler.reconcile("r", List.of(first, second));
        assertEquals("140|9|20|adopted", SourceTrust.consensus(two));
        assertEquals(Map.of("wire.test", new SourceTrust.Agreement(6, 2), "daily.test", new SourceTrust.Agreement(4, 0)),
                SourceTrust.agreements(List.of(first, second, third), two), "per outlet, over all its claims");
        assertEquals(Map.of(), SourceTrust.agreements(List.of(claim("d", "GA", "t", 140, 9, 20, "adopted", Map.of())), two),
                "a claim of no known outlet teaches nothing");
        assertEquals(new SourceTrust.Agreement(-2, 2), new SourceTrust.Agreement(4, 0).minus(new SourceTrust.Agreement(6, -2)));
    }

    @Test
    void aUnSourceWinsAOneToOneDisagreementANeutralPairDoesNot() {
        Claim un = outlet("press.un.org", claim("a", "SC", "t", 13, 0, 2, "adopted", Map.of()));
        Claim wire = outlet("wire.test", claim("b", "SC", "t", 12, 0, 2, "adopted", Map.of()));
        Claim other = outlet("daily.test", claim("c", "SC", "t", 12, 0, 2, "adopted", Map.of()));
        ResolutionReconciler reconciler = new ResolutionReconciler();
        assertEquals(new Counts(12, 0, 2), reconciler.derive("r", RecordTally.of(List.of(un, wire))).counts(),
                "unweighed, the tie goes by the fixed order");
        assertEquals(new Counts(13, 0, 2), reconciler.derive("r", weighed(List.of(un, wire))).counts());
        assertEquals(new Counts(12, 0, 2), reconciler.derive("r", weighed(List.of(un, wire, other))).counts(),
                "two independent outlets outweigh the UN's one");
        assertEquals(2, reconciler.derive("r", weighed(List.of(un, wire))).support().get("counts.yes").size(),
                "the outweighed figure stays visible");
    }

    private RecordTally weighed(List<Claim> claims) {
        return RecordTally.of(claims).weighedBy(o -> trust.weight(o, 0, 0));
    }

    private static Claim outlet(String outlet, Claim c) {
        return new Claim(c.articleId(), c.source(), c.extractorVersion(), c.published(), c.event(), outlet);
    }
}
