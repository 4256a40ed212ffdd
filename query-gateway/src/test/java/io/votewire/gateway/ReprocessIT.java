package io.votewire.gateway;

import io.restassured.http.ContentType;
import io.votewire.contract.ArticleExtraction;
import io.votewire.contract.Json;
import io.votewire.testkit.EmbeddedKafka;
import io.votewire.testkit.EmbeddedPg;
import io.votewire.testkit.ServiceProcess;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator's retry of a failed article, end to end (every service from its packaged jar, a real broker and a real
 * database): an article fails in extraction (over the engine's limit), the limit is raised, the tally's
 * {@code POST /admin/reprocess} sends it through again and it ends tallied; reprocessing it again counts nothing twice.
 */
class ReprocessIT {
    private static final String SENTENCE = "The UN General Assembly on Monday adopted resolution A/RES/86/777 on river"
            + " cooperation by a recorded vote of 131 in favour to 6 against, with 14 abstentions.";

    private static EmbeddedKafka kafka;
    private static EmbeddedPg pg;
    private static Map<String, String> env;
    private static Path logs;
    private static ServiceProcess ingest;
    private static ServiceProcess extraction;
    private static ServiceProcess tally;
    private static ServiceProcess gateway;
    private static String adminToken;
    private static String apiKey;

    @BeforeAll
    static void startPipeline() throws Exception {
        kafka = EmbeddedKafka.startEphemeral();
        String password = UUID.randomUUID().toString();
        String readerPassword = UUID.randomUUID().toString();
        pg = EmbeddedPg.start(0, null, password, readerPassword);
        adminToken = UUID.randomUUID().toString();
        env = Map.of("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(), "DB_URL", pg.jdbcUrl(),
                "DB_USER", EmbeddedPg.USER, "DB_PASSWORD", password, "VOTEWIRE_ADMIN_TOKEN", adminToken,
                "DB_READ_USER", EmbeddedPg.READER, "DB_READ_PASSWORD", readerPassword);
        logs = Files.createDirectories(Path.of("target", "reprocess-logs"));
        tally = ServiceProcess.start("tally-service", env, logs);
        Map<String, String> tooSmall = new HashMap<>(env);
        tooSmall.put("VOTEWIRE_MAX_ARTICLE_CHARS", "500"); // the cause an operator will fix
        extraction = ServiceProcess.start("extraction-service", "extraction-limited", tooSmall, logs);
        ingest = ServiceProcess.start("ingest-service", env, logs);
        gateway = ServiceProcess.start("query-gateway", env, logs);
        apiKey = given().baseUri(ingest.managementUrl()).header("Authorization", "Bearer " + adminToken)
                .contentType(ContentType.JSON).body(Map.of("newsroom", "reprocess test", "rate_per_minute", 1_000))
                .post("/admin/keys").then().statusCode(201).extract().path("key");
    }

    @AfterAll
    static void stopPipeline() throws Exception {
        for (ServiceProcess p : new ServiceProcess[] {gateway, ingest, extraction, tally}) {
            if (p != null) {
                p.close();
            }
        }
        if (pg != null) {
            pg.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aFailedArticleReprocessedOnceFixedEndsTalliedAndReprocessingAgainCountsNothingTwice() throws Exception {
        String id = "reprocess-" + UUID.randomUUID();
        String body = SENTENCE + " Delegates from river basin states spoke before the vote.".repeat(10);
        given().baseUri(ingest.baseUrl()).header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON)
                .body(Map.of("id", id, "published", "2031-04-08", "body", body)).post("/articles").then().statusCode(202);
        awaitStatus(id, "failed");
        assertTrue(article(id).getString("error").contains("limit"), article(id).getString("error"));
        // posting it again is no retry: the id is kept
        given().baseUri(ingest.baseUrl()).header("Authorization", "Bearer " + apiKey).contentType(ContentType.JSON)
                .body(Map.of("id", id, "published", "2031-04-08", "body", body)).post("/articles").then().statusCode(200);

        // the operator raises the limit (extraction with its default), then has the article processed again
        extraction.close();
        extraction = ServiceProcess.start("extraction-service", env, logs);
        reprocess(id);
        awaitStatus(id, "tallied");
        String rid = article(id).getString("events[0].resolution_id");
        String record = given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body("articles", equalTo(List.of(id))).body("sources", equalTo(1))
                .body("counts.yes", equalTo(131)).extract().asString();

        // again: extraction answers the newer attempt, the tally reads it and changes nothing
        reprocess(id);
        List<ArticleExtraction> answers = await("extraction answered the second reprocessing").atMost(Duration.ofSeconds(60))
                .until(() -> extractions(id), a -> a.size() == 3);
        assertEquals(List.of(0, 1, 2), answers.stream().map(ArticleExtraction::attempt).toList());
        assertTrue(answers.get(0).error().contains("limit"), answers.get(0).error());
        assertNull(answers.get(2).error());
        awaitTallyRead();
        assertEquals("tallied", article(id).getString("status"));
        given().baseUri(gateway.baseUrl()).get("/resolutions/" + rid).then().statusCode(200)
                .body(equalTo(record));
    }

    private static void reprocess(String id) {
        given().baseUri(tally.managementUrl()).header("Authorization", "Bearer " + adminToken).contentType(ContentType.JSON)
                .body(Map.of("ids", List.of(id))).post("/admin/reprocess").then().statusCode(202)
                .body("republished", equalTo(1));
    }

    private static io.restassured.path.json.JsonPath article(String id) {
        return given().baseUri(gateway.baseUrl()).get("/articles/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static void awaitStatus(String id, String status) {
        await(id + " " + status).atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var r = given().baseUri(gateway.baseUrl()).get("/articles/" + id);
            return r.statusCode() == 200 && status.equals(r.jsonPath().getString("status"));
        });
    }

    /** Every extraction of the article on "vote-events", in order. */
    private static List<ArticleExtraction> extractions(String id) {
        Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ArticleExtraction> found = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = c.partitionsFor("vote-events").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            c.assign(partitions);
            c.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = c.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> c.position(p) < end.get(p))) {
                c.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.equals(r.key())) {
                        found.add(Json.read(r.value(), ArticleExtraction.class));
                    }
                });
            }
        }
        return found;
    }

    /** Until the tally's consumer group has committed every "vote-events" record there is now. */
    private static void awaitTallyRead() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("tally")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, Long> end = new HashMap<>();
            for (var e : admin.listOffsets(committed.keySet().stream().filter(p -> p.topic().equals("vote-events"))
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()))).all().get().entrySet()) {
                end.put(e.getKey(), e.getValue().offset());
            }
            await("the tally read every extraction").atMost(Duration.ofSeconds(60)).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> now = admin.listConsumerGroupOffsets("tally")
                        .partitionsToOffsetAndMetadata().get();
                return end.entrySet().stream().allMatch(e -> now.get(e.getKey()) != null
                        && now.get(e.getKey()).offset() >= e.getValue());
            });
        }
    }
}
