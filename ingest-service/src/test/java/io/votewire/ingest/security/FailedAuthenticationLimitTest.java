package io.votewire.ingest.security;

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
import static org.hamcrest.Matchers.not;

@QuarkusTest
@TestProfile(FailedAuthenticationLimitTest.ThreeFailuresAMinute.class)
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class FailedAuthenticationLimitTest {
    public static class ThreeFailuresAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("votewire.auth.failures-per-minute", "3");
        }
    }

    @Test
    void anAddressThatKeepsFailingIsToldToWaitWhileKnownKeysStillWork() {
        String key = given().port(ManagementPort.get()).header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("newsroom", "honest desk")).post("/admin/keys").then().statusCode(201).extract().path("key");
        post(key, "before the guesses").then().statusCode(202);
        for (int i = 0; i < 3; i++) {
            post("vw_guess-" + i + "-0000000000000000", "guess " + i).then().statusCode(401);
        }
        post("vw_guess-3-0000000000000000", "guess 3").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", not(equalTo(null)))
                .body("detail", containsString("failed authentications per minute from this address"));
        given().contentType(ContentType.JSON).body("{\"body\":\"no key\"}").post("/articles").then().statusCode(429);
        given().port(ManagementPort.get()).header("Authorization", "Bearer wrong-admin-token").get("/admin/keys").then().statusCode(429);
        post(key, "after the guesses").then().statusCode(202);
    }

    private static io.restassured.response.Response post(String key, String body) {
        return given().header("Authorization", "Bearer " + key).contentType(ContentType.JSON)
                .body(Map.of("body", body)).post("/articles");
    }
}
