package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A pattern over annotated tokens, written as space-separated elements, each with an optional bound
 * ({@code ?}, {@code *} for up to three, {@code {m,n}}):
 * <ul>
 *   <li>{@code CUE}: a vote cue; its stance is the stance the rule gives (unless the rule fixes one); {@code CUE=no}
 *       only a cue of that stance;</li>
 *   <li>{@code LIST}: states listed with commas, "and", "&amp;", line breaks or bullets, possibly run together,
 *       at most four words of something else between two of them ("Brunei, this year's chair, Laos"); a state
 *       with a possessive ("Peru's") is no item; every state in it takes the stance;</li>
 *   <li>{@code GAP}: a token that is no state, cue, clause end, comma, verb of saying or existential "there" (in
 *       "against it, and there were 40 abstentions" the number is the noun's after it);
 *       {@code CLAUSE}: the same, commas allowed; {@code SPAN}: any token short of the sentence's end, states and
 *       cues too (they take nothing);</li>
 *   <li>{@code STATE}: one state, also with a possessive ("Peru's envoy"); it takes the stance like a list;</li>
 *   <li>{@code NUM}: a number; {@code WORD}: a word (no number, state or mark); {@code BREAK}: a line break;
 *       {@code END}: the text ends, or a line break or a punctuation mark other than a comma comes next (takes nothing);
 *       {@code NOCUE}: no cue comes next, even after a word such as "voted" or "were" (takes nothing): a list
 *       followed by its own cue ("including A and B, voted in favour") is that cue's, not an earlier one's;</li>
 *   <li>anything else: one of the words or marks it lists, parted by {@code |} ("joined|joins"; {@code \n} a line break,
 *       {@code \|} the mark "|" of a table's cells).</li>
 * </ul>
 * Matching backtracks over the bounded elements; a list is taken whole (possessive), so a match costs at most the
 * product of the small bounds times the list's length.
 */
final class TokenPattern {
    /** Words a gap never crosses: a verb of saying, and "there" of "there were", which opens a clause of its own. */
    private static final Set<String> GAP_STOPS = Set.of("said", "says", "say", "told", "telling", "saying", "stated", "added", "noted", "argued", "there");
    /** What may stand between two states of a list ("China itself, Cuba and Peru" too). */
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "&", "the", "as", "well", "plus", "itself", "former");
    /**
     * Phrases that join two lists into one, word by word: "A and B, in addition to C" ("A, along with B, abstained" is
     * an aside its own rule reads).
     */
    private static final List<List<String>> JOINING_PHRASES = List.of(List.of("in", "addition", "to"));
    private static final Set<String> BULLETS = Set.of("—", "•", "*", "·", "-", "–");
    /** Words between a list and its own cue ("A and B, all voted in favour"), which {@code NOCUE} looks past. */
    private static final Set<String> BEFORE_OWN_CUE = Set.of("voted", "voting", "were", "was", "all", "both", "also", "too",
            "then", "had", "have", "has");
    private static final int MAX_UNKNOWN_WORDS = 4;
    /**
     * Words of a comment set off after a list's first state ("Russia, of course, plus A and B"), looked past where
     * other words after one state end the list ("Peru, the sponsor, said ...").
     */
    private static final Set<String> ASIDES = Set.of("of", "course", "naturally", "predictably", "unsurprisingly", "again", "once", "ever",
            "usual", "expected", "inevitably", "notably");
    /** The longest aside in brackets a list looks past ("(a united front!)"). */
    private static final int MAX_ASIDE_TOKENS = 10;
    /**
     * A list ends after this many states: the General Assembly has 193 members, and the bound keeps a list tried
     * from each of its states linear in the text, not quadratic, on a hostile article of nothing but names.
     */
    private static final int MAX_LIST_ITEMS = 200;

    private enum Kind { CUE, LIST, STATE, GAP, CLAUSE, SPAN, NUM, WORD, BREAK, END, NOCUE, WORDS }

    /**
     * @param ids the words as vocabulary ids, once the pattern is bound to its rules' vocabulary ({@link #bind}): a
     *            set to test a token with, and a text's words ({@link #possibleIn})
     */
    private record Element(Kind kind, Set<String> words, long[] ids, Stance cue, int min, int max) {
        boolean acceptsCue(Token t) {
            return t.cue() != null && (cue == null || cue == t.cue());
        }
    }

    /** The pattern's word sets as vocabulary ids: what matching compares a token's id with. */
    private record Bound(long[] gapStops, long[] glue, long[] bullets, long[] beforeOwnCue, long[] asides) {
    }

    /** What a match found: where it starts and ends (token indexes, end exclusive), its cue and its lists. */
    record Match(int start, int end, Stance cue, List<Token> states, int value) {
    }

    /**
     * What matching needs besides the pattern, made once per text and shared by all the attempts of all patterns on
     * it (one at a time), so an attempt allocates nothing until it matches: the states taken so far, and a stack of
     * the places each bounded element may end at.
     */
    static final class Scratch {
        /**
         * The states taken so far, as a stack of what each element took: a list's states as the range [from, to) of
         * {@code listStates}, a single state as -1 - its token index (to unused). Taking and dropping a list is one
         * step, where copying its states was, per rule tried at each of a long list's states, most of the matching.
         */
        private int[] takenFrom = new int[16];
        private int[] takenTo = new int[16];
        private int taken;
        private int[] ends = new int[64];
        private int top;
        /** The attempt of every pattern on the text, one at a time: no allocation per attempt. */
        private final Attempt attempt = new Attempt(this);
        /**
         * The lists found so far, by the token they were tried at: a list depends on the tokens alone, and a text's
         * states are tried as the start of a list by every rule that opens with one. For the tokens and word sets
         * of {@code listsOf}; per token its list's end plus two (0 not tried yet, 1 no list), and its states as
         * [listFrom, listTo) of listStates.
         */
        private List<Token> listsOf;
        private Bound listBound;
        private int[] listEnd;
        private int[] listFrom;
        private int[] listTo;
        private final List<Token> listStates = new ArrayList<>();

        private void listsOf(List<Token> tokens, Bound bound) {
            if (listsOf != tokens || listBound != bound) {
                listsOf = tokens;
                listBound = bound;
                listEnd = new int[tokens.size() + 1];
                listFrom = new int[tokens.size() + 1];
                listTo = new int[tokens.size() + 1];
                listStates.clear();
            }
        }
    }

    private final String source;
    private final List<Element> elements;
    private final Bound bound;
    /** Once bound: per element a match cannot do without and that reads words, their ids ({@link #possibleIn}). */
    private final long[][] requiredWords;
    private final boolean requiresCue;
    private final boolean requiresNumber;

    private TokenPattern(String source, List<Element> elements, Bound bound) {
        this.source = source;
        this.elements = elements;
        this.bound = bound;
        this.requiredWords = elements.stream().filter(el -> el.min() > 0 && el.kind() == Kind.WORDS && el.ids() != null)
                .map(Element::ids).toArray(long[][]::new);
        this.requiresCue = elements.stream().anyMatch(el -> el.min() > 0 && el.kind() == Kind.CUE);
        this.requiresNumber = elements.stream().anyMatch(el -> el.min() > 0 && el.kind() == Kind.NUM);
    }

    /** The pattern reading tokens cut with {@code vocabulary}, which must hold every word of {@link #words}. */
    TokenPattern bind(Vocabulary vocabulary) {
        return bind(vocabulary, bound(vocabulary));
    }

    /** Patterns bound to one vocabulary with the same word sets, so their attempts on a text share its lists ({@link Scratch}). */
    static List<TokenPattern> bind(List<TokenPattern> patterns, Vocabulary vocabulary) {
        Bound shared = bound(vocabulary);
        return patterns.stream().map(p -> p.bind(vocabulary, shared)).toList();
    }

    private static Bound bound(Vocabulary vocabulary) {
        return new Bound(vocabulary.idsOf(GAP_STOPS), vocabulary.idsOf(LIST_GLUE), vocabulary.idsOf(BULLETS), vocabulary.idsOf(BEFORE_OWN_CUE),
                vocabulary.idsOf(ASIDES));
    }

    private TokenPattern bind(Vocabulary vocabulary, Bound bound) {
        List<Element> ids = elements.stream()
                .map(el -> new Element(el.kind(), el.words(), vocabulary.idsOf(el.words()), el.cue(), el.min(), el.max()))
                .toList();
        return new TokenPattern(source, ids, bound);
    }

    static TokenPattern compile(String source) {
        List<Element> out = new ArrayList<>();
        for (String part : source.trim().split("\\s+")) {
            int min = 1;
            int max = 1;
            String body = part;
            if (part.length() > 1 && part.endsWith("?")) {
                min = 0;
                body = part.substring(0, part.length() - 1);
            } else if (part.length() > 1 && part.endsWith("*")) {
                min = 0;
                max = 3;
                body = part.substring(0, part.length() - 1);
            } else if (part.matches(".+\\{\\d+,\\d+}")) {
                int brace = part.lastIndexOf('{');
                String[] bounds = part.substring(brace + 1, part.length() - 1).split(",");
                min = Integer.parseInt(bounds[0]);
                max = Integer.parseInt(bounds[1]);
                body = part.substring(0, brace);
            }
            Stance only = null;
            if (body.startsWith("CUE=")) {
                only = Stance.of(body.substring(4));
                body = "CUE";
            }
            Kind kind = switch (body) {
                case "CUE" -> Kind.CUE;
                case "LIST" -> Kind.LIST;
                case "STATE" -> Kind.STATE;
                case "GAP" -> Kind.GAP;
                case "CLAUSE" -> Kind.CLAUSE;
                case "SPAN" -> Kind.SPAN;
                case "NUM" -> Kind.NUM;
                case "WORD" -> Kind.WORD;
                case "BREAK" -> Kind.BREAK;
                case "END" -> Kind.END;
                case "NOCUE" -> Kind.NOCUE;
                default -> Kind.WORDS;
            };
            if (kind == Kind.LIST && max > 1 || min > max) {
                throw new IllegalArgumentException("bad bound in '" + part + "' of: " + source);
            }
            out.add(new Element(kind, kind == Kind.WORDS ? words(body) : Set.of(), null, only, min, max));
        }
        return new TokenPattern(source, List.copyOf(out), null);
    }

    /** The words of a words element: parted by "|", with "\n" a line break and "\|" the mark itself (a table's cell). */
    private static Set<String> words(String body) {
        Set<String> words = new HashSet<>();
        for (String w : body.split("(?<!\\\\)\\|")) {
            words.add(w.replace("\\n", "\n").replace("\\|", "|"));
        }
        return Set.copyOf(words);
    }

    /** What a match may start with: the quick no before {@link #matchAt}, derived from the leading elements. */
    record Starts(boolean any, boolean cue, boolean state, boolean number, boolean lineBreak, Set<String> words) {
    }

    Starts starts() {
        boolean cue = false;
        boolean state = false;
        boolean number = false;
        boolean lineBreak = false;
        Set<String> words = new HashSet<>();
        for (Element el : elements) {
            switch (el.kind()) {
                case CUE -> cue = true;
                case LIST -> {
                    state = true;
                    words.addAll(BULLETS);
                    words.add("the");
                }
                case STATE -> state = true;
                case NUM -> number = true;
                case BREAK -> lineBreak = true;
                case WORD -> {
                    return new Starts(true, cue, state, number, lineBreak, Set.copyOf(words));
                }
                case WORDS -> words.addAll(el.words());
                case GAP, CLAUSE, SPAN, END, NOCUE -> {
                    return new Starts(true, cue, state, number, lineBreak, Set.copyOf(words));
                }
            }
            if (el.min() > 0) {
                break;
            }
        }
        return new Starts(false, cue, state, number, lineBreak, Set.copyOf(words));
    }

    /**
     * Whether the text may hold a match at all: every element that must match a literal word has one of its words
     * among the text's ({@code present}, its words' ids as bits as {@link Vocabulary#idsOf} gives them), and a
     * required cue or number is there.
     */
    boolean possibleIn(long[] present, boolean anyCue, boolean anyNumber) {
        if (requiresCue && !anyCue || requiresNumber && !anyNumber) {
            return false;
        }
        for (long[] ids : requiredWords) {
            boolean any = false;
            for (int k = 0; k < ids.length && !any; k++) {
                any = (ids[k] & present[k]) != 0;
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** Whether every match opens with a list. */
    boolean opensWithList() {
        return elements.get(0).kind() == Kind.LIST && elements.get(0).min() > 0;
    }

    /**
     * Whether a list of states starts at token {@code at} as this pattern reads lists: where none does, no pattern
     * bound with the same word sets that {@link #opensWithList} matches (found once per token, see {@link Scratch}).
     */
    boolean listAt(List<Token> tokens, int at, Scratch scratch) {
        return scratch.attempt.start(this, tokens).list(at) >= 0;
    }

    /** Every word the pattern compares tokens with, for the tokenizer's vocabulary. */
    Set<String> words() {
        Set<String> out = new HashSet<>(GAP_STOPS);
        out.addAll(LIST_GLUE);
        out.add("the");
        out.add("s"); // "Peru's"
        out.add("'");
        out.add(",");
        out.add(":");
        out.addAll(BULLETS);
        out.addAll(BEFORE_OWN_CUE);
        out.addAll(ASIDES);
        JOINING_PHRASES.forEach(out::addAll);
        elements.forEach(el -> out.addAll(el.words()));
        return out;
    }

    /** A match starting at token {@code at}, or null. */
    Match matchAt(List<Token> tokens, int at) {
        return matchAt(tokens, at, new Scratch());
    }

    /** As {@link #matchAt(List, int)}, with the scratch space of the text's other attempts. */
    Match matchAt(List<Token> tokens, int at, Scratch scratch) {
        if (bound == null) {
            throw new IllegalStateException("pattern not bound to a vocabulary: " + source);
        }
        scratch.taken = 0;
        scratch.top = 0;
        Attempt s = scratch.attempt.start(this, tokens);
        int end = s.match(0, at);
        return end < 0 ? null : new Match(at, end, s.cue, s.states(), s.value);
    }

    @Override
    public String toString() {
        return source;
    }

    /** One attempt's captures; undone on backtracking by size. */
    private static final class Attempt {
        private final Scratch scratch;
        private List<Element> elements;
        private Bound bound;
        private List<Token> tokens;
        private Stance cue;
        private int value;

        Attempt(Scratch scratch) {
            this.scratch = scratch;
        }

        Attempt start(TokenPattern pattern, List<Token> tokens) {
            this.elements = pattern.elements;
            this.bound = pattern.bound;
            this.tokens = tokens;
            cue = null;
            value = -1;
            return this;
        }

        /** The states taken, in the order taken. */
        List<Token> states() {
            List<Token> out = new ArrayList<>();
            for (int k = 0; k < scratch.taken; k++) {
                int from = scratch.takenFrom[k];
                if (from < 0) {
                    out.add(tokens.get(-1 - from));
                } else {
                    out.addAll(scratch.listStates.subList(from, scratch.takenTo[k]));
                }
            }
            return List.copyOf(out);
        }

        private void take(int from, int to) {
            int k = scratch.taken;
            if (k == scratch.takenFrom.length) {
                scratch.takenFrom = Arrays.copyOf(scratch.takenFrom, 2 * k);
                scratch.takenTo = Arrays.copyOf(scratch.takenTo, 2 * k);
            }
            scratch.takenFrom[k] = from;
            scratch.takenTo[k] = to;
            scratch.taken = k + 1;
        }

        int match(int e, int i) {
            if (e == elements.size()) {
                return i;
            }
            Element el = elements.get(e);
            if (el.kind() == Kind.END) {
                return ends(i) ? match(e + 1, i) : -1;
            }
            if (el.kind() == Kind.NOCUE) {
                return cueNext(i) ? -1 : match(e + 1, i);
            }
            if (el.kind() == Kind.LIST) {
                int end = list(i);
                Element after = e + 1 < elements.size() ? elements.get(e + 1) : null;
                // the quick no of the bounded elements below, before the list's states are taken
                if (end >= 0 && (after == null || after.min() == 0 || mayStart(after, end))) {
                    int mark = scratch.taken;
                    take(scratch.listFrom[i], scratch.listTo[i]);
                    int r = match(e + 1, end);
                    if (r >= 0) {
                        return r;
                    }
                    truncate(mark);
                }
                return el.min() == 0 ? match(e + 1, i) : -1;
            }
            // greedy over single steps, then back off; the places it may end at are this element's frame on the
            // scratch stack (the elements after it push theirs above it; the array may grow meanwhile)
            int base = scratch.top;
            if (base + el.max() + 1 > scratch.ends.length) {
                scratch.ends = Arrays.copyOf(scratch.ends, 2 * (base + el.max() + 1));
            }
            scratch.top = base + el.max() + 1;
            scratch.ends[base] = i;
            int taken = 0;
            Stance cueBefore = cue;
            int valueBefore = value;
            int statesBefore = scratch.taken;
            while (taken < el.max()) {
                int next = step(el, scratch.ends[base + taken]);
                if (next < 0) {
                    break;
                }
                scratch.ends[base + ++taken] = next;
            }
            Element after = e + 1 < elements.size() ? elements.get(e + 1) : null;
            for (int k = taken; k >= el.min(); k--) {
                // the quick no: where the next element needs a token that is not there, do not recurse
                int at = scratch.ends[base + k];
                if (after != null && after.min() > 0 && !mayStart(after, at)) {
                    continue;
                }
                int r = match(e + 1, at);
                if (r >= 0) {
                    scratch.top = base;
                    return r;
                }
            }
            scratch.top = base;
            cue = cueBefore;
            value = valueBefore;
            truncate(statesBefore);
            return -1;
        }

        /** Whether an element could match at token i, judged by that token alone. */
        private boolean mayStart(Element el, int i) {
            if (i >= tokens.size()) {
                return el.kind() == Kind.END || el.kind() == Kind.NOCUE; // both take nothing: the text's end is theirs
            }
            Token t = tokens.get(i);
            return switch (el.kind()) {
                case CUE -> el.acceptsCue(t);
                case STATE -> t.kind() == Token.Kind.STATE;
                case NUM -> t.kind() == Token.Kind.NUMBER;
                case WORD -> t.kind() == Token.Kind.WORD;
                case BREAK -> t.kind() == Token.Kind.BREAK;
                case WORDS -> t.in(el.ids());
                case LIST -> t.kind() == Token.Kind.STATE || t.in(bound.bullets()) || t.is("the");
                case GAP, CLAUSE, SPAN, END, NOCUE -> true;
            };
        }

        /** Whether a cue starts at token i, or after at most two of the words that come before a list's own cue. */
        private boolean cueNext(int i) {
            for (int j = i; j < tokens.size() && j <= i + 2; j++) {
                Token t = tokens.get(j);
                if (t.cue() != null) {
                    return true;
                }
                if (!t.in(bound.beforeOwnCue())) {
                    return false;
                }
            }
            return false;
        }

        /** One repetition of a single-step element at token i: where it ends, or -1. */
        private int step(Element el, int i) {
            if (i >= tokens.size()) {
                return -1;
            }
            Token t = tokens.get(i);
            switch (el.kind()) {
                case CUE:
                    if (!el.acceptsCue(t)) {
                        return -1;
                    }
                    cue = t.cue();
                    return i + t.cueLength();
                case NUM:
                    if (t.kind() != Token.Kind.NUMBER) {
                        return -1;
                    }
                    value = value < 0 ? t.number() : value; // the first number is the count: "14 of the 15"
                    return i + 1;
                case BREAK:
                    return t.kind() == Token.Kind.BREAK ? i + 1 : -1;
                case WORD:
                    return t.kind() == Token.Kind.WORD ? i + 1 : -1;
                case STATE:
                    if (t.kind() != Token.Kind.STATE) {
                        return -1;
                    }
                    take(-1 - i, 0);
                    return i + 1;
                case GAP:
                case CLAUSE:
                    // the marks are punctuation tokens: their texts are compared only there
                    boolean punct = t.kind() == Token.Kind.PUNCT;
                    return t.kind() == Token.Kind.STATE || t.cue() != null || t.endsClause() || punct && t.is(":")
                            || punct && t.is(",") && el.kind() == Kind.GAP || t.in(bound.gapStops()) ? -1 : i + 1;
                case SPAN:
                    return t.kind() == Token.Kind.BREAK || t.kind() == Token.Kind.PUNCT && (t.is(".") || t.is("!") || t.is("?")) ? -1 : i + 1;
                default:
                    return t.in(el.ids()) ? i + 1 : -1;
            }
        }

        private boolean ends(int i) {
            if (i >= tokens.size()) {
                return true;
            }
            Token t = tokens.get(i);
            return t.kind() == Token.Kind.BREAK || t.kind() == Token.Kind.PUNCT && !t.is(",");
        }

        /** A state standing as an item of a list: not "Peru's" (whose envoy, whose text). */
        private boolean item(int i) {
            if (tokens.get(i).kind() != Token.Kind.STATE) {
                return false;
            }
            return !(i + 2 < tokens.size() && (tokens.get(i + 1).is("'") || tokens.get(i + 1).is("’")) && tokens.get(i + 2).is("s"));
        }

        /** How many tokens a phrase joining two lists takes at j, followed by a state (else 0). */
        private int joiningPhrase(int j) {
            for (List<String> phrase : JOINING_PHRASES) {
                int k = 0;
                while (k < phrase.size() && j + k < tokens.size() && tokens.get(j + k).is(phrase.get(k))) {
                    k++;
                }
                if (k == phrase.size()) {
                    int after = j + k;
                    while (after < tokens.size() && tokens.get(after).is("the")) {
                        after++;
                    }
                    return after < tokens.size() && item(after) ? after - j : 0;
                }
            }
            return 0;
        }

        /** A full stop inside a list: two states named before it, and after it a state the list goes on from. */
        private boolean strayStop(int j, int first) {
            return tokens.get(j).is(".") && scratch.listStates.size() - first >= 2 && j + 2 < tokens.size() && item(j + 1)
                    && (tokens.get(j + 2).is(",") || tokens.get(j + 2).in(bound.glue()));
        }

        /** After the bracket opening at i, the token past its close within a few tokens, or -1; states in it take nothing. */
        private int asideEnd(int i) {
            for (int k = i + 1; k < tokens.size() && k <= i + MAX_ASIDE_TOKENS; k++) {
                Token t = tokens.get(k);
                if (t.is(")")) {
                    return k > i + 1 ? k + 1 : -1;
                }
                if (t.kind() == Token.Kind.BREAK || t.is("(")) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * In a bulleted list, the state that begins the next bulleted line after j's, or -1 where the list ends; a
         * bulleted line of a few words that are no state ("- Small," for Mali) is looked past.
         */
        private int nextBulletedItem(int j) {
            int n = tokens.size();
            int k = j;
            while (true) {
                while (k < n && tokens.get(k).kind() != Token.Kind.BREAK) {
                    k++;
                }
                while (k < n && tokens.get(k).kind() == Token.Kind.BREAK) {
                    k++;
                }
                if (k >= n || !tokens.get(k).in(bound.bullets())) {
                    return -1;
                }
                while (k < n && (tokens.get(k).in(bound.bullets()) || tokens.get(k).is("the"))) {
                    k++;
                }
                if (k < n && item(k)) {
                    return k;
                }
                int words = 0;
                for (int w = k; w < n && tokens.get(w).kind() != Token.Kind.BREAK; w++) {
                    Token t = tokens.get(w);
                    if (t.kind() == Token.Kind.WORD && t.cue() == null) {
                        words++;
                    } else if (!t.is(",")) {
                        return -1;
                    }
                }
                if (words == 0 || words > MAX_UNKNOWN_WORDS) {
                    return -1;
                }
            }
        }

        /** Whether the words [from, to) are all words of a comment ({@link #ASIDES}). */
        private boolean aside(int from, int to) {
            for (int w = from; w < to; w++) {
                if (!tokens.get(w).in(bound.asides())) {
                    return false;
                }
            }
            return true;
        }

        /** Drops what was taken after the first {@code size} takings. */
        private void truncate(int size) {
            scratch.taken = size;
        }

        /**
         * The end of the list of states starting at i, or -1 where none starts here; its states are those of the
         * scratch's lists from {@code listFrom[i]} to {@code listTo[i]}. Found once per token of a text.
         */
        private int list(int i) {
            scratch.listsOf(tokens, bound);
            int known = scratch.listEnd[i];
            if (known > 0) {
                return known - 2;
            }
            scratch.listFrom[i] = scratch.listStates.size();
            int end = findList(i);
            scratch.listTo[i] = scratch.listStates.size();
            scratch.listEnd[i] = end + 2;
            return end;
        }

        /**
         * The list of states starting at i (after leading bullets), its states added to the scratch's lists: its end,
         * or -1 where none starts here.
         */
        private int findList(int i) {
            int n = tokens.size();
            List<Token> states = scratch.listStates;
            int mark = states.size();
            while (i < n && (tokens.get(i).in(bound.bullets()) || tokens.get(i).is("the"))) {
                i++;
            }
            if (i >= n || !item(i)) {
                return -1;
            }
            // a list of bulleted lines: each line may go on past its states ("- Peru (a sponsor, as in 2020)",
            // "- Chile, which spoke first"), and the list goes on at the next bullet
            // (the bullet may have been taken by an element before the list)
            boolean bulleted = i > 0 && tokens.get(i - 1).in(bound.bullets()) && (i == 1 || tokens.get(i - 2).kind() == Token.Kind.BREAK);
            // a list set off by a dash or a bracket goes on to its closing mark, past a stray full stop ("A, B. C, D -")
            boolean setOff = i > 0 && (tokens.get(i - 1).is("—") || tokens.get(i - 1).is("("));
            states.add(tokens.get(i));
            int end = i + 1;
            int j = end;
            while (j < n && states.size() - mark < MAX_LIST_ITEMS) {
                // separators: glue words, commas, line breaks, bullets at the start of a line, and the phrases that
                // join two lists into one ("A and B, in addition to C and D")
                while (j < n) {
                    int joined = joiningPhrase(j);
                    if (joined > 0) {
                        j += joined;
                        continue;
                    }
                    if (!(tokens.get(j).in(bound.glue()) || tokens.get(j).kind() == Token.Kind.BREAK
                            || tokens.get(j).in(bound.bullets()) && tokens.get(j - 1).kind() == Token.Kind.BREAK
                            || setOff && strayStop(j, mark))) {
                        break;
                    }
                    bulleted |= tokens.get(j).in(bound.bullets()) && tokens.get(j - 1).kind() == Token.Kind.BREAK;
                    j++;
                }
                if (j < n && item(j)) {
                    states.add(tokens.get(j));
                    end = ++j;
                    continue;
                }
                // an aside in brackets between two items ("Cuba (a sponsor!), Peru"), looked past when the list goes on
                int aside = j < n && tokens.get(j).is("(") ? asideEnd(j) : -1;
                if (aside > 0) {
                    int after = aside;
                    while (after < n && (tokens.get(after).in(bound.glue()) || tokens.get(after).kind() == Token.Kind.BREAK
                            || tokens.get(after).in(bound.bullets()) && tokens.get(after - 1).kind() == Token.Kind.BREAK)) {
                        after++;
                    }
                    if (after < n && item(after)) {
                        j = after;
                        continue;
                    }
                    break;
                }
                if (bulleted) {
                    j = nextBulletedItem(end);
                    if (j < 0) {
                        break;
                    }
                    continue;
                }
                // a few words of something else ("Small", a misspelt name) between separators, then a state
                int k = j;
                while (k < n && k - j < MAX_UNKNOWN_WORDS && tokens.get(k).kind() == Token.Kind.WORD && tokens.get(k).cue() == null) {
                    k++;
                }
                if (k == j || k >= n || !(tokens.get(k).is(",") || tokens.get(k).kind() == Token.Kind.BREAK) || states.size() - mark < 2 && !aside(j, k)) {
                    break;
                }
                int after = k;
                while (after < n && (tokens.get(after).in(bound.glue()) || tokens.get(after).kind() == Token.Kind.BREAK
                        || tokens.get(after).in(bound.bullets()))) {
                    after++;
                }
                if (after >= n || !item(after)) {
                    break;
                }
                j = after;
            }
            if (bulleted) { // the last line's words after its states are the list's too
                while (end < n && tokens.get(end).kind() != Token.Kind.BREAK) {
                    end++;
                }
            }
            return end;
        }
    }
}
