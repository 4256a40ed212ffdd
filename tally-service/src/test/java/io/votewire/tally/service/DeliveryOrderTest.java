package io.votewire.tally.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.tally.domain.ResolutionRecord;
import io.votewire.tally.persistence.StoredArticle;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredResolution;
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
 * what the engine read in the seeds and our labelled articles (several votes a day, amendments, conflicting
 * sources, a copy of one story under another id); each trial applies it in another random order with random
 * duplicates and must reach the same records.
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
        for (List<ArticleExtraction> order : orders(fixture)) {
            assertEquals(expected, run(order), "in the order " + order.stream().map(ArticleExtraction::articleId).toList());
        }
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
            TreeMap<String, String> records = new TreeMap<>();
            TreeSet<String> ids = new TreeSet<>();
            for (StoredClaim c : StoredClaim.<StoredClaim>list("articleId like ?1 and superseded = false", PREFIX + "%")) {
                ids.add(c.resolutionId);
            }
            for (String id : ids) {
                StoredResolution r = StoredResolution.findById(id);
                ResolutionRecord record = Json.read(r.doc, ResolutionRecord.class);
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
