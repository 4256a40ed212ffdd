package io.votewire.ingest.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.builder.RequestSpecBuilder;
import io.restassured.http.ContentType;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.ManagementPort;
import io.votewire.testkit.PostgresTestResource;
import io.votewire.testkit.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class ArticleResourceTest {
    static final String ADMIN = "Bearer test-admin-token";

    @BeforeEach
    void asANewsroom() {
        RestAssured.requestSpecification = new RequestSpecBuilder()
                .addHeader("Authorization", "Bearer " + newKey("test newsroom", 10_000)).build();
    }

    @AfterEach
    void forget() {
        RestAssured.requestSpecification = null;
    }

    static String newKey(String newsroom, int perMinute) {
        return given().port(ManagementPort.get()).header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("newsroom", newsroom, "rate_per_minute", perMinute))
                .post("/admin/keys").then().statusCode(201).extract().path("key");
    }

    @Test
    void anArticleIsPublishedOnceKeyedByItsId() {
        String id = "t-" + UUID.randomUUID();
        String article = "{\"id\":\"" + id + "\",\"published\":\"2025-02-24\",\"headline\":\"h\",\"body\":\"The Assembly voted.\"}";
        given().contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(202).body("id", equalTo(id)).body("status", equalTo("accepted"));
        given().contentType(ContentType.JSON).body(article).post("/articles")
                .then().statusCode(200).body("duplicate", equalTo(true));

        List<ConsumerRecord<String, String>> records = Topics.allWithKey("articles", id);
        assertEquals(1, records.size());
        org.hamcrest.MatcherAssert.assertThat(records.get(0).value(), containsString("\"body\":\"The Assembly voted.\""));
    }

    @Test
    void theSameIdWithOtherContentIsAConflict() {
        String id = "t-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body(Map.of("id", id, "body", "one")).post("/articles").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("id", id, "body", "two")).post("/articles")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void withoutAnIdTheContentIsTheKey() {
        String body = "{\"body\":\"unique text " + UUID.randomUUID() + "\"}";
        String id = given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(202).extract().path("id");
        given().contentType(ContentType.JSON).body(body).post("/articles")
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void badInputGetsAProblemWithTheReason() {
        problem(ContentType.JSON, "{\"headline\":\"no body\"}", 400, "'body' is required");
        problem(ContentType.JSON, "{\"body\":\"   \"}", 400, "'body' is empty");
        problem(ContentType.JSON, "{\"body\":42}", 400, "'body' must be a string");
        problem(ContentType.JSON, "{\"body\":\"x\",\"published\":\"yesterday\"}", 400, "'published' must be an ISO date");
        problem(ContentType.JSON, "{\"body\":\"x\",\"colour\":\"red\"}", 400, "unknown field 'colour'");
        problem(ContentType.JSON, "{\"body\":\"x\",\"headline\":\"The vote\\u0000\"}", 400, "'headline' contains a control character (U+0000)");
        problem(ContentType.JSON, "{\"body\":\"x\",\"headline\":\"The\\nvote\"}", 400, "'headline' contains a control character (U+000A)");
        problem(ContentType.JSON, "{\"body\":\"x\",\"url\":\"https://news.example/\\u001b[31m\"}", 400, "'url' contains a control character (U+001B)");
        problem(ContentType.JSON, "{\"body\":", 400, "malformed JSON");
        problem(ContentType.JSON, "", 400, "empty");
        problem(ContentType.JSON, "[1]", 400, "must be a JSON object");
        problem(ContentType.TEXT, "{\"body\":\"x\"}", 415, "takes application/json");
        problem(ContentType.JSON, "{\"body\":\"" + "a".repeat(1_048_577) + "\"}", 413, "larger than 1048576 bytes");
    }

    @Test
    void theWholeRecordIsLimitedNotTheBodyAlone() {
        // each quote is one byte of body and two of the record: 1.2 MB, over Kafka's 1 MiB (it was a 503 for ever)
        problem(ContentType.JSON, "{\"body\":\"" + "\\\"".repeat(600_000) + "\"}", 413,
                "would be a message of 1200");
        // a body under its own limit, with a headline that takes the record over
        problem(ContentType.JSON, "{\"headline\":\"" + "h".repeat(2_000) + "\",\"body\":\"" + "a".repeat(999_000) + "\"}",
                413, "over the limit of 1000000 bytes");
        String id = "near-" + UUID.randomUUID();
        given().contentType(ContentType.JSON).body("{\"id\":\"" + id + "\",\"body\":\"" + "a".repeat(999_000) + "\"}")
                .post("/articles").then().statusCode(202);
    }

    @Test
    void aBatchIsValidatedWholeThenPublished() {
        String a = "b-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        given().contentType(ContentType.JSON)
                .body("[{\"id\":\"" + a + "\",\"body\":\"x\"},{\"id\":\"" + b + "\",\"body\":\"\"}]")
                .post("/articles/batch").then().statusCode(400).body("detail", containsString("item 1: 'body' is empty"));
        given().contentType(ContentType.JSON)
                .body("[{\"id\":\"" + a + "\",\"body\":\"x\"},{\"id\":\"" + b + "\",\"body\":\"y\"}]")
                .post("/articles/batch").then().statusCode(202).body("accepted", equalTo(2));
        given().contentType("application/x-ndjson")
                .body(("{\"id\":\"" + a + "\",\"body\":\"x\"}\n\n{\"id\":\"" + b + "\",\"body\":\"y\"}\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/articles/batch").then().statusCode(202).body("accepted", equalTo(0)).body("duplicates", equalTo(2));
        assertEquals(1, Topics.allWithKey("articles", a).size());
        // read as a stream: every way an array can be wrong is still a reason, never a server error
        batch400("[null]", "item 0: an article must be a JSON object, not null");
        batch400("[{\"body\":\"x\"},", "malformed JSON");
        batch400("[] []", "content after the array");
        batch400("{\"body\":\"x\"}", "a batch must be a JSON array");
        batch400("", "empty");
        batch400("[]", "the batch holds no article");
    }

    private static void batch400(String body, String reason) {
        given().contentType(ContentType.JSON).body(body).post("/articles/batch").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString(reason));
    }

    @Test
    void aBatchPastItsCapsIsRefusedWithAReasonAndNothingOfItIsPublished() {
        String id = "cap-" + UUID.randomUUID();
        String item = "{\"id\":\"" + id + "\",\"body\":\"The Assembly voted.\"}";
        // at the caps: one article and 999 duplicates of it
        given().contentType(ContentType.JSON).body("[" + String.join(",", Collections.nCopies(1000, item)) + "]")
                .post("/articles/batch").then().statusCode(202).body("accepted", equalTo(1)).body("duplicates", equalTo(999));
        String over = "over-" + UUID.randomUUID();
        String overItem = "{\"id\":\"" + over + "\",\"body\":\"The Assembly voted.\"}";
        batchProblem(ContentType.JSON.toString(), "[" + String.join(",", Collections.nCopies(1001, overItem)) + "]",
                "more than 1000 articles");
        batchProblem("application/x-ndjson", String.join("\n", Collections.nCopies(1001, overItem)), "more than 1000 articles");
        // nine articles of 990,000 bytes each: 8.9 MB, over the batch's 8 MiB
        String big = "{\"id\":\"" + over + "\",\"body\":\"" + "a".repeat(990_000) + "\"}";
        batchProblem(ContentType.JSON.toString(), "[" + String.join(",", Collections.nCopies(9, big)) + "]",
                "larger than 8388608 bytes");
        batchProblem("application/x-ndjson", String.join("\n", Collections.nCopies(9, big)), "larger than 8388608 bytes");
        // none was kept: the article is new to ingest and in the log once
        given().contentType(ContentType.JSON).body(overItem).post("/articles").then().statusCode(202);
        assertEquals(1, Topics.allWithKey("articles", over).size());
    }

    private static void batchProblem(String type, String body, String reason) {
        given().contentType(type).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/articles/batch").then()
                .statusCode(413).contentType("application/problem+json").body("detail", containsString(reason));
    }

    private static void problem(ContentType type, String body, int status, String reason) {
        given().contentType(type).body(body).post("/articles").then()
                .statusCode(status).contentType("application/problem+json")
                .body("status", equalTo(status)).body("detail", containsString(reason));
    }

}
