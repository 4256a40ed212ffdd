package io.votewire.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.votewire.testkit.EmbeddedKafka;
import io.votewire.testkit.EmbeddedPg;
import io.votewire.testkit.ServiceProcess;
import io.votewire.testkit.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Faults in the middle of a stream, on the real broker and database: the same articles go once through a clean
 * deployment (one instance of each service) and once through a faulty one (two extraction and two tally instances in
 * their consumer groups) in which every service is killed with SIGKILL in turn, and the broker and the database are
 * stopped and started again, while newsrooms keep posting. The faulty run must end with every article tallied once and
 * the very records of the clean run. Both deployments share the broker and the database server, kept apart by a topic
 * prefix and a database of their own.
 */
class FaultsIT {
    private static final int ARTICLES = Integer.getInteger("votewire.fault-articles", 1000);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static EmbeddedKafka kafka;
    private static EmbeddedPg pg;
    private static Path pgData;
    private static String password;
    private static String readerPassword;
    private static Path logs;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        Path tmp = Files.createTempDirectory("faults-");
        kafka = new EmbeddedKafka(tmp.resolve("kafka"), 0, 0, 4, true);
        kafka.start();
        password = UUID.randomUUID().toString();
        readerPassword = UUID.randomUUID().toString();
        pgData = tmp.resolve("pg");
        pg = EmbeddedPg.start(0, pgData, password, readerPassword);
        logs = Files.createDirectories(Path.of("target", "fault-logs"));
    }

    @AfterAll
    static void stopInfrastructure() throws Exception {
        if (pg != null) {
            pg.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void killsAndOutagesMidStreamLoseNothingCountNothingTwiceAndChangeNoRecord() throws Exception {
        List<Map<String, String>> stream = stream(ARTICLES);
        List<String> ids = stream.stream().map(a -> a.get("id")).toList();

        TreeMap<String, String> clean;
        try (Deployment d = new Deployment("clean", pg.createDatabase("clean"), 1)) {
            d.postAll(stream, progress -> { });
            d.awaitTallied(ids);
            clean = d.records(ids);
        }

        TreeMap<String, String> faulty;
        List<String> keptWhileTheBrokerWasDown = new CopyOnWriteArrayList<>();
        try (Deployment d = new Deployment("faulty", pg.jdbcUrl(), 2)) {
            d.postAll(stream, progress -> {
                if (progress == ARTICLES / 10) {
                    d.ingest.kill();
                    d.ingest.start();
                } else if (progress == ARTICLES * 2 / 10) {
                    d.extraction.get(0).kill();
                    d.extraction.get(0).start();
                } else if (progress == ARTICLES * 3 / 10) {
                    d.tally.get(0).kill();
                    d.tally.get(0).start();
                } else if (progress == ARTICLES * 4 / 10) {
                    d.gateway.kill();
                    d.gateway.start();
                } else if (progress == ARTICLES * 5 / 10) {
                    kafka.stop();
                    keptWhileTheBrokerWasDown.add(d.assertKeptWhileTheBrokerIsDown());
                    kafka.start();
                } else if (progress == ARTICLES * 7 / 10) {
                    pg.close();
                    d.assertUnavailable("the database is down");
                    pg = EmbeddedPg.start(pg.port(), pgData, password, readerPassword);
                }
            });
            d.awaitTallied(ids);
            d.awaitTallied(keptWhileTheBrokerWasDown);
            faulty = d.records(ids);
            // the probes during each outage had their 503; whatever else newsrooms were refused must be a 503 too
            assertTrue(d.refusals.stream().allMatch(Refusal::isOutage), "only 503s with Retry-After: " + d.refusals);
            d.assertPoisonIsDeadLetteredAndShownFailed();
        }

        assertEquals(clean.keySet(), faulty.keySet(), "the same articles make the same records");
        for (String articles : clean.keySet()) {
            assertEquals(clean.get(articles), faulty.get(articles), "the record of " + articles);
        }
    }

    /**
     * A quarter of the stream's resolutions, each told by four outlets in their own words: a wire report with the
     * counts, a report with a disagreeing abstention count for every fifth vote, a list of positions, a short item.
     */
    static List<Map<String, String>> stream(int n) {
        String[] countries = {"France", "Germany", "Brazil", "Japan", "Kenya", "Chile", "Norway", "India", "Mexico", "Ghana", "Peru", "Nepal"};
        String[] words = {"water", "forests", "schools", "roads", "fisheries", "archives", "rivers", "harbours", "museums",
                "vaccines", "bridges", "farms", "libraries", "railways", "wetlands", "orchards", "glaciers", "deserts", "markets", "clinics"};
        Random random = new Random(20250224L);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int r = i / 4;
            Random topicOf = new Random(r);
            String topic = words[topicOf.nextInt(words.length)] + " and " + words[topicOf.nextInt(words.length)];
            // counts the Assembly's 193 seats can hold (the reader reads no UN vote in more)
            int yes = 100 + r % 40;
            int no = 3 + r % 9;
            int abstain = 10 + r % 30;
            String symbol = "A/RES/86/" + (100 + r);
            String published = LocalDate.of(2031, 1, 7).plusDays(r).toString();
            StringBuilder colour = new StringBuilder();
            for (int w = 0; w < 14; w++) {
                colour.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String c1 = countries[(r + i) % countries.length];
            String c2 = countries[(r + i + 5) % countries.length];
            String body = switch (i % 4) {
                case 0 -> "The UN General Assembly on Monday adopted resolution " + symbol + " on " + topic
                        + " by a recorded vote of " + yes + " in favour to " + no + " against, with " + abstain + " abstentions."
                        + " Delegates said the text covers " + colour + ".";
                case 1 -> "By " + yes + " votes to " + no + ", with " + (r % 5 == 0 ? abstain + 1 : abstain)
                        + " abstaining, the General Assembly on Monday approved a text on " + topic + " (" + symbol + ")."
                        + " Its backers listed " + colour + " as priorities.";
                case 2 -> c1 + " and " + c2 + " voted against resolution " + symbol + " on " + topic
                        + ", which the General Assembly adopted on Monday. Observers noted " + colour + ".";
                default -> c1 + " voted in favour of resolution " + symbol + " on " + topic
                        + " when the General Assembly adopted it on Monday with " + yes + " votes in favour. Talks turned to " + colour + ".";
            };
            out.add(Map.of("id", "fault-" + i, "published", published, "body", body));
        }
        return out;
    }

    /** One Votewire deployment: its own topics (by prefix) and database, and its services as processes. */
    private static final class Deployment implements AutoCloseable {
        final String name;
        final ServiceProcess ingest;
        final List<ServiceProcess> extraction = new ArrayList<>();
        final List<ServiceProcess> tally = new ArrayList<>();
        final ServiceProcess gateway;
        final String apiKey;
        final String prefix;
        final List<Refusal> refusals = new CopyOnWriteArrayList<>();

        Deployment(String name, String jdbcUrl, int consumers) throws Exception {
            this.name = name;
            this.prefix = name + ".";
            String adminToken = UUID.randomUUID().toString();
            Map<String, String> env = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "DB_URL", jdbcUrl,
                    "DB_USER", EmbeddedPg.USER, "DB_PASSWORD", password, "VOTEWIRE_ADMIN_TOKEN", adminToken,
                    "VOTEWIRE_TOPIC_PREFIX", prefix, "VOTEWIRE_MAX_ARTICLE_CHARS", "20000",
                    // the gateway reads with its read-only login, as deployed
                    "DB_READ_USER", EmbeddedPg.READER, "DB_READ_PASSWORD", readerPassword);
            for (int i = 0; i < consumers; i++) {
                tally.add(ServiceProcess.start("tally-service", name + "-tally-" + i, env, logs));
                extraction.add(ServiceProcess.start("extraction-service", name + "-extraction-" + i, env, logs));
            }
            ingest = ServiceProcess.start("ingest-service", name + "-ingest", env, logs);
            gateway = ServiceProcess.start("query-gateway", name + "-gateway", env, logs);
            // HTTP/1.1: the management interface hands /admin over to the application unpaused, which an h2c
            // upgrade's already-read request does not survive (README, "Keys and credentials")
            HttpResponse<String> key = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.managementUrl() + "/admin/keys"))
                    .version(HttpClient.Version.HTTP_1_1)
                    .header("Authorization", "Bearer " + adminToken).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"newsroom\": \"" + name + "\", \"rate_per_minute\": 1000000}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, key.statusCode(), key.body());
            apiKey = JSON.readTree(key.body()).get("key").asText();
        }

        /**
         * Two newsrooms post the stream; {@code atProgress} runs after each acceptance with the number accepted so
         * far (on one poster, so faults happen one at a time while the other keeps posting). A post is retried until
         * accepted, as a newsroom's client does on 503 or a refused connection.
         */
        void postAll(List<Map<String, String>> stream, ProgressHook atProgress) throws Exception {
            ConcurrentLinkedQueue<Map<String, String>> queue = new ConcurrentLinkedQueue<>(stream);
            AtomicInteger accepted = new AtomicInteger();
            List<Throwable> failures = new CopyOnWriteArrayList<>();
            Thread[] posters = new Thread[2];
            for (int t = 0; t < posters.length; t++) {
                boolean drivesFaults = t == 0;
                posters[t] = new Thread(() -> {
                    try {
                        for (Map<String, String> a; (a = queue.poll()) != null; ) {
                            postUntilAccepted(a);
                            int progress = accepted.incrementAndGet();
                            if (drivesFaults) {
                                atProgress.at(progress);
                            }
                        }
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, name + "-poster-" + t);
                posters[t].start();
            }
            for (Thread t : posters) {
                t.join();
            }
            assertTrue(failures.isEmpty(), "posting failed: " + failures);
        }

        private void postUntilAccepted(Map<String, String> article) throws Exception {
            HttpRequest post = HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(article))).build();
            await("ingest accepts " + article.get("id")).atMost(Duration.ofSeconds(180)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(100)).until(() -> {
                        HttpResponse<String> r;
                        try {
                            r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
                        } catch (IOException e) {
                            return false; // ingest is being restarted
                        }
                        if (r.statusCode() == 202 || r.statusCode() == 200) {
                            return true;
                        }
                        refusals.add(new Refusal(r.statusCode(), r.headers().firstValue("Retry-After"), r.body()));
                        return false;
                    });
        }

        /**
         * While the broker is down, ingest still accepts: the article is kept in its outbox and published once the
         * broker is back. A probe without a vote, so it ends tallied without touching the stream's records.
         */
        String assertKeptWhileTheBrokerIsDown() throws Exception {
            String id = "kept-" + UUID.randomUUID();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"" + id
                            + "\", \"body\": \"The committee met on Monday to hear the report.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, r.statusCode(), "the broker is down: " + r.body());
            return id;
        }

        /** While the database is down, ingest must refuse with 503 and Retry-After rather than accept. */
        void assertUnavailable(String why) {
            HttpRequest post = HttpRequest.newBuilder(URI.create(ingest.baseUrl() + "/articles"))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"id\": \"probe-" + UUID.randomUUID()
                            + "\", \"body\": \"The General Assembly adopted the text by 100 votes to 2.\"}")).build();
            try {
                HttpResponse<String> r = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
                assertEquals(503, r.statusCode(), why + ": " + r.body());
                assertTrue(r.headers().firstValue("Retry-After").isPresent(), why + ": Retry-After");
                assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""), why);
            } catch (IOException | InterruptedException e) {
                throw new AssertionError(why + ": ingest did not answer", e);
            }
        }

        /** Malformed JSON, an unknown schema version and an article the engine refuses: dead-lettered, the rest goes on. */
        void assertPoisonIsDeadLetteredAndShownFailed() throws Exception {
            String malformed = "poison-json-" + UUID.randomUUID();
            String version = "poison-version-" + UUID.randomUUID();
            String huge = "poison-huge-" + UUID.randomUUID();
            Topics.send(kafka.bootstrapServers(), prefix + "articles", malformed, "{\"version\": 1, \"id\": ");
            Topics.send(kafka.bootstrapServers(), prefix + "articles", version, "{\"version\": 7, \"id\": \"" + version + "\"}");
            postUntilAccepted(Map.of("id", huge, "body", "The General Assembly voted on the text. ".repeat(600)));
            String after = "after-poison-" + UUID.randomUUID();
            postUntilAccepted(Map.of("id", after, "published", "2031-12-01",
                    "body", "The Security Council on Monday adopted resolution 3001 (2031) by 14 votes to none, with one abstention."));
            for (String id : List.of(malformed, version, huge)) {
                String reason = new String(Topics.firstWithKey(kafka.bootstrapServers(), prefix + "articles-dlq", id)
                        .headers().lastHeader("dead-letter-reason").value());
                assertFalse(reason.isBlank(), id);
            }
            Map<String, String> reasons = Map.of(malformed, "malformed", version, "version", huge, "limit");
            for (var poison : reasons.entrySet()) {
                String id = poison.getKey();
                await(id + " failed").atMost(Duration.ofSeconds(60)).until(() -> "failed".equals(article(id).path("status").asText()));
                assertTrue(article(id).path("error").asText().contains(poison.getValue()), article(id).toString());
            }
            awaitTallied(List.of(after));
        }

        void awaitTallied(List<String> ids) {
            TreeSet<String> waiting = new TreeSet<>(ids);
            await(name + ": every article tallied").atMost(Duration.ofSeconds(420)).pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        waiting.removeIf(id -> "tallied".equals(article(id).path("status").asText()));
                        return waiting.isEmpty();
                    });
        }

        /** Each record described apart from its id (which depends on which article came first), keyed by its articles. */
        TreeMap<String, String> records(List<String> ids) throws Exception {
            Map<String, TreeSet<String>> articlesOf = new HashMap<>();
            for (String id : ids) {
                JsonNode events = article(id).path("events");
                assertEquals(1, events.size(), id + " has one vote: " + events);
                articlesOf.computeIfAbsent(events.get(0).path("resolution_id").asText(), k -> new TreeSet<>()).add(id);
            }
            TreeMap<String, String> records = new TreeMap<>();
            for (var e : articlesOf.entrySet()) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/resolutions/" + e.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), r.body());
                records.put(String.join(",", e.getValue()), r.body().replace(e.getKey(), "<id>"));
            }
            return records;
        }

        private JsonNode article(String id) {
            try {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/articles/" + id))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                return r.statusCode() == 200 ? JSON.readTree(r.body()) : JSON.createObjectNode();
            } catch (IOException e) {
                return JSON.createObjectNode(); // the gateway or the database is being restarted
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws Exception {
            List<ServiceProcess> all = new ArrayList<>(List.of(gateway, ingest));
            all.addAll(extraction);
            all.addAll(tally);
            for (ServiceProcess p : all) {
                p.close();
            }
        }
    }

    /** An answer other than acceptance that a newsroom got while posting. */
    record Refusal(int status, Optional<String> retryAfter, String body) {
        /** An outage says so: 503, and when to come back (a 503 without Retry-After fails the run). */
        boolean isOutage() {
            return status == 503 && retryAfter.filter(s -> !s.isBlank()).isPresent();
        }
    }

    @FunctionalInterface
    interface ProgressHook {
        void at(int accepted) throws Exception;
    }
}
