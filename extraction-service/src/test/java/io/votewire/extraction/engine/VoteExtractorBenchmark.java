package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Articles per second through the engine alone, on one thread. The corpus is the seed articles cut or padded to
 * about 3 KB each, so the figure reads as "3 KB articles per second". The JIT compiles the engine's patterns for
 * some 16 s on a 2-core machine, hence the 24 s of warm-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
public class VoteExtractorBenchmark {
    private static final int ARTICLE_BYTES = 3 * 1024;

    private final VoteExtractor engine = new VoteExtractor();
    private final List<Article> corpus = new ArrayList<>();
    private int next;

    @Setup
    public void loadSeeds() throws IOException {
        Path seeds = Path.of(System.getProperty("votewire.seeds", "../seeds"));
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f);
                StringBuilder body = new StringBuilder(text);
                while (body.length() < ARTICLE_BYTES) {
                    body.append('\n').append(text);
                }
                String cut = body.substring(0, Math.min(body.length(), ARTICLE_BYTES));
                corpus.add(new Article(Article.VERSION, f.getFileName().toString(), null, "2025-02-25", null, cut, Instant.EPOCH));
            }
        }
    }

    @Benchmark
    public int extract() {
        Article a = corpus.get(next++ % corpus.size());
        return engine.extract(a).size();
    }
}
