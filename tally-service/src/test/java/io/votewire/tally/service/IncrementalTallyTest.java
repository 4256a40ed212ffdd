package io.votewire.tally.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.Claim;
import io.votewire.tally.domain.RecordTally;
import io.votewire.tally.domain.ResolutionReconciler;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.DayLinks;
import io.votewire.tally.persistence.Documents;
import io.votewire.tally.persistence.ResolutionMerge;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredPairs;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.tally.persistence.StoredTally;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Records are kept by adding each claim to a stored tally; a full recompute from the claims must give the same
 * document and tally, after batches, redeliveries, re-extractions (claims superseded, records emptied) and merges.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class IncrementalTallyTest {
    private static final String PREFIX = "inc-";

    @Inject
    ExtractionTally tally;
    @Inject
    NearDuplicates nearDuplicates;
    @Inject
    SourceWeights sourceWeights;
    @Inject
    MeterRegistry meters;

    private final ResolutionReconciler reconciler = new ResolutionReconciler();

    @Test
    void recordsKeptClaimByClaimEqualTheirFullRecompute() throws IOException {
        List<ArticleExtraction> fixture = fixture();
        // in batches of seven, the last batch delivered twice
        for (int i = 0; i < fixture.size(); i += 7) {
            tally.applyAll(fixture.subList(i, Math.min(fixture.size(), i + 7)));
        }
        tally.applyAll(fixture.subList(fixture.size() - 7, fixture.size()));
        assertSameAsRecomputed();

        // a newer engine reads a third of the articles again: other counts for the first vote, the last one dropped
        List<ArticleExtraction> reread = new ArrayList<>();
        for (int i = 0; i < fixture.size(); i += 3) {
            ArticleExtraction x = fixture.get(i);
            if (x.events().isEmpty()) {
                continue;
            }
            List<VoteEvent> events = new ArrayList<>(x.events());
            VoteEvent first = events.get(0);
            events.set(0, new VoteEvent(first.eventId(), first.body(), first.kind(), first.date(), first.title(),
                    first.symbol(), first.sponsors(), new Counts(101, 7, 9), first.outcome(), first.positions(),
                    first.evidence(), first.confidence()));
            if (events.size() > 1) {
                events.remove(events.size() - 1);
            }
            reread.add(new ArticleExtraction(x.version(), x.articleId(), "rules-99.0", x.published(), x.url(),
                    x.headline(), x.fingerprint(), events, null, x.extractedAt()));
        }
        assertTrue(reread.size() >= 5);
        tally.applyAll(reread);
        assertSameAsRecomputed();
    }

    /**
     * A thin record (a title and one position), then a vote with other words and counts (a record of its own), then
     * a report with both: the first two are one vote (the thin record fits only the second), merged within the
     * batch, and the third joins them.
     */
    @Test
    void aMergedRecordEqualsItsFullRecompute() {
        VoteEvent thin = event("m1", "Sahel mission", Counts.NONE, null, Map.of("NER", "abstain"));
        VoteEvent other = event("m2", "maritime patrol renewal", new Counts(14, 0, 1), null, Map.of());
        VoteEvent both = event("m3", "Sahel mission", new Counts(14, 0, 1), "adopted", Map.of());
        tally.apply(extraction("m1", thin));
        tally.applyAll(List.of(extraction("m2", other), extraction("m3", both)));
        assertSameAsRecomputed();
        QuarkusTransaction.requiringNew().run(() -> {
            String rid = StoredClaim.currentOfArticle(PREFIX + "m3").get(0).resolutionId;
            assertEquals(rid, StoredClaim.currentOfArticle(PREFIX + "m1").get(0).resolutionId, "one vote, one record");
            assertEquals(rid, StoredClaim.currentOfArticle(PREFIX + "m2").get(0).resolutionId, "one vote, one record");
            List<ResolutionMerge> merges = ResolutionMerge.list("intoId", rid);
            assertEquals(1, merges.size());
            assertEquals(null, StoredResolution.findById(merges.get(0).fromId));
        });
    }

    /**
     * A thin mention (no count, no symbol, one source) that fits no vote waits in an unlisted record; the report of
     * the vote it fits, arriving later, joins it there and lists it.
     */
    @Test
    void aWaitingMentionIsListedOnceTheVoteItFitsArrives() {
        VoteEvent mention = new VoteEvent(PREFIX + "w1#1", "HRC", "resolution", "2031-05-06", "Arctic fisheries text",
                null, List.of(), Counts.NONE, "adopted", Map.of(), List.of(), 0.6);
        tally.apply(extraction("w1", mention));
        String waiting = QuarkusTransaction.requiringNew().call(() -> StoredClaim.currentOfArticle(PREFIX + "w1").get(0).resolutionId);
        QuarkusTransaction.requiringNew().run(() -> assertFalse(StoredResolution.<StoredResolution>findById(waiting).listed));
        VoteEvent vote = new VoteEvent(PREFIX + "w2#1", "HRC", "resolution", "2031-05-06", "Arctic fisheries resolution",
                null, List.of(), new Counts(30, 5, 12), "adopted", Map.of(), List.of(), 0.9);
        tally.apply(extraction("w2", vote));
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(waiting, StoredClaim.currentOfArticle(PREFIX + "w2").get(0).resolutionId, "one vote, one record");
            StoredResolution r = StoredResolution.findById(waiting);
            assertTrue(r.listed);
            ResolutionRecord doc = Json.read(r.doc, ResolutionRecord.class);
            assertTrue(doc.listed());
            assertEquals(2, doc.sources());
            assertEquals("Arctic fisheries resolution", doc.title());
        });
        assertSameAsRecomputed();
    }

    /**
     * A mention (no count, no symbol) joins the only vote of its day there is; a second vote of that day arriving
     * later that it fits as well places it again, as if both had been there first: apart, waiting, when it fits both
     * alike; with the second when its words name that one; with the first when the second is not a vote it fits (it
     * failed where the mention says adopted). Each ends as the order with both votes first does, the mention first
     * too (it waits, joins the first vote, and is placed again), and the records equal their full recompute.
     */
    @Test
    void aMentionIsPlacedAgainWhenASecondVoteItFitsArrives() {
        Object[][] cases = {
                {"GA", "2041-03-11", null, new Counts(120, 30, 25), "adopted", "apart", new Counts(150, 2, 20)},
                {"HRC", "2042-07-02", "the prison visits text", new Counts(28, 9, 10), "adopted", "second", new Counts(30, 8, 9)},
                {"SC", "2043-10-20", null, new Counts(4, 6, 5), "rejected", "first", new Counts(13, 0, 2)},
        };
        for (Object[] c : cases) {
            String body = (String) c[0];
            String expected = (String) c[5];
            for (int order = 0; order < 3; order++) {
                // each order a century apart, so the two do not meet
                String day = (Integer.parseInt(((String) c[1]).substring(0, 4)) + 100 * order) + ((String) c[1]).substring(4);
                String run = body + order;
                VoteEvent first = dayEvent(run + "a", body, day, "text on river basin sharing", (Counts) c[6], "adopted");
                VoteEvent mention = dayEvent(run + "m", body, day, (String) c[2], Counts.NONE, "adopted");
                VoteEvent second = dayEvent(run + "b", body, day, "resolution on prison visits", (Counts) c[3], (String) c[4]);
                List<VoteEvent> arrival = order == 0 ? List.of(first, mention, second)
                        : order == 1 ? List.of(first, second, mention) : List.of(mention, first, second);
                arrival.forEach(e -> tally.apply(dayExtraction(e, day)));
                String placed = QuarkusTransaction.requiringNew().call(() -> {
                    String m = resolutionOf(mention);
                    return m.equals(resolutionOf(first)) ? "first" : m.equals(resolutionOf(second)) ? "second" : "apart";
                });
                assertEquals(expected, placed, run);
            }
        }
        assertSameAsRecomputed();
    }

    private static String resolutionOf(VoteEvent e) {
        return StoredClaim.currentOfArticle(e.eventId().replaceFirst("#1$", "")).get(0).resolutionId;
    }

    private static VoteEvent dayEvent(String article, String body, String day, String title, Counts counts, String outcome) {
        return new VoteEvent(PREFIX + article + "#1", body, "resolution", day, title, null, List.of(), counts, outcome,
                Map.of(), List.of(), 0.9);
    }

    /** The event's article, published the day after its vote. */
    private static ArticleExtraction dayExtraction(VoteEvent e, String day) {
        return new ArticleExtraction(ArticleExtraction.VERSION, e.eventId().replaceFirst("#1$", ""), "rules-1.5",
                java.time.LocalDate.parse(day).plusDays(1).toString(), null, null, null, List.of(e), null, null);
    }

    /**
     * An instance keeps the tallies it wrote and takes one again while the record's row has the revisions it wrote;
     * when another instance wrote the record since, it reads the stored tally instead of its stale one.
     */
    @Test
    void aTallyAnotherInstanceWroteIsReadAgain() {
        ExtractionTally other = new ExtractionTally(nearDuplicates, sourceWeights, meters);
        tally.apply(extraction("c1", vote("c1")));
        String rid = QuarkusTransaction.requiringNew().call(() -> StoredClaim.currentOfArticle(PREFIX + "c1").get(0).resolutionId);
        other.apply(extraction("c2", vote("c2")));
        tally.apply(extraction("c3", vote("c3")));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(3,
                Json.read(StoredResolution.<StoredResolution>findById(rid).doc, ResolutionRecord.class).sources(),
                "the claim the other instance added is kept"));
        assertSameAsRecomputed();

        // at the revisions it wrote, the instance takes its own: a stored tally changed behind its back is not read
        QuarkusTransaction.requiringNew().run(() -> StoredTally.getEntityManager()
                .createNativeQuery("update resolution_tally set state = ?1 where resolution_id = ?2")
                .setParameter(1, Json.write(RecordTally.of(List.of()).state())).setParameter(2, rid).executeUpdate());
        tally.apply(extraction("c4", vote("c4")));
        assertSameAsRecomputed();
    }

    /**
     * A large record's tally lives in the memory of the instance that keeps it, not in the database: no tally lacking
     * a later batch's claims is left stored, and an instance without it (another one, or this one after another
     * wrote the record) makes it from the claims. For these two instances every record is large.
     */
    @Test
    void aLargeRecordsTallyIsKeptInMemoryAndMadeFromItsClaimsElsewhere() {
        ExtractionTally one = new ExtractionTally(nearDuplicates, sourceWeights, meters, 1);
        ExtractionTally other = new ExtractionTally(nearDuplicates, sourceWeights, meters, 1);
        tally.apply(extraction("l1", largeVote("l1"))); // small for the usual limit: its tally is stored
        String rid = QuarkusTransaction.requiringNew().call(() -> StoredClaim.currentOfArticle(PREFIX + "l1").get(0).resolutionId);
        QuarkusTransaction.requiringNew().run(() -> assertNotNull(StoredTally.findById(rid)));
        one.applyAll(List.of(extraction("l2", largeVote("l2")), extraction("l3", largeVote("l3"))));
        assertRecomputedWith(rid, 3);
        QuarkusTransaction.requiringNew().run(() -> assertNull(StoredTally.findById(rid), "no stored tally lacking l2 and l3"));

        other.apply(extraction("l4", largeVote("l4"))); // has nothing in memory: from the claims
        assertRecomputedWith(rid, 4);
        one.apply(extraction("l5", largeVote("l5"))); // its own tally lacks l4: the row's revision tells it
        assertRecomputedWith(rid, 5);
        QuarkusTransaction.requiringNew().run(() -> assertNull(StoredTally.findById(rid), "no stored tally"));
        tally.apply(extraction("l6", largeVote("l6")));
        assertSameAsRecomputed();
    }

    private void assertRecomputedWith(String rid, int sources) {
        QuarkusTransaction.requiringNew().run(() -> {
            assertEquals(sources, Documents.record(rid).sources());
            ResolutionRecord recomputed = reconciler.reconcile(rid, StoredClaim.claimsOfResolution(rid))
                    .withDayOfItsArticles(daysOfTheOtherVotes(rid));
            assertEquals(Documents.whole(recomputed), Documents.served(rid));
        });
    }

    private static VoteEvent largeVote(String article) {
        return new VoteEvent(PREFIX + article + "#1", "GA", "resolution", "2031-04-20", "Glacier monitoring network",
                null, List.of(), new Counts(141, 9, 22), "adopted", Map.of("NOR", "yes"), List.of(), 0.9);
    }

    private static VoteEvent vote(String article) {
        return new VoteEvent(PREFIX + article + "#1", "GA", "resolution", "2031-05-05", "Antarctic krill quotas",
                null, List.of(), new Counts(120, 4, 30), "adopted", Map.of(), List.of(), 0.9);
    }

    private static VoteEvent event(String article, String title, Counts counts, String outcome, Map<String, String> positions) {
        return new VoteEvent(PREFIX + article + "#1", "SC", "resolution", "2031-05-06", title, null, List.of(), counts,
                outcome, positions, List.of(), 0.9);
    }

    private static ArticleExtraction extraction(String id, VoteEvent e) {
        return new ArticleExtraction(ArticleExtraction.VERSION, PREFIX + id, "rules-1.5", "2031-05-07", null, null,
                null, List.of(e), null, null);
    }

    private void assertSameAsRecomputed() {
        QuarkusTransaction.requiringNew().run(() -> {
            TreeSet<String> ids = new TreeSet<>();
            StoredClaim.<StoredClaim>list("articleId like ?1 and superseded = false", PREFIX + "%")
                    .forEach(c -> ids.add(c.resolutionId));
            assertTrue(!ids.isEmpty());
            for (String id : ids) {
                List<Claim> claims = StoredClaim.claimsOfResolution(id);
                StoredTally t = StoredTally.findById(id);
                assertNotNull(t, id);
                ResolutionRecord recomputed = reconciler.reconcile(id, claims).withDayOfItsArticles(daysOfTheOtherVotes(id));
                assertEquals(Documents.whole(recomputed), Documents.served(id), id);
                assertEquals(Json.write(RecordTally.of(claims).state()), t.state, id);
            }
            // which records each article links, kept through merges, mentions placed again and re-extractions
            assertEquals(StoredPairs.ofClaims(PREFIX), StoredPairs.stored(PREFIX));
            // merged records are gone with their tallies
            for (ResolutionMerge m : ResolutionMerge.<ResolutionMerge>listAll()) {
                assertEquals(null, StoredTally.findById(m.fromId), m.fromId);
            }
        });
    }

    /** The own days of the records the record's undated articles also report, each recomputed from its claims. */
    private List<String> daysOfTheOtherVotes(String id) {
        List<String> days = new ArrayList<>();
        for (String other : DayLinks.of(List.of(id)).getOrDefault(id, Set.of())) {
            String day = reconciler.reconcile(other, StoredClaim.claimsOfResolution(other)).ownDay();
            if (day != null) {
                days.add(day);
            }
        }
        return days;
    }

    private static List<ArticleExtraction> fixture() throws IOException {
        List<ArticleExtraction> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                IncrementalTallyTest.class.getResourceAsStream("/extractions.ndjson"), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(Json.read(l.replace("prop-", PREFIX), ArticleExtraction.class)));
        }
        return out;
    }
}
