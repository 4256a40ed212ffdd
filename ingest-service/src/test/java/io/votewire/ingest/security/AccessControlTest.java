package io.votewire.ingest.security;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.ManagementPort;
import io.votewire.testkit.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class AccessControlTest {
    private static final String ADMIN = "Bearer test-admin-token";
    private static final String ARTICLE = "{\"body\":\"The Council voted.\"}";

    @Test
    void withoutAValidKeyNothingIsAccepted() {
        given().contentType(ContentType.JSON).body(ARTICLE).post("/articles").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer vw_not-a-key-at-all-0000").contentType(ContentType.JSON).body(ARTICLE)
                .post("/articles").then().statusCode(401).body("detail", containsString("unknown or revoked"));
    }

    @Test
    void anUnknownKeyIsNotRememberedSoOneRegisteredJustAfterWorksAtOnce() {
        String key = "vw_registered-after-a-try-" + java.util.UUID.randomUUID();
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(ARTICLE)
                .post("/articles").then().statusCode(401);
        given().port(ManagementPort.get()).header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("newsroom", "late desk", "key", key)).post("/admin/keys").then().statusCode(201);
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body("{\"body\":\"late " + key + "\"}").post("/articles").then().statusCode(202);
    }

    @Test
    void aRevokedKeyStopsWorking() {
        Map<String, Object> created = given().port(ManagementPort.get()).header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("newsroom", "gazette")).post("/admin/keys").then().statusCode(201).extract().as(Map.class);
        given().port(ManagementPort.get()).header("Authorization", ADMIN).delete("/admin/keys/" + created.get("id")).then().statusCode(204);
        given().header("Authorization", "Bearer " + created.get("key")).contentType(ContentType.JSON).body(ARTICLE)
                .post("/articles").then().statusCode(401);
        given().port(ManagementPort.get()).header("Authorization", ADMIN).get("/admin/keys").then().statusCode(200)
                .body("find { it.id == '" + created.get("id") + "' }.revoked", equalTo(true))
                .body(not(containsString(String.valueOf(created.get("key")))));
    }

    @Test
    void eachKeyHasItsRateLimit() {
        String key = given().port(ManagementPort.get()).header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("newsroom", "slow desk", "rate_per_minute", 2)).post("/admin/keys").then().extract().path("key");
        for (int i = 0; i < 2; i++) {
            given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                    .body("{\"body\":\"rate " + i + "\"}").post("/articles").then().statusCode(202);
        }
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body("{\"body\":\"rate 3\"}")
                .post("/articles").then().statusCode(429).header("Retry-After", not(equalTo(null)))
                .contentType("application/problem+json");
    }

    @Test
    void eachArticleOfABatchCountsAgainstTheRate() {
        String key = given().port(ManagementPort.get()).header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("newsroom", "batch desk", "rate_per_minute", 5)).post("/admin/keys").then().extract().path("key");
        String three = "[{\"body\":\"a " + key + "\"},{\"body\":\"b " + key + "\"},{\"body\":\"c " + key + "\"}]";
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(three)
                .post("/articles/batch").then().statusCode(202).body("accepted", equalTo(3));
        // two of five left: a batch of three is over the rate, though it is one request
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(three)
                .post("/articles/batch").then().statusCode(429).header("Retry-After", not(equalTo(null)))
                .contentType("application/problem+json").body("detail", containsString("a batch of 3 articles"));
        String six = "[" + String.join(",", java.util.Collections.nCopies(6, "{\"body\":\"x\"}")) + "]";
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON).body(six)
                .post("/articles/batch").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("rate of 5 per minute"));
    }

    @Test
    void administrationNeedsTheAdminToken() {
        given().port(ManagementPort.get()).contentType(ContentType.JSON).body(Map.of("newsroom", "x"))
                .post("/admin/keys").then().statusCode(401);
        given().port(ManagementPort.get()).header("Authorization", "Bearer wrong").get("/admin/keys").then().statusCode(401);
    }

    /** The public port has no /admin, however its path is spelt, even with the admin token; metrics are not there either. */
    @Test
    void administrationAndMetricsAnswerOnlyOnTheManagementPort() {
        for (String path : List.of("/admin/keys", "//admin/keys", "/admin;x/keys", "/%61dmin/keys", "/articles/../admin/keys", "/admin")) {
            given().urlEncodingEnabled(false).header("Authorization", ADMIN).get(path).then().statusCode(404).contentType("application/problem+json")
                    .body("detail", containsString("management port"));
            given().urlEncodingEnabled(false).header("Authorization", ADMIN).contentType(ContentType.JSON).body(Map.of("newsroom", "sneaky"))
                    .post(path).then().statusCode(404);
        }
        given().port(ManagementPort.get()).header("Authorization", ADMIN).get("/admin/keys").then().statusCode(200)
                .body("newsroom", not(hasItem("sneaky")));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/articles"), not(containsString("/admin")));
        given().get("/q/metrics").then().statusCode(404);
        given().port(ManagementPort.get()).get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
    }

    @Test
    void healthStaysOpen() {
        given().get("/q/health/ready").then().statusCode(200);
    }
}
