package io.votewire.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;

/**
 * Malformed requests thrown at a service: each must be answered with a 4xx application/problem+json that states a
 * reason, never a 5xx. A service describes its requests as a function of a seeded {@link Random}; the parts every
 * service needs (hostile strings, garbage bytes, deep and mistyped JSON) are here.
 */
public final class Fuzz {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String[] HOSTILE = {
            "' OR '1'='1", "1; DROP TABLE tally.resolution; --", "\" OR \"\"=\"", "%' AND 1=1 --", "admin'--",
            "1 UNION SELECT password FROM pg_shadow", "$(rm -rf /)", "<script>alert(1)</script>", "../../../../etc/passwd",
            "\u0000", "\u0001\u0002\u001b[31m", "\r\nX-Injected: 1", "\uFEFF", "\uD800", "🗳️", "null", "[]", "{}", "-1",
            "9999999999999999999999", "NaN", "1e309", "0x41", " ", ""};

    private Fuzz() {
    }

    /** What a request is for the report, and the request. */
    public record Case(String what, HttpRequest request) {
    }

    /**
     * Sends {@code count} cases made by {@code make(random, baseUrl)} from four threads and returns the answers that
     * break the rule (at most 20, with a count of the rest), empty when all were 4xx problem+json with a reason.
     * Each case has a random of its own, seeded in turn from {@code seed}: a run repeats, and a case is made only when
     * it is sent (some bodies are megabytes).
     */
    public static List<String> violations(String baseUrl, int count, long seed, BiFunction<Random, String, Case> make)
            throws Exception {
        Random seeds = new Random(seed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long caseSeed = seeds.nextLong();
                answers.add(pool.submit(() -> check(make.apply(new Random(caseSeed), baseUrl))));
            }
            List<String> out = new ArrayList<>();
            int more = 0;
            for (Future<String> f : answers) {
                String v = f.get();
                if (v != null && out.size() < 20) {
                    out.add(v);
                } else if (v != null) {
                    more++;
                }
            }
            if (more > 0) {
                out.add("... and " + more + " more");
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String check(Case c) {
        HttpResponse<byte[]> r;
        try {
            r = HTTP.send(c.request(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            return c.what() + ": no answer (" + e + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return c.what() + ": interrupted";
        }
        String body = new String(r.body(), StandardCharsets.UTF_8);
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() < 400 || r.statusCode() > 499) {
            return c.what() + ": " + r.statusCode() + " " + abbreviate(body);
        }
        if (!type.startsWith("application/problem+json")) {
            return c.what() + ": " + r.statusCode() + " as '" + type + "' " + abbreviate(body);
        }
        try {
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != r.statusCode() || problem.path("detail").asText().isBlank()) {
                return c.what() + ": problem without status or reason: " + abbreviate(body);
            }
        } catch (IOException e) {
            return c.what() + ": problem+json that is not JSON: " + abbreviate(body);
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    public static HttpRequest.Builder request(String baseUrl, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    /** A hostile text: SQL and shell injection, control characters, lone surrogates, numbers out of range. */
    public static String hostile(Random r) {
        String s = HOSTILE[r.nextInt(HOSTILE.length)];
        return r.nextInt(4) == 0 ? s + "x".repeat(r.nextInt(5000)) : s;
    }

    /**
     * A text percent-encoded for a URL, now and then with bytes that are not UTF-8. Cut to 1,000 characters: a
     * request line over Vert.x's 4,096 bytes is refused by the HTTP codec (a bare 414) before any handler runs.
     */
    public static String inUrl(Random r, String s) {
        StringBuilder b = new StringBuilder();
        for (byte x : s.substring(0, Math.min(s.length(), 1000)).getBytes(StandardCharsets.UTF_8)) {
            if ((x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z') || (x >= '0' && x <= '9')) {
                b.append((char) x);
            } else {
                b.append('%').append(String.format("%02X", x & 0xff));
            }
        }
        if (r.nextInt(5) == 0) {
            b.append(r.nextBoolean() ? "%C3%28" : "%FF%FE");
        }
        return b.toString();
    }

    /** Random bytes, most of them not UTF-8 and none of them JSON. */
    public static byte[] garbage(Random r, int max) {
        byte[] b = new byte[1 + r.nextInt(max)];
        r.nextBytes(b);
        b[0] = (byte) (0x80 | b[0]); // never a valid first byte of JSON text
        return b;
    }

    /** JSON nested far deeper than any article. */
    public static String deep(Random r) {
        int depth = 50 + r.nextInt(5000);
        return r.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"body\":".repeat(depth) + "\"x\"" + "}".repeat(depth);
    }

    /** A JSON value of a type no field takes, or JSON broken off midway. */
    public static String wrongValue(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> String.valueOf(r.nextLong());
            case 1 -> "[1, 2, 3]";
            case 2 -> "{\"nested\": true}";
            case 3 -> "true";
            case 4 -> "1.5e400";
            case 5 -> "\"unterminated";
            default -> "{\"a\":";
        };
    }

    /** A JSON string literal of the text, escaped so that control characters reach the service as they are. */
    public static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static <T> T pick(Random r, List<T> items) {
        return items.get(r.nextInt(items.size()));
    }
}
