package io.votewire.extraction.engine;

import io.votewire.contract.Article;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Milliseconds for the engine to read one article built to be slow, at 64 KB, 256 KB and 1 MiB: linear time means
 * four times the size takes four times as long (issue 17). Each article is a UN lead and one phrase repeated, with
 * no sentence end after the lead. Run with {@code -Dbench=AdversarialArticlesBenchmark} (README, "Speed").
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
public class AdversarialArticlesBenchmark {
    /** The phrase each kind repeats. */
    static final Map<String, String> PHRASES = Map.of(
            // an outcome verb whose subject is a state, each one a clause of its own
            "clauses", "; France rejected the text",
            "states", "France, Germany, Chile, Peru, Japan, Kenya, Ghana, Spain, ",
            "numbers", "one hundred and twenty three thousand four hundred and fifty six ",
            "parens", "(the Council ((voted (against (France ",
            // vote words with line breaks but no punctuation: lines that go on in the next one
            "no-ends", "the assembly voted against the resolution in favour and abstained while\n");

    @Param({"clauses", "states", "numbers", "parens", "no-ends"})
    public String kind;

    @Param({"65536", "262144", "1048576"})
    public int size;

    private final VoteExtractor engine = new VoteExtractor();
    private Article article;

    @Setup
    public void build() {
        article = article(kind, size);
    }

    /** A UN lead, then the kind's phrase repeated to {@code size} characters. */
    static Article article(String kind, int size) {
        StringBuilder body = new StringBuilder(size + 100).append("The Security Council voted on the draft resolution");
        while (body.length() < size) {
            body.append(PHRASES.get(kind));
        }
        body.setLength(size);
        return new Article(Article.VERSION, kind, null, "2031-05-03", null, body.toString(), Instant.EPOCH);
    }

    @Benchmark
    public int extract() {
        return engine.extract(article).size();
    }
}
