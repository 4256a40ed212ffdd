package io.votewire.ingest.messaging;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.ManagementPort;
import io.votewire.testkit.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** With ingest's record limit above the producer's, the broker's refusal must still be a 413, not a 503 for ever. */
@QuarkusTest
@TestProfile(BrokerSizeLimitTest.RecordLimitAboveTheBrokers.class)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class BrokerSizeLimitTest {
    public static class RecordLimitAboveTheBrokers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("votewire.ingest.max-record-bytes", "4000000");
        }
    }

    @Test
    void aRecordTheBrokerRefusesAsTooLargeIsTheClients413() {
        String key = given().port(ManagementPort.get()).header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("newsroom", "escapes")).post("/admin/keys").then().statusCode(201).extract().path("key");
        given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body("{\"body\":\"" + "\\\"".repeat(600_000) + "\"}").post("/articles").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413))
                .body("detail", containsString("larger than the message broker takes"));
    }
}
