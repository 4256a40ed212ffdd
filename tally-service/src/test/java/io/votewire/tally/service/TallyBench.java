package io.votewire.tally.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import io.votewire.tally.persistence.StoredClaim;
import io.votewire.tally.persistence.StoredResolution;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.PostgresTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A measuring tool, not a check of the build (it runs only when asked): applies extractions (NDJSON of
 * {@link ArticleExtraction}, the reader's from {@code ArchiveExtract} or labels made into events by
 * {@code deploy/bench/tally-bench}) to an empty tally through the real {@link ExtractionTally}, in the file's order and
 * in shuffled ones, and writes what {@code run_eval.py} would have fetched from a stack (articles with their events'
 * {@code resolution_id}, and every record they name), one JSON file per order, for {@code score.py}:
 * <pre>
 * ./mvnw -B -o -pl tally-service -am test -Dtest=TallyBench -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dvotewire.bench.in=/tmp/ru.gold.ndjson,/tmp/ru.reader.ndjson -Dvotewire.bench.out=/tmp/bench -Dvotewire.bench.orders=8
 * </pre>
 * Everything the tally keeps (trust included) is emptied before each order, so the orders are independent.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
@EnabledIfSystemProperty(named = "votewire.bench.in", matches = ".+")
class TallyBench {
    private static final String PREFIX = "bench-";
    private static final List<String> TABLES = List.of("claim", "resolution", "resolution_merge", "resolution_tally",
            "article_band", "article", "source_trust", "source_agreement", "record_consensus", "record_pair_article");

    @Inject
    ExtractionTally tally;

    @Test
    void applyInSeveralOrders() throws IOException, InterruptedException {
        Path out = Path.of(System.getProperty("votewire.bench.out", "target/tally-bench"));
        int orders = Integer.getInteger("votewire.bench.orders", 8);
        Files.createDirectories(out);
        for (String in : System.getProperty("votewire.bench.in").split(",")) {
            List<ArticleExtraction> fixture = Files.readAllLines(Path.of(in)).stream().filter(l -> !l.isBlank())
                    .map(l -> Json.read(l, ArticleExtraction.class)).map(TallyBench::prefixed).toList();
            String name = Path.of(in).getFileName().toString().replaceFirst("\\.ndjson$", "");
            for (int order = 0; order < orders; order++) {
                List<ArticleExtraction> delivery = new ArrayList<>(fixture);
                if (order > 0) {
                    Collections.shuffle(delivery, new Random(order));
                }
                empty();
                delivery.forEach(tally::apply);
                Map<String, Object> system = system(fixture);
                Files.writeString(out.resolve(name + ".order-" + order + ".json"), Json.write(system));
                @SuppressWarnings("unchecked")
                Map<String, Object> articles = (Map<String, Object>) system.get("articles");
                assertEquals(fixture.size(), articles.size(), "every article of " + in + " is tallied");
            }
        }
    }

    /** Empties the tally, and waits out the outlets' weights this instance read (re-read every 10 s). */
    private static void empty() throws InterruptedException {
        QuarkusTransaction.requiringNew().run(() -> StoredClaim.getEntityManager()
                .createNativeQuery("truncate " + String.join(", ", TABLES) + " cascade").executeUpdate());
        Thread.sleep(SourceWeights.REFRESH_MILLIS + 100);
    }

    private static ArticleExtraction prefixed(ArticleExtraction x) {
        List<VoteEvent> events = x.events() == null ? null : x.events().stream().map(e -> new VoteEvent(PREFIX + e.eventId(),
                e.body(), e.kind(), e.date(), e.title(), e.symbol(), e.sponsors(), e.counts(), e.outcome(), e.positions(),
                e.evidence(), e.confidence(), e.monthDay())).toList();
        return new ArticleExtraction(x.version(), PREFIX + x.articleId(), x.extractorVersion(), x.published(), x.url(),
                x.headline(), x.fingerprint(), events, x.error(), x.extractedAt(), x.attempt());
    }

    /** As run_eval.py saves a stack's answers: each article's events with their records, and those records. */
    private static Map<String, Object> system(List<ArticleExtraction> fixture) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Object> articles = new TreeMap<>();
            Map<String, Object> resolutions = new TreeMap<>();
            for (ArticleExtraction x : fixture) {
                List<Object> events = new ArrayList<>();
                for (StoredClaim c : StoredClaim.currentOfArticle(x.articleId())) {
                    ObjectNode e = (ObjectNode) Json.MAPPER.readTree(c.event);
                    e.put("event_id", c.key.eventId().substring(PREFIX.length()));
                    e.put("resolution_id", c.resolutionId);
                    events.add(e);
                    StoredResolution r = StoredResolution.findById(c.resolutionId);
                    resolutions.put(c.resolutionId, Json.MAPPER.readTree(r.doc));
                }
                articles.put(x.articleId().substring(PREFIX.length()), Map.of("status", "tallied", "events", events));
            }
            return Map.of("articles", articles, "resolutions", resolutions);
        });
    }
}
