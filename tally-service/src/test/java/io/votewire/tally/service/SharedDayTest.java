package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Counts;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Articles without a publication date: one gives a vote's day ("on July 14"), another tells that vote and a second
 * one with no day for either. The second vote's record shows the first one's day, whichever article comes first,
 * and loses it when the day goes.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class SharedDayTest {
    @Inject
    ExtractionTally tally;

    @Test
    void theDayComesAfterTheArticleThatLinksTheVotes() {
        String p = "shared-day-1-";
        tally.apply(dayOfTheTreaty(p, "rules-1.5", "--07-14"));
        tally.apply(bothVotes(p));
        assertEquals("14 Jul", dateText(p + "both", 2));
        assertEquals("14 Jul", dateText(p + "both", 1));
    }

    @Test
    void theDayArrivesLastAndReachesTheOtherVote() {
        String p = "shared-day-2-";
        tally.apply(bothVotes(p));
        assertNull(dateText(p + "both", 2), "no day told anywhere yet");
        tally.apply(dayOfTheTreaty(p, "rules-1.5", "--07-14"));
        assertEquals("14 Jul", dateText(p + "both", 2));
    }

    @Test
    void theDayGoesWhenTheArticleNoLongerGivesIt() {
        String p = "shared-day-3-";
        tally.applyAll(List.of(bothVotes(p), dayOfTheTreaty(p, "rules-1.5", "--07-14")));
        assertEquals("14 Jul", dateText(p + "both", 2));
        tally.apply(dayOfTheTreaty(p, "rules-99.0", null)); // a newer engine reads no day in it
        assertNull(dateText(p + "both", 1));
        assertNull(dateText(p + "both", 2));
    }

    private static String dateText(String article, int event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String rid = StoredClaim.currentOfArticle(article).stream().filter(c -> c.key.eventId().endsWith("#" + event))
                    .findFirst().orElseThrow().resolutionId;
            return Json.read(StoredResolution.<StoredResolution>findById(rid).doc, ResolutionRecord.class).dateText();
        });
    }

    /** The rights council's vote on an amendment about a river treaty, with its day. */
    private static ArticleExtraction dayOfTheTreaty(String p, String engine, String monthDay) {
        VoteEvent e = new VoteEvent(p + "day#1", "HRC", "amendment", null, "river treaty amendment", symbol(p), List.of(),
                new Counts(30, 10, 7), "adopted", Map.of(), List.of(), 0.9, monthDay);
        return undated(p + "day", engine, e);
    }

    /**
     * The same vote and the council's vote on another amendment, neither with a day (amendments
     * of the rights council: no thin mention other tests leave behind can join them).
     */
    private static ArticleExtraction bothVotes(String p) {
        VoteEvent treaty = new VoteEvent(p + "both#1", "HRC", "amendment", null, "river treaty amendment", symbol(p),
                List.of(), new Counts(30, 10, 7), "adopted", Map.of(), List.of(), 0.9);
        int run = run(p); // each test its own vote, nothing like another test's
        VoteEvent other = new VoteEvent(p + "both#2", "HRC", "amendment", null,
                List.of("fishing quota amendment", "grain levy amendment", "port fee amendment").get(run - 1), null, List.of(),
                List.of(new Counts(12, 25, 10), new Counts(21, 8, 17), new Counts(29, 3, 14)).get(run - 1), "rejected",
                Map.of(), List.of(), 0.9);
        return new ArticleExtraction(ArticleExtraction.VERSION, p + "both", "rules-1.5", null, null, null, null,
                List.of(treaty, other), null, null);
    }

    private static ArticleExtraction undated(String id, String engine, VoteEvent e) {
        return new ArticleExtraction(ArticleExtraction.VERSION, id, engine, null, null, null, null, List.of(e), null, null);
    }

    private static String symbol(String p) {
        return "A/HRC/99/L." + run(p);
    }

    private static int run(String p) {
        return p.charAt(p.length() - 2) - '0';
    }
}
