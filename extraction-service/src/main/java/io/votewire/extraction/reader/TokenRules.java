package io.votewire.extraction.reader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader's rules as data ({@code token-rules.txt}): each rule a {@link TokenPattern} over annotated tokens, what a
 * match means (the states its lists name voted as its cue says, or its number counts its cue's side), and example
 * sentences with what they must give, each of which is a unit test. A rule is added as one block of that file.
 */
public final class TokenRules {
    static final String RESOURCE = "token-rules.txt";
    private static final TokenRules INSTANCE = load();

    /**
     * What a rule's match gives besides the stance of every state its lists name: nothing, the count of its cue's side
     * (its number), that count with the states listed beside the number ("Peru and 12 others"), that count in place
     * of the sentence's own reading of the side ("one of the six that voted against" is no count of one), both ("Peru
     * voted yes together with 120 others": 121, where the sentence reads 120), or the vote's outcome (the rule's
     * {@code outcome} line).
     */
    enum Role {
        POSITIONS, COUNT, COUNT_WITH_LIST, COUNT_REPLACING, COUNT_WITH_LIST_REPLACING, OUTCOME;

        boolean counts() {
            return this != POSITIONS && this != OUTCOME;
        }

        boolean addsList() {
            return this == COUNT_WITH_LIST || this == COUNT_WITH_LIST_REPLACING;
        }

        boolean replaces() {
            return this == COUNT_REPLACING || this == COUNT_WITH_LIST_REPLACING;
        }
    }

    /** In a rule's "unless-after" words: a number right after the match. */
    private static final String NUMBER_NEXT = "NUM";
    /** How far back, in tokens of the same clause, a rule's {@code unless} words are looked for. */
    private static final int UNLESS_WINDOW = 6;
    /** More voters than any body the reader knows has members (the Assembly 193, the health assembly 194). */
    static final int MOST_VOTERS = 200;

    /**
     * @param unless      words that, shortly before a match in its clause, make it no reading ("needed nine votes")
     * @param unlessAfter the same shortly after it ("nine votes in favour would be needed")
     */
    record Rule(String name, Role role, Stance stance, Outcome outcome, TokenPattern pattern, Set<String> unless,
                Set<String> unlessAfter, List<Example> examples) {

        /** Whether one of the rule's "unless" words stands shortly before token i in its clause ("needed nine votes"). */
        boolean vetoedBefore(List<Token> tokens, int i) {
            for (int j = i - 1; j >= 0 && j >= i - UNLESS_WINDOW && !tokens.get(j).endsClause(); j--) {
                if (unless.contains(tokens.get(j).text())) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether one of the rule's "unless-after" words stands shortly after a match ending before token end, or, for
         * {@code NUM} among them, a number right after it ("four votes - A, B, C, D - against seven": a tally's "against").
         */
        boolean vetoedAfter(List<Token> tokens, int end) {
            if (end < tokens.size() && tokens.get(end).kind() == Token.Kind.NUMBER && unlessAfter.contains(NUMBER_NEXT)) {
                return true;
            }
            for (int j = end; j < tokens.size() && j < end + UNLESS_WINDOW && !tokens.get(j).endsClause(); j++) {
                if (unlessAfter.contains(tokens.get(j).text())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An example sentence and what the rule must read in it ("ISO3 stance" pairs or "side number"; none for a no). */
    record Example(String text, String expected) {
    }

    /** What one match of a rule says, at character offsets [start, end) of the article. */
    public record Finding(String rule, int start, int end, Map<String, Stance> positions, Map<Stance, Integer> counts,
                          boolean replacesCounts, Outcome outcome) {
    }

    private final List<Rule> rules;
    /**
     * Which rules may start at a token, as bit masks by rule index (rule i is bit i % 64 of word i / 64): the dispatch
     * derived from the patterns.
     */
    private final long[] anyMask;
    private final long[] cueMask;
    private final long[] stateMask;
    private final long[] numberMask;
    private final long[] breakMask;
    /**
     * The rules whose matches open with a list: none matches where no list starts, which is one test for all of
     * them (a "the" or a bullet starts them all, and most stand before no state).
     */
    private final long[] listMask;
    private final long[][] wordMasks;
    private final Vocabulary vocabulary;

    private TokenRules(List<Rule> unbound) {
        Set<String> words = new HashSet<>();
        for (Rule r : unbound) {
            words.addAll(r.pattern().words());
            words.addAll(r.unless());
            words.addAll(r.unlessAfter());
        }
        vocabulary = Tokenizer.vocabulary(words);
        List<TokenPattern> patterns = TokenPattern.bind(unbound.stream().map(Rule::pattern).toList(), vocabulary);
        rules = java.util.stream.IntStream.range(0, unbound.size()).mapToObj(i -> {
            Rule r = unbound.get(i);
            return new Rule(r.name(), r.role(), r.stance(), r.outcome(), patterns.get(i), r.unless(), r.unlessAfter(), r.examples());
        }).toList();
        int width = (rules.size() + Long.SIZE - 1) / Long.SIZE;
        wordMasks = new long[vocabulary.size()][width];
        anyMask = new long[width];
        cueMask = new long[width];
        stateMask = new long[width];
        numberMask = new long[width];
        breakMask = new long[width];
        listMask = new long[width];
        for (int i = 0; i < rules.size(); i++) {
            int w = i / Long.SIZE;
            long bit = 1L << (i % Long.SIZE);
            TokenPattern.Starts starts = rules.get(i).pattern().starts();
            anyMask[w] |= starts.any() ? bit : 0;
            cueMask[w] |= starts.cue() ? bit : 0;
            stateMask[w] |= starts.state() ? bit : 0;
            numberMask[w] |= starts.number() ? bit : 0;
            breakMask[w] |= starts.lineBreak() ? bit : 0;
            listMask[w] |= rules.get(i).pattern().opensWithList() ? bit : 0;
            for (String word : starts.words()) {
                wordMasks[vocabulary.id(word)][w] |= bit;
            }
        }
    }

    /** The words and marks the rules read, for the tokenizer that cuts the tokens they read. */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** The rules that may match somewhere in the tokens, judged by the words, cues and numbers they hold. */
    private long[] possibleIn(List<Token> tokens) {
        long[] present = new long[(vocabulary.size() + Long.SIZE - 1) / Long.SIZE];
        boolean anyCue = false;
        boolean anyNumber = false;
        for (Token t : tokens) {
            if (t.id() >= 0) {
                present[t.id() >> 6] |= 1L << t.id();
            }
            anyCue |= t.cue() != null;
            anyNumber |= t.kind() == Token.Kind.NUMBER;
        }
        long[] possible = new long[anyMask.length];
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).pattern().possibleIn(present, anyCue, anyNumber)) {
                possible[i / Long.SIZE] |= 1L << (i % Long.SIZE);
            }
        }
        return possible;
    }

    /** The rules of word w of the masks that may start at the token. */
    private long mayStartAt(Token t, int w) {
        long mask = anyMask[w] | (t.cue() != null ? cueMask[w] : 0);
        switch (t.kind()) {
            case STATE -> mask |= stateMask[w];
            case NUMBER -> mask |= numberMask[w];
            case BREAK -> mask |= breakMask[w];
            default -> { }
        }
        return t.id() >= 0 ? mask | wordMasks[t.id()][w] : mask;
    }

    public static TokenRules get() {
        return INSTANCE;
    }

    List<Rule> rules() {
        return rules;
    }

    /**
     * Every finding in the tokens, left to right by where it starts; the first rule that matches at a token wins
     * there. Matches of one rule never overlap; those of two may ("14 voted against:" and the list after it).
     */
    public List<Finding> read(List<Token> tokens) {
        List<Finding> out = new ArrayList<>();
        int[] busyUntil = new int[rules.size()];
        TokenPattern.Scratch scratch = new TokenPattern.Scratch();
        long[] possible = possibleIn(tokens);
        boolean any = false;
        for (long p : possible) {
            any |= p != 0;
        }
        for (int i = 0; i < tokens.size() && any; i++) {
            Finding found = null;
            int listAt = 0; // whether a list starts at i: 1 yes, -1 no, 0 not asked yet
            for (int w = 0; w < possible.length && found == null; w++) {
                long mask = mayStartAt(tokens.get(i), w) & possible[w];
                long lists = mask & listMask[w];
                if (lists != 0 && listAt == 0) {
                    TokenPattern first = rules.get(w * Long.SIZE + Long.numberOfTrailingZeros(lists)).pattern();
                    listAt = first.listAt(tokens, i, scratch) ? 1 : -1;
                }
                if (listAt < 0) {
                    mask &= ~listMask[w];
                }
                for (; mask != 0 && found == null; mask &= mask - 1) {
                    int ri = w * Long.SIZE + Long.numberOfTrailingZeros(mask);
                    if (i >= busyUntil[ri]) {
                        found = matchAt(tokens, i, ri, busyUntil, scratch);
                    }
                }
            }
            if (found != null) {
                out.add(found);
            }
        }
        return out;
    }

    /** What rule ri reads from token i, or null; a match marks the rule busy until its end. */
    private Finding matchAt(List<Token> tokens, int i, int ri, int[] busyUntil, TokenPattern.Scratch scratch) {
        Rule r = rules.get(ri);
        TokenPattern.Match m = r.pattern().matchAt(tokens, i, scratch);
        if (m == null || m.end() <= i || r.vetoedBefore(tokens, i) || !r.unlessAfter().isEmpty() && r.vetoedAfter(tokens, m.end())) {
            return null;
        }
        Stance stance = r.stance() != null ? r.stance() : m.cue();
        if (stance == null && r.role() != Role.OUTCOME) {
            return null;
        }
        Map<String, Stance> positions = new LinkedHashMap<>();
        Map<Stance, Integer> counts = new EnumMap<>(Stance.class);
        m.states().forEach(s -> positions.putIfAbsent(s.state().iso3(), stance));
        boolean counting = r.role().counts();
        // "the last vote against it was 2016": a number no body's membership reaches is a year, not a count
        if (counting && m.value() > MOST_VOTERS) {
            return null;
        }
        if (counting) {
            counts.put(stance, Math.max(0, m.value()) + (r.role().addsList() ? positions.size() : 0));
        }
        busyUntil[ri] = m.end();
        return new Finding(r.name(), tokens.get(m.start()).start(), tokens.get(m.end() - 1).end(), positions, counts,
                r.role().replaces(), r.outcome());
    }

    private static TokenRules load() {
        try (InputStream in = TokenRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Blocks of "rule NAME", "pattern ...", optional "role count" (or count-with-list, count-replacing, or outcome with an "outcome O" line),
     * "stance S", "unless w1|w2" (words that, shortly before a match in its clause, make it no reading), "unless-after w1|w2" (the
     * same shortly after it; NUM: a number right after it) and "example TEXT => EXPECTED" lines. */
    static TokenRules parse(List<String> lines) {
        List<Rule> out = new ArrayList<>();
        String name = null;
        String pattern = null;
        Role role = Role.POSITIONS;
        Stance stance = null;
        Outcome outcome = null;
        Set<String> unless = Set.of();
        Set<String> unlessAfter = Set.of();
        List<Example> examples = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            switch (key) {
                case "rule" -> {
                    if (name != null) {
                        out.add(rule(name, pattern, role, stance, outcome, unless, unlessAfter, examples));
                    }
                    name = value;
                    pattern = null;
                    role = Role.POSITIONS;
                    stance = null;
                    outcome = null;
                    unless = Set.of();
                    unlessAfter = Set.of();
                    examples = new ArrayList<>();
                }
                case "pattern" -> pattern = value;
                case "role" -> role = Role.valueOf(value.toUpperCase().replace('-', '_'));
                case "stance" -> stance = Stance.of(value);
                case "outcome" -> outcome = Outcome.of(value);
                case "unless" -> unless = Set.of(value.split("\\|"));
                case "unless-after" -> unlessAfter = Set.of(value.split("\\|"));
                case "example" -> {
                    int arrow = value.lastIndexOf("=>");
                    if (arrow < 0) {
                        throw new IllegalArgumentException("example without '=>' in rule " + name + ": " + value);
                    }
                    examples.add(new Example(value.substring(0, arrow).strip().replace("\\n", "\n"), value.substring(arrow + 2).strip()));
                }
                default -> throw new IllegalArgumentException("unknown line in " + RESOURCE + ": " + line);
            }
        }
        if (name != null) {
            out.add(rule(name, pattern, role, stance, outcome, unless, unlessAfter, examples));
        }
        // a rule's examples are tested by its name: two rules of one name would test one of them twice
        Set<String> names = new java.util.HashSet<>();
        for (Rule r : out) {
            if (!names.add(r.name())) {
                throw new IllegalArgumentException("two rules named " + r.name());
            }
        }
        return new TokenRules(List.copyOf(out));
    }

    private static Rule rule(String name, String pattern, Role role, Stance stance, Outcome outcome, Set<String> unless,
                             Set<String> unlessAfter, List<Example> examples) {
        if (pattern == null || examples.size() < 3) {
            throw new IllegalArgumentException("rule " + name + " needs a pattern and at least three examples");
        }
        if (role == Role.OUTCOME && outcome == null) {
            throw new IllegalArgumentException("rule " + name + " reads an outcome but says none");
        }
        return new Rule(name, role, stance, outcome, TokenPattern.compile(pattern), unless, unlessAfter, List.copyOf(examples));
    }
}
