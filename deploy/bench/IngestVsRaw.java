import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ingest against the broker it publishes to (issue 15 item 3): the same articles, once posted to ingest's
 * {@code POST /articles} over 64 connections, once sent by a bare Kafka producer with ingest's producer settings
 * (acks=all, idempotence, linger 5 ms, 128 KiB batches, zstd) to topic {@code bench-raw} of the same broker, as
 * fast as each goes. The records are the same size: each article as ingest publishes it (with received_at).
 *
 *   deploy/bench/load.py --save /tmp/articles.ndjson --count 20000
 *   VOTEWIRE_API_KEY=... java -cp "$(cat .votewire/infra.classpath)" deploy/bench/IngestVsRaw.java /tmp/articles.ndjson
 *
 * Arguments: the articles (NDJSON, one a line, as load.py --save writes them), then optionally what to run
 * (both | ingest | raw), connections (64), ingest URL (http://localhost:8081), Kafka bootstrap (localhost:9092).
 * Each run gives the articles ids of its own, so the file can be posted again.
 */
public class IngestVsRaw {
    public static void main(String[] args) throws Exception {
        List<String> articles = Files.readAllLines(Path.of(args[0])).stream().filter(l -> !l.isBlank()).toList();
        String what = args.length > 1 ? args[1] : "both";
        int connections = args.length > 2 ? Integer.parseInt(args[2]) : 64;
        String ingest = args.length > 3 ? args[3] : "http://localhost:8081";
        String bootstrap = args.length > 4 ? args[4] : "localhost:9092";
        String run = Long.toHexString(System.currentTimeMillis());
        List<String> own = articles.stream().map(a -> a.replaceFirst("\"id\": \"", "\"id\": \"" + run + "-")).toList();
        double record = own.stream().mapToInt(a -> a.length() + 60).average().orElse(0);
        System.out.printf("%d articles, about %.0f bytes a record%n", own.size(), record);
        if (!what.equals("raw")) {
            long before = published(bootstrap);
            long t0 = System.nanoTime();
            post(own, connections, ingest);
            while (published(bootstrap) - before < own.size()) {
                Thread.sleep(20);
            }
            System.out.printf("  all in topic articles (the relay done) %.1f s after the first post%n",
                    (System.nanoTime() - t0) / 1e9);
        }
        if (!what.equals("ingest")) {
            raw(own, bootstrap);
        }
    }

    /**
     * Every connection posts the next article as soon as its previous one is answered. Plain HTTP/1.1 over a socket
     * per connection, the requests' bytes made before the clock starts: on two cores a general HTTP client costs more
     * CPU per request than ingest does, and the client, not ingest, would be measured.
     */
    static void post(List<String> articles, int connections, String ingest) throws Exception {
        String key = System.getenv("VOTEWIRE_API_KEY");
        if (key == null) {
            throw new IllegalStateException("VOTEWIRE_API_KEY is not set (deploy/local/run prints it)");
        }
        URI uri = URI.create(ingest);
        List<byte[]> requests = new ArrayList<>();
        for (String article : articles) {
            byte[] body = article.getBytes(StandardCharsets.UTF_8);
            String head = "POST /articles HTTP/1.1\r\nHost: " + uri.getHost() + "\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + key + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            byte[] request = Arrays.copyOf(head.getBytes(StandardCharsets.US_ASCII), head.length() + body.length);
            System.arraycopy(body, 0, request, head.length(), body.length);
            requests.add(request);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        long[] latencies = new long[requests.size()];
        CountDownLatch done = new CountDownLatch(connections);
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            new Thread(() -> {
                try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        out.write(requests.get(i));
                        out.flush();
                        if (status(in) != 202) {
                            refused.incrementAndGet();
                        }
                        latencies[i] = System.nanoTime() - start;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        Arrays.sort(latencies);
        System.out.printf("ingest: %d posted (%d not 202) in %.1f s: %.0f requests/s, p50 %.0f ms, p99 %.0f ms%n",
                articles.size(), refused.get(), seconds, articles.size() / seconds,
                latencies[latencies.length / 2] / 1e6, latencies[(int) (latencies.length * 0.99)] / 1e6);
    }

    /** Reads one response (ingest always sends Content-Length) and returns its status. */
    static int status(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        for (int last4 = 0; last4 != 0x0d0a0d0a; ) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the connection closed mid-response");
            }
            head.append((char) b);
            last4 = last4 << 8 | b;
        }
        String lower = head.toString().toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length:");
        if (at < 0) {
            throw new IOException("a response without Content-Length: " + head);
        }
        int length = Integer.parseInt(lower.substring(at + 15, lower.indexOf('\r', at)).trim());
        in.readNBytes(length);
        return Integer.parseInt(head.substring(9, 12));
    }

    /** Records in topic {@code articles}: the sum of its partitions' end offsets. */
    static long published(String bootstrap) {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        p.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = consumer.partitionsFor("articles").stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            return consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A bare producer with ingest's settings, sending every record asynchronously and awaiting them all. */
    static void raw(List<String> articles, String bootstrap) throws Exception {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "5");
        p.put("batch.size", "131072");
        p.put("compression.type", "zstd");
        p.put("max.request.size", "1048576");
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        String receivedAt = ",\"version\":1,\"received_at\":\"" + Instant.now() + "\"}";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            producer.partitionsFor("bench-raw"); // topic created and metadata fetched before the clock starts
            AtomicLong failed = new AtomicLong();
            List<String> values = new ArrayList<>();
            for (String a : articles) {
                values.add(a.substring(0, a.lastIndexOf('}')) + receivedAt);
            }
            long t0 = System.nanoTime();
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>("bench-raw", "raw-" + i, values.get(i)), (m, e) -> {
                    if (e != null) {
                        failed.incrementAndGet();
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("raw producer: %d records (%d failed) in %.1f s: %.0f records/s%n", values.size(),
                    failed.get(), seconds, values.size() / seconds);
        }
    }
}
