package io.votewire.extraction.reader;

import com.fasterxml.jackson.databind.JsonNode;
import io.votewire.contract.Article;
import io.votewire.contract.Counts;
import io.votewire.contract.Json;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Regression test over our own labelled articles (src/test/resources/articles, the eval kit's format): every
 * fact the engine extracts is paired with the article's claims the way the eval's scorer does it, and the
 * fact-level F1 over all of them must stay at or above {@link #MIN_F1}. Misses are listed in the failure message.
 */
class LabelledArticlesTest {
    private static final double MIN_F1 = 0.90;
    private static final String[] VOTES = {"yes", "no", "abstain", "absent"};

    private final ArticleReader reader = new ArticleReader();

    @Test
    void ourLabelledArticlesAreReadAsLabelled() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/articles").toURI());
        int tp = 0;
        int fp = 0;
        int fn = 0;
        List<String> misses = new ArrayList<>();
        int articles = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                articles++;
                JsonNode a = Json.MAPPER.readTree(f.toFile());
                List<VoteEvent> events = reader.read(new Article(Article.VERSION, a.get("id").asText(), null,
                        a.path("published").isTextual() ? a.get("published").asText() : null, null,
                        a.get("body").asText(), Instant.EPOCH));
                List<Set<String>> system = events.stream().map(LabelledArticlesTest::facts).toList();
                List<Set<String>> gold = new ArrayList<>();
                List<Boolean> optional = new ArrayList<>();
                a.path("claims").forEach(c -> {
                    gold.add(facts(c));
                    optional.add("amendment".equals(c.path("kind").asText()));
                });
                Set<Integer> usedS = new HashSet<>();
                Set<Integer> usedG = new HashSet<>();
                // greedy pairing by shared facts, as the eval's scorer does
                while (true) {
                    int bi = -1;
                    int bj = -1;
                    int best = 0;
                    for (int i = 0; i < system.size(); i++) {
                        for (int j = 0; j < gold.size(); j++) {
                            if (usedS.contains(i) || usedG.contains(j)) {
                                continue;
                            }
                            Set<String> both = new HashSet<>(system.get(i));
                            both.retainAll(gold.get(j));
                            both.removeIf(x -> x.startsWith("body"));
                            if (both.size() > best) {
                                best = both.size();
                                bi = i;
                                bj = j;
                            }
                        }
                    }
                    if (bi < 0) {
                        break;
                    }
                    usedS.add(bi);
                    usedG.add(bj);
                    for (String x : system.get(bi)) {
                        if (gold.get(bj).contains(x)) {
                            tp++;
                        } else {
                            fp++;
                            misses.add(f.getFileName() + " wrong " + x);
                        }
                    }
                    for (String x : gold.get(bj)) {
                        if (!system.get(bi).contains(x) && !optional.get(bj)) {
                            fn++;
                            misses.add(f.getFileName() + " missed " + x);
                        }
                    }
                }
                for (int i = 0; i < system.size(); i++) {
                    if (!usedS.contains(i)) {
                        fp += system.get(i).size();
                        misses.add(f.getFileName() + " spurious " + system.get(i));
                    }
                }
                for (int j = 0; j < gold.size(); j++) {
                    if (!usedG.contains(j) && !optional.get(j)) {
                        fn += gold.get(j).size();
                        misses.add(f.getFileName() + " missed claim " + gold.get(j));
                    }
                }
            }
        }
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        String report = String.format("%d articles: F1 %.3f (P %.3f R %.3f)%n  %s", articles, f1, p, r, String.join("\n  ", misses));
        System.out.println(report);
        assertTrue(articles >= 20, "at least 20 labelled articles, found " + articles);
        assertTrue(f1 >= MIN_F1, report);
    }

    private static Set<String> facts(VoteEvent e) {
        Set<String> f = new HashSet<>();
        Counts c = e.counts();
        add(f, "yes", c.yes());
        add(f, "no", c.no());
        add(f, "abstain", c.abstain());
        if (e.outcome() != null) {
            f.add("outcome=" + e.outcome());
        }
        e.positions().forEach((iso, v) -> f.add("pos " + iso + "=" + v));
        if (!f.isEmpty()) {
            f.add("body=" + e.body());
        }
        return f;
    }

    private static Set<String> facts(JsonNode claim) {
        Set<String> f = new HashSet<>();
        for (String k : new String[] {"yes", "no", "abstain"}) {
            add(f, k, claim.path(k).isInt() ? claim.get(k).asInt() : null);
        }
        if (claim.path("outcome").isTextual()) {
            f.add("outcome=" + claim.get("outcome").asText());
        }
        for (String v : VOTES) {
            claim.path("countries").path(v).forEach(iso -> f.add("pos " + iso.asText() + "=" + v));
        }
        if (!f.isEmpty()) {
            f.add("body=" + claim.path("body").asText());
        }
        return f;
    }

    private static void add(Set<String> facts, String key, Integer value) {
        if (value != null) {
            facts.add(key + "=" + value);
        }
    }
}
