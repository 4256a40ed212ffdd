package io.votewire.ingest.rest;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.votewire.testkit.Fuzz;
import io.votewire.testkit.KafkaTestResource;
import io.votewire.testkit.ManagementPort;
import io.votewire.testkit.PostgresTestResource;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Ten thousand malformed requests at ingest: each a 4xx problem+json with a reason, and ingest stays healthy. */
@QuarkusTest
@WithTestResource(value = KafkaTestResource.class, parallel = true)
@WithTestResource(value = PostgresTestResource.class, parallel = true)
class IngestFuzzTest {
    private static final int REQUESTS = Integer.getInteger("votewire.fuzz-requests", 10_000);

    @TestHTTPResource("/")
    URL base;

    @Test
    void malformedRequestsGetProblemsNeverServerErrors() throws Exception {
        String key = given().port(ManagementPort.get()).header("Authorization", "Bearer test-admin-token").contentType(ContentType.JSON)
                .body(Map.of("newsroom", "fuzz", "rate_per_minute", 10_000_000)).post("/admin/keys")
                .then().statusCode(201).extract().path("key");
        String baseUrl = base.toString().replaceAll("/$", "");
        List<String> violations = Fuzz.violations(baseUrl, REQUESTS, 20250224L, (r, url) -> request(r, url, key));
        assertEquals(List.of(), violations);
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static Fuzz.Case request(Random r, String url, String key) {
        String path = r.nextBoolean() ? "/articles" : "/articles/batch";
        HttpRequest.Builder b = Fuzz.request(url, path).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json");
        return switch (r.nextInt(17)) {
            case 0 -> new Fuzz.Case("random bytes", b.POST(BodyPublishers.ofByteArray(Fuzz.garbage(r, 4096))).build());
            case 1 -> new Fuzz.Case("deep JSON", b.POST(BodyPublishers.ofString(Fuzz.deep(r))).build());
            case 2 -> new Fuzz.Case("wrong type", b.POST(BodyPublishers.ofString(
                    "{\"" + Fuzz.pick(r, List.of("id", "url", "published", "headline", "body")) + "\": " + Fuzz.wrongValue(r) + "}")).build());
            case 3 -> new Fuzz.Case("hostile id", b.POST(BodyPublishers.ofString(
                    // the quote keeps a hostile text from being a valid id by chance ("NaN", "-1")
                    "{\"id\": " + Fuzz.quoted(Fuzz.hostile(r) + "'") + ", \"body\": \"The Assembly voted.\"}")).build());
            case 4 -> new Fuzz.Case("hostile date", b.POST(BodyPublishers.ofString(
                    "{\"published\": " + Fuzz.quoted(Fuzz.hostile(r)) + ", \"body\": \"The Assembly voted.\"}")).build());
            case 5 -> new Fuzz.Case("body with NUL", b.POST(BodyPublishers.ofString(
                    "{\"body\": " + Fuzz.quoted("The Assembly\u0000 voted " + Fuzz.hostile(r)) + "}")).build());
            case 6 -> new Fuzz.Case("bad UTF-8", b.POST(BodyPublishers.ofByteArray(
                    new byte[] {'{', '"', 'b', 'o', 'd', 'y', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, '"', '}'})).build());
            case 7 -> new Fuzz.Case("huge body", b.POST(BodyPublishers.ofString(
                    "{\"body\": \"" + "vote ".repeat(220_000 + r.nextInt(10_000)) + "\"}")).build());
            case 8 -> new Fuzz.Case("unknown field", b.POST(BodyPublishers.ofString(
                    "{\"body\": \"x\", " + Fuzz.quoted(Fuzz.hostile(r)) + ": 1}")).build());
            case 9 -> new Fuzz.Case("no or wrong key", Fuzz.request(url, path).header("Content-Type", "application/json")
                    .header("Authorization", Fuzz.pick(r, List.of("Bearer " + Fuzz.inUrl(r, Fuzz.hostile(r)), "Basic YTpi", "Bearer", "")))
                    .POST(BodyPublishers.ofString("{\"body\": \"The Assembly voted.\"}")).build());
            case 10 -> new Fuzz.Case("wrong media type", Fuzz.request(url, path).header("Authorization", "Bearer " + key)
                    .header("Content-Type", Fuzz.pick(r, List.of("text/plain", "application/xml", "multipart/form-data; boundary=x", "*/*", "json")))
                    .POST(BodyPublishers.ofString("{\"body\": \"The Assembly voted.\"}")).build());
            case 11 -> new Fuzz.Case("wrong method", Fuzz.request(url, path).header("Authorization", "Bearer " + key)
                    .method(Fuzz.pick(r, List.of("GET", "PUT", "DELETE", "PATCH")), BodyPublishers.noBody()).build());
            case 12 -> new Fuzz.Case("unknown path", Fuzz.request(url, path + "/" + Fuzz.inUrl(r, Fuzz.hostile(r)))
                    .header("Authorization", "Bearer " + key).POST(BodyPublishers.ofString("{}")).build());
            case 13 -> new Fuzz.Case("control character in a field", b.POST(BodyPublishers.ofString(controlInAField(r))).build());
            // a body under its own limit whose record is over Kafka's: long, or short but heavy with escapes
            case 14 -> new Fuzz.Case("record over the limit", b.POST(BodyPublishers.ofString("{\"body\": " + Fuzz.quoted(
                    r.nextBoolean() ? "v".repeat(1_000_000 + r.nextInt(48_000))
                            : Fuzz.pick(r, List.of("\"", "\\", "\u0001", "\n")).repeat(550_000 + r.nextInt(100_000))) + "}")).build());
            case 15 -> new Fuzz.Case("batch over the caps", Fuzz.request(url, "/articles/batch").header("Authorization", "Bearer " + key)
                    .header("Content-Type", r.nextBoolean() ? "application/json" : "application/x-ndjson")
                    .POST(BodyPublishers.ofString(overTheItemCap(r))).build());
            default -> new Fuzz.Case("key administration without the admin token", Fuzz.request(url, "/admin/keys")
                    .header("Authorization", "Bearer " + Fuzz.inUrl(r, Fuzz.hostile(r))).header("Content-Type", "application/json")
                    .POST(BodyPublishers.ofString("{\"newsroom\": " + Fuzz.quoted(Fuzz.hostile(r)) + "}")).build());
        };
    }

    /** One field with a control character (a body may hold line breaks, not NUL), the rest of the article valid. */
    private static String controlInAField(Random r) {
        String field = Fuzz.pick(r, List.of("id", "url", "published", "headline", "body"));
        String control = field.equals("body") ? "\u0000" : String.valueOf((char) Fuzz.pick(r, List.of(0, 1, 9, 10, 13, 27, 127, 0x85)).intValue());
        String value = Fuzz.pick(r, List.of("", "The vote ", "https://news.example/")) + control + Fuzz.hostile(r);
        return "{" + Fuzz.quoted(field) + ": " + Fuzz.quoted(value)
                + (field.equals("body") ? "" : ", \"body\": \"The Assembly voted.\"") + "}";
    }

    /** 1,001 articles or more, as a JSON array or NDJSON: one past the batch's cap. */
    private static String overTheItemCap(Random r) {
        List<String> items = java.util.Collections.nCopies(1_001 + r.nextInt(100), "{\"body\": \"The Assembly voted.\"}");
        return r.nextBoolean() ? "[" + String.join(",", items) + "]" : String.join("\n", items);
    }
}
