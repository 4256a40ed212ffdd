package io.votewire.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.votewire.testkit.Fuzz;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Base64;
import java.util.List;
import java.util.Random;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Ten thousand malformed requests at a gateway over a database with records: each a 4xx problem+json with a reason,
 * and it stays healthy.
 */
@QuarkusTest
@WithTestResource(value = TallySchemaTestResource.class)
class GatewayFuzzTest {
    private static final int REQUESTS = Integer.getInteger("votewire.fuzz-requests", 10_000);
    private static final List<String> PARAMS = List.of("limit", "cursor", "from", "to", "body", "outcome", "sort", "country");

    @TestHTTPResource("/")
    URL base;

    /** Records to find: a hostile request must be refused for what it is, not answered from an empty table. */
    @BeforeEach
    void someResolutions() throws Exception {
        try (Connection c = TallySchemaTestResource.owner()) {
            TallyRows.clear(c);
            for (int i = 1; i <= 30; i++) {
                TallyRows.resolution(c, "f-" + i, i % 7 == 0 ? null : "2025-03-" + (10 + i % 19), "{\"id\":\"f-" + i
                        + "\",\"body\":\"GA\",\"title\":\"On water " + i + "\",\"positions\":{\"FRA\":\"yes\",\"KEN\":\"no\"}}");
            }
        }
        given().get("/resolutions").then().statusCode(200).body("items", hasSize(30));
    }

    @Test
    void malformedRequestsGetProblemsNeverServerErrors() throws Exception {
        String baseUrl = base.toString().replaceAll("/$", "");
        assertEquals(List.of(), Fuzz.violations(baseUrl, REQUESTS, 20250224L, GatewayFuzzTest::request));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static Fuzz.Case request(Random r, String url) {
        // "x" in front (or a quote after) keeps a hostile text from being a valid value by chance ("", "-1", three letters)
        String bad = Fuzz.inUrl(r, "x" + Fuzz.hostile(r));
        String text = Fuzz.inUrl(r, Fuzz.hostile(r) + "'");
        return switch (r.nextInt(11)) {
            case 0 -> {
                String param = Fuzz.pick(r, PARAMS);
                yield get(url, "/resolutions?" + param + "=" + bad + (r.nextBoolean() ? "&q=" + text : ""), "bad " + param);
            }
            case 1 -> get(url, "/resolutions?vote=" + Fuzz.pick(r, List.of("yes", "no", bad)), "vote without a country");
            case 2 -> get(url, "/resolutions/" + text + Fuzz.pick(r, List.of("", "/sources")), "unknown resolution");
            case 3 -> get(url, "/articles/" + text, "unknown article");
            case 4 -> get(url, "/countries/" + bad + Fuzz.pick(r, List.of("/votes", "/agreement")), "bad country");
            case 5 -> get(url, Fuzz.pick(r, List.of("/changes?since=", "/changes?limit=", "/changes/stream?since=")) + bad, "bad cursor");
            case 6 -> new Fuzz.Case("wrong method", Fuzz.request(url, Fuzz.pick(r, List.of("/resolutions", "/resolutions/x", "/changes", "/articles/x")))
                    .method(Fuzz.pick(r, List.of("POST", "PUT", "DELETE", "PATCH")), BodyPublishers.ofByteArray(Fuzz.garbage(r, 2048))).build());
            case 7 -> get(url, "/" + Fuzz.pick(r, List.of("", "resolutions/", "api/", "q/")) + "nothing-here-" + text, "unknown path");
            case 8 -> new Fuzz.Case("unacceptable type", Fuzz.request(url, "/resolutions?limit=" + bad)
                    .header("Accept", Fuzz.pick(r, List.of("application/xml", "text/csv", "image/png"))).GET().build());
            case 9 -> get(url, hostileCursor(r), "well-formed cursor with a hostile part");
            default -> get(url, "/resolutions?limit=" + (r.nextBoolean() ? -r.nextInt(1000) : 201 + r.nextInt(1_000_000)), "limit out of range");
        };
    }

    /** A cursor in the shape the service gives out (base64url of kind, key, id) with one part hostile. */
    private static String hostileCursor(Random r) {
        boolean byChange = r.nextBoolean();
        String key = byChange ? "17" : "2025-03-12";
        String id = "f-3";
        String part = Fuzz.hostile(r);
        part = part.substring(0, Math.min(part.length(), 150)); // the whole cursor stays under inUrl's cut
        if (r.nextBoolean()) {
            key = "x" + part; // never a date nor a number
        } else {
            id = part + "'"; // never an id
        }
        String raw = (byChange ? "u" : "d") + "\n" + key + "\n" + id;
        String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        if (!byChange && r.nextBoolean()) {
            return "/countries/FRA/votes?cursor=" + Fuzz.inUrl(r, cursor);
        }
        return "/resolutions?cursor=" + Fuzz.inUrl(r, cursor) + (byChange ? "&sort=updated" : "");
    }

    private static Fuzz.Case get(String url, String pathAndQuery, String what) {
        return new Fuzz.Case(what + " " + pathAndQuery, Fuzz.request(url, pathAndQuery).GET().build());
    }
}
