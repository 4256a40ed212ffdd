import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Future;

/**
 * The tally alone: puts a backlog of synthetic extractions straight on topic "vote-events" (as if extraction had
 * run) and times, through the gateway, when every thousandth article is tallied, so the tally's rate can be read as
 * its records grow (hot: three votes get every claim, 10,000 claims each at the end of a 30,000 run).
 *
 *   java -cp "$(cat .votewire/infra.classpath)" deploy/bench/TallyDrain.java hot 30000
 *
 * Arguments: workload (hot | spread), count, then optionally the Kafka bootstrap (localhost:9092) and gateway
 * (http://localhost:8080). Every article is its own source (random fingerprints).
 */
public class TallyDrain {
    private static final String[] COUNTRIES = {"RUS", "IRN", "BLR", "PRK", "SYR", "NIC", "CUB", "VEN", "ERI", "MLI",
            "CHN", "IND", "BRA", "ZAF", "HUN", "ISR", "USA", "DZA", "PAK", "EGY"};

    record Vote(String body, String date, String title, String symbol, int yes, int no, int abstain, List<String> named) {
    }

    public static void main(String[] args) throws Exception {
        String workload = args.length > 0 ? args[0] : "hot";
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 30_000;
        String bootstrap = args.length > 2 ? args[2] : "localhost:9092";
        String gateway = args.length > 3 ? args[3] : "http://localhost:8080";
        Random rnd = new Random(15);
        List<Vote> votes = new ArrayList<>();
        int distinct = workload.equals("hot") ? 3 : 2_000;
        for (int v = 0; v < distinct; v++) {
            String body = workload.equals("hot") ? List.of("GA", "SC", "HRC").get(v) : List.of("GA", "GA", "SC", "HRC").get(rnd.nextInt(4));
            int no = body.equals("SC") ? 1 + rnd.nextInt(3) : 3 + rnd.nextInt(30);
            int abstain = body.equals("SC") ? 15 - 9 - no : 5 + rnd.nextInt(40);
            int yes = body.equals("SC") ? 9 : 60 + rnd.nextInt(90);
            String date = workload.equals("hot") ? "2026-11-17" : "2026-" + String.format("%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            List<String> named = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                named.add(COUNTRIES[rnd.nextInt(COUNTRIES.length)]);
            }
            votes.add(new Vote(body, date, "a resolution on topic " + v + " of the session",
                    body.equals("HRC") ? null : (body.equals("SC") ? "S/RES/" + (2800 + v % 200) : "A/RES/81/" + (v % 900)),
                    yes, no, abstain, named));
        }
        String run = Long.toHexString(System.currentTimeMillis());
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("linger.ms", "20");
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        long start;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            List<Future<?>> acks = new ArrayList<>();
            start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String id = "drain-" + run + "-" + i;
                acks.add(producer.send(new ProducerRecord<>("vote-events", id, extraction(id, votes.get(rnd.nextInt(votes.size())), rnd))));
            }
            for (Future<?> f : acks) {
                f.get();
            }
        }
        System.out.printf("%d extractions on vote-events in %.1f s; the tally's progress:%n", count, (System.nanoTime() - start) / 1e9);
        HttpClient http = HttpClient.newHttpClient();
        long last = System.nanoTime();
        long first = last;
        int step = Math.max(1, count / 10);
        for (int done = step; done <= count; done += step) {
            String id = "drain-" + run + "-" + (done - 1);
            while (!tallied(http, gateway, id)) {
                Thread.sleep(20);
            }
            long now = System.nanoTime();
            System.out.printf("articles %6d..%6d (about %d claims a vote at the end): %6.0f per second%n", done - step, done,
                    done / votes.size(), step / ((now - last) / 1e9));
            last = now;
        }
        System.out.printf("all %d in %.1f s: %.0f per second%n", count, (last - first) / 1e9, count / ((last - first) / 1e9));
    }

    private static boolean tallied(HttpClient http, String gateway, String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(gateway + "/articles/" + id)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 200 && r.body().contains("\"status\":\"tallied\"");
    }

    /** One article's extraction: the vote as most outlets give it, a count now and then misread, some names. */
    private static String extraction(String id, Vote v, Random rnd) {
        int yes = rnd.nextInt(20) == 0 ? v.yes() + 1 : v.yes();
        StringBuilder positions = new StringBuilder();
        for (String iso : v.named()) {
            if (rnd.nextBoolean()) {
                positions.append(positions.isEmpty() ? "" : ",").append('"').append(iso).append("\":\"no\"");
            }
        }
        byte[] fp = new byte[128];
        rnd.nextBytes(fp);
        String title = rnd.nextBoolean() ? v.title() : v.title().replace("a resolution", "the text");
        return "{\"version\":1,\"article_id\":\"" + id + "\",\"extractor_version\":\"rules-1.5\",\"published\":\"" + v.date()
                + "\",\"url\":null,\"headline\":null,\"fingerprint\":\"" + HexFormat.of().formatHex(fp) + "\",\"events\":[{"
                + "\"event_id\":\"" + id + "#1\",\"body\":\"" + v.body() + "\",\"kind\":\"resolution\",\"date\":\"" + v.date()
                + "\",\"title\":\"" + title + "\",\"symbol\":" + (v.symbol() == null || rnd.nextBoolean() ? "null" : "\"" + v.symbol() + "\"")
                + ",\"sponsors\":[],\"counts\":{\"yes\":" + yes + ",\"no\":" + v.no() + ",\"abstain\":" + v.abstain()
                + "},\"outcome\":\"adopted\",\"positions\":{" + positions + "},\"evidence\":[{\"text\":\"It was adopted.\",\"start\":0,\"end\":16}],"
                + "\"confidence\":0.9}],\"error\":null,\"extracted_at\":\"" + Instant.now() + "\"}";
    }
}
