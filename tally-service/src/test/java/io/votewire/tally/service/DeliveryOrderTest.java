package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.Documents;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredPairs;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Kafka may redeliver and, across partitions, reorder: the tally's state must not depend on either. The fixture is
 * what the current engine reads in the seeds and our labelled articles (several votes a day, amendments, conflicting
 * sources, a copy of one story under another id); each trial applies it in another random order with random
 * duplicates and must reach the same records, and those records are the ones the articles report. After a change of
 * the reader, {@code tally-service/regenerate-test-extractions} rewrites the fixtures; then update the records below.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class DeliveryOrderTest {
    private static final String PREFIX = "prop-";
    private static final int TRIALS = Integer.getInteger("votewire.delivery-trials", 12);

    @Inject
    ExtractionTally tally;

    @Test
    void anyOrderAndAnyDuplicationGiveTheSameRecords() throws IOException {
        List<ArticleExtraction> fixture = fixture("/extractions.ndjson");
        TreeMap<String, String> expected = run(fixture);
        assertEquals(fixture.size(), QuarkusTransaction.requiringNew().call(
                () -> StoredArticle.count("id like ?1 and status = 'tallied'", PREFIX + "%")));
        // one record per vote the articles report with a count (the labelled cases' truth); "adopted without a vote"
        // (case-022), a Human Rights Council text without counts (case-008) and a thin mention (case-013) wait unlisted
        assertEquals(List.of(
                "GA resolution | 100-11-58 | adopted | 27 Mar 2014 | General Assembly resolution",
                "GA resolution | 124-14-43 | adopted | 18 Sep 2024 | Text demanding that Israel withdraw within 12 months from the Palestinian territory",
                "GA resolution | 128-9-35 | adopted | null | General Assembly resolution",
                "GA resolution | 134-9-28 | adopted | 18 Dec 2019 | Resolution on the situation of human rights of Rohingya Muslims and other minorities in Myanmar",
                "GA resolution | 184-2-3 | adopted | 23 Jun 2021 | General Assembly resolution",
                "GA resolution | 93-18-65 | adopted | 24 Feb 2025 | UN resolution condemning Russian actions in Ukraine",
                "GA resolution | 93-24-58 | adopted | 7 Apr 2022 | General Assembly resolution",
                "GA resolution | 93-8-73 | adopted | null | US resolution",
                "HRC resolution | 24-9-14 | adopted | 27 May 2021 | Human Rights Council resolution",
                "OTHER resolution | 26-null-5 | adopted | null | Resolution censuring Iran for failing to explain uranium traces at undeclared sites",
                "SC resolution | 1-3-11 | rejected | 1 Jun 2018 | Security Council resolution",
                "SC resolution | 10-0-5 | adopted | 17 Mar 2011 | Security Council resolution",
                // the same counts 14 years later (the seeds): another vote, though the seeds give it no date
                "SC resolution | 10-0-5 | adopted | null | Security Council resolution",
                "SC resolution | 10-1-4 | vetoed | 1 Jun 2018 | Kuwaiti-drafted Security Council resolution",
                "SC resolution | 13-1-1 | vetoed | null | Security Council draft on the same subject",
                "SC resolution | 14-0-1 | adopted | 10 Jun 2024 | US-drafted resolution",
                "SC resolution | 14-0-1 | adopted | 23 Dec 2016 | Resolution 2334",
                "SC resolution | 15-0-0 | adopted | 14 Oct 2006 | Security Council resolution",
                "SC resolution | 9-3-3 | vetoed | 28 Feb 2019 | U.S.-drafted text calling for new elections",
                "SC resolution | null-7-null | rejected | 28 Feb 2019 | Russian draft then fell short of the nine votes required"), listed(expected));
        Random random = new Random(Long.getLong("votewire.delivery-seed", 20250224L));
        for (int trial = 0; trial < TRIALS; trial++) {
            List<ArticleExtraction> delivery = new ArrayList<>(fixture);
            for (ArticleExtraction x : fixture) {
                if (random.nextInt(3) == 0) {
                    delivery.add(x);
                }
            }
            Collections.shuffle(delivery, random);
            TreeMap<String, String> actual = run(delivery);
            TreeSet<String> missing = new TreeSet<>(expected.keySet());
            missing.removeAll(actual.keySet());
            TreeSet<String> extra = new TreeSet<>(actual.keySet());
            extra.removeAll(expected.keySet());
            assertEquals(missing, extra, "trial " + trial + ": the claims group into other records");
            for (String claims : expected.keySet()) {
                assertEquals(expected.get(claims), actual.get(claims), "trial " + trial + ": record of " + claims);
            }
        }
    }

    /**
     * Articles posted without a publication date (the pipeline test's seeds) give undated claims only: every one
     * of the 120 orders must still make the same records.
     */
    @Test
    void undatedSeedsInEveryOrderGiveTheSameRecords() throws IOException {
        List<ArticleExtraction> fixture = fixture("/undated-seeds.ndjson");
        TreeMap<String, String> expected = run(fixture);
        // the three votes of 24 February 2025; the amendments' mentions are too thin to list (no counts, one source)
        assertEquals(List.of(
                "GA resolution | 93-18-65 | adopted | 24 Feb | UN resolution condemning Russian actions in Ukraine",
                "GA resolution | 93-8-73 | adopted | 24 Feb | US resolution",
                "SC resolution | 10-0-5 | adopted | 24 Feb | Security Council resolution"), listed(expected));
        for (List<ArticleExtraction> order : orders(fixture)) {
            assertEquals(expected, run(order), "in the order " + order.stream().map(ArticleExtraction::articleId).toList());
        }
    }

    /** The listed records, each as body, kind, counts, outcome, date and title, in a fixed order. */
    private static List<String> listed(TreeMap<String, String> records) {
        List<String> out = new ArrayList<>();
        for (String doc : records.values()) {
            ResolutionRecord r = Json.read(doc, ResolutionRecord.class);
            if (r.listed()) {
                out.add(String.join(" | ", r.body() + " " + r.kind(), r.counts().yes() + "-" + r.counts().no() + "-"
                        + r.counts().abstain(), String.valueOf(r.outcome()), String.valueOf(r.dateText()), r.title()));
            }
        }
        Collections.sort(out);
        return out;
    }

    private static List<List<ArticleExtraction>> orders(List<ArticleExtraction> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<ArticleExtraction>> out = new ArrayList<>();
        for (ArticleExtraction first : items) {
            List<ArticleExtraction> rest = new ArrayList<>(items);
            rest.remove(first);
            for (List<ArticleExtraction> tail : orders(rest)) {
                List<ArticleExtraction> order = new ArrayList<>(List.of(first));
                order.addAll(tail);
                out.add(order);
            }
        }
        return out;
    }

    /** Applies the extractions to an empty tally and describes the records independently of their ids. */
    private TreeMap<String, String> run(List<ArticleExtraction> delivery) {
        QuarkusTransaction.requiringNew().run(() -> {
            var em = StoredArticle.getEntityManager();
            em.createNativeQuery("delete from resolution where id in (select resolution_id from claim where article_id like 'prop-%')").executeUpdate();
            em.createNativeQuery("delete from resolution_merge where from_id not in (select id from resolution)").executeUpdate();
            em.createNativeQuery("delete from claim where article_id like 'prop-%'").executeUpdate();
            em.createNativeQuery("delete from article_band where article_id like 'prop-%'").executeUpdate();
            em.createNativeQuery("delete from article where id like 'prop-%'").executeUpdate();
        });
        delivery.forEach(tally::apply);
        return QuarkusTransaction.requiringNew().call(() -> {
            assertEquals(StoredPairs.ofClaims(PREFIX), StoredPairs.stored(PREFIX), "the records each article links");
            TreeMap<String, String> records = new TreeMap<>();
            TreeSet<String> ids = new TreeSet<>();
            for (StoredClaim c : StoredClaim.<StoredClaim>list("articleId like ?1 and superseded = false", PREFIX + "%")) {
                ids.add(c.resolutionId);
            }
            for (String id : ids) {
                ResolutionRecord record = Documents.record(id);
                TreeSet<String> claims = new TreeSet<>();
                StoredClaim.currentOfResolution(id).forEach(c -> claims.add(c.key.eventId()));
                records.put(String.join(",", claims), Json.write(record).replace(id, "<id>"));
            }
            return records;
        });
    }

    private static List<ArticleExtraction> fixture(String resource) throws IOException {
        List<ArticleExtraction> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                DeliveryOrderTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank()).forEach(l -> out.add(Json.read(l, ArticleExtraction.class)));
        }
        return out;
    }
}
