package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over an article that gives its annotated tokens ({@link Token}): states from the gazetteer as one token
 * each, numbers in digits or words, the words the rules read in lower case (others as empty words: they count as
 * tokens but are never cut into strings), punctuation (every dash, and a hyphen with a space beside it, as "—"),
 * line breaks, and vote cues with their stance. Rules ({@link TokenRules}) read these, not characters.
 */
public final class Tokenizer {
    /** Vote cues: the phrases that say how a state voted, with their stance; longest phrase first per first word. */
    private static final Map<String, List<Cue>> CUES = cues(Map.of(
            Stance.YES, List.of("in favour", "in favor", "in its favour", "in its favor", "in their favour", "in their favor",
                    "voted for", "voting for", "vote for", "votes for", "voted yes", "voting yes", "voted pro",
                    "voted to adopt", "voted to approve", "voted to pass", "cast a yes vote", "supported", "supporting", "backed", "backing",
                    "gave support", "gave their support", "gave its support", "lent support", "lent their support", "lent its support",
                    "supporters", "yes", "aye", "ayes",
                    // translated copy ("os votos favoráveis"): votes named by an adjective before them
                    "favourable votes", "favorable votes", "favourable vote", "favorable vote"),
            Stance.NO, List.of("against", "voted no", "voting no", "vote no", "voted contra", "voting contra", "opposed",
                    "opposing", "opponents", "nay", "nays", "dissented", "dissenting", "dissenters", "in opposition", "cast a no vote",
                    "contrary votes", "contrary vote"),
            Stance.ABSTAIN, List.of("abstained", "abstaining", "abstain", "abstains", "abstention", "abstentions", "abstainers",
                    "remained neutral", "stayed neutral", "refrained from voting", "sat on the fence", "sitting on the fence"),
            Stance.ABSENT, List.of("absent", "did not vote", "didn't vote", "not voting", "non-voting", "did not take part",
                    "did not participate", "not participating", "not present", "did not cast a vote", "cast no vote",
                    "boycotted", "sat out", "sat it out", "stayed away", "walked out before the vote", "walked out of the vote", "walked out during the vote")));
    /** Words that count one voter without being number words ("the lone vote against"; "the sole votes" counts none). */
    private static final Map<String, Integer> COUNT_WORDS = Map.of("lone", 1, "sole", 1);
    private static final String HUNDRED = "hundred";

    private record Cue(String[] words, Stance stance) {
    }

    /** A cue as its words' ids in a tokenizer's vocabulary: a token is one of its words where it has that id. */
    private record BoundCue(int[] ids, Stance stance) {
    }

    private final States states;
    private final Vocabulary vocabulary;
    private final int dashId;
    private final int breakId;
    private final int hundredId;
    /** The cues that may start at a word, by the word's vocabulary id. */
    private final BoundCue[][] cuesById;
    /** The number a word of the vocabulary says ("seven", "lone"), by its id, or -1: parsed once, not per token. */
    private final int[] numberById;

    /** @param vocabulary the words and marks the rules read, with the cue and number words ({@link #vocabulary}) */
    public Tokenizer(States states, Vocabulary vocabulary) {
        this.states = states;
        this.vocabulary = vocabulary;
        this.dashId = vocabulary.id("—");
        this.breakId = vocabulary.id("\n");
        this.hundredId = vocabulary.id(HUNDRED);
        BoundCue[][] byId = new BoundCue[vocabulary.size()][];
        CUES.forEach((first, cues) -> byId[cueWordId(vocabulary, first)] = cues.stream()
                .map(cue -> new BoundCue(Arrays.stream(cue.words()).mapToInt(w -> cueWordId(vocabulary, w)).toArray(), cue.stance()))
                .toArray(BoundCue[]::new));
        this.cuesById = byId;
        numberById = new int[vocabulary.size()];
        for (int id = 0; id < numberById.length; id++) {
            String word = vocabulary.word(id);
            numberById[id] = word.equals("a") ? -1 : COUNT_WORDS.getOrDefault(word, Numbers.wordValue(word));
        }
    }

    private static int cueWordId(Vocabulary vocabulary, String word) {
        int id = vocabulary.id(word);
        if (id < 0) {
            throw new IllegalArgumentException("the vocabulary lacks the cue word '" + word + "'");
        }
        return id;
    }

    /** The vocabulary of rules that read {@code ruleWords}: those, every cue's words and the number words. */
    static Vocabulary vocabulary(Collection<String> ruleWords) {
        Set<String> words = new HashSet<>(ruleWords);
        CUES.values().forEach(list -> list.forEach(cue -> words.addAll(Arrays.asList(cue.words()))));
        words.addAll(Numbers.words());
        words.addAll(COUNT_WORDS.keySet());
        words.add(HUNDRED);
        words.addAll(AFTER_AN_OBJECT_STATE);
        return new Vocabulary(words);
    }

    public List<Token> tokens(String text) {
        return tokens(text, states.find(text, 0, text.length()));
    }

    /** The tokens of a text whose state mentions the gazetteer has found already ({@link States#find}). */
    List<Token> tokens(String text, List<StateMention> mentions) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        // whether the passes that join numbers have anything to join: most texts have no tens word and no "hundred"
        boolean tens = false;
        boolean hundred = false;
        int next = 0;
        int n = text.length();
        char[] chars = text.toCharArray(); // the loop reads every character: an array, not charAt on a UTF-16 string
        for (int i = 0; i < n; ) {
            if (next < mentions.size() && mentions.get(next).start() == i) {
                StateMention m = mentions.get(next++);
                if (m.form() == StateMention.Form.DEMONYM) {
                    out.add(new Token(Token.Kind.WORD, "", -1, m.start(), m.end(), null, -1, null, 0));
                } else {
                    out.add(new Token(Token.Kind.STATE, text.substring(m.start(), m.end()), -1, m.start(), m.end(), m.state(), -1, null, 0));
                }
                i = m.end();
                continue;
            }
            char c = chars[i];
            if (c == '\n') {
                out.add(new Token(Token.Kind.BREAK, "\n", breakId, i, i + 1, null, -1, null, 0));
                i++;
            } else if (c == ' ' || Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(chars, i);
                int initials = initialismEnd(chars, i, end);
                if (initials > end) {
                    // "U.N.": the word its letters make ("un"), and its dots are no clause ends
                    char[] letters = new char[(initials - i) / 2];
                    for (int k = 0; k < letters.length; k++) {
                        letters[k] = chars[i + 2 * k];
                    }
                    int id = vocabulary.lookup(letters, 0, letters.length);
                    out.add(new Token(Token.Kind.WORD, id >= 0 ? vocabulary.word(id) : "", id, i, initials, null, -1, null, 0));
                    hundred |= id == hundredId;
                    i = initials;
                    continue;
                }
                int id = vocabulary.lookup(chars, i, end);
                String word = id >= 0 ? vocabulary.word(id) : "";
                // ("No: 071/24", a reference's padded digits, counts nothing)
                int value = Character.isDigit(c) ? (c == '0' && end - i > 1 ? -1 : Numbers.wordValue(text.substring(i, end)))
                        : id < 0 ? -1 : numberById[id];
                if (value == 1 && COUNT_WORDS.containsKey(word) && pluralNext(chars, end)) {
                    value = -1; // "the sole votes against": a few, not one
                }
                // "on Feb. 24": a month's abbreviation keeps its dot, which ends no clause
                int tokenEnd = monthDot(chars, i, end) ? end + 1 : end;
                out.add(new Token(value >= 0 ? Token.Kind.NUMBER : Token.Kind.WORD, word, id, i, tokenEnd, null, value, null, 0));
                tens |= value >= 20 && value <= 90;
                hundred |= id == hundredId;
                i = tokenEnd;
            } else {
                boolean dash = c == '—' || c == '–' || c == '-' && (i > 0 && Character.isWhitespace(chars[i - 1])
                        || i + 1 < n && (Character.isWhitespace(chars[i + 1]) || chars[i + 1] == '-'));
                if (dash && !out.isEmpty() && out.get(out.size() - 1).is("—") && out.get(out.size() - 1).end() >= i - 1) {
                    Token before = out.remove(out.size() - 1); // "--", "- -": one dash
                    out.add(new Token(Token.Kind.PUNCT, "—", dashId, before.start(), i + 1, null, -1, null, 0));
                } else if (dash) {
                    out.add(new Token(Token.Kind.PUNCT, "—", dashId, i, i + 1, null, -1, null, 0));
                } else {
                    int id = vocabulary.lookup(chars, i, i + 1);
                    out.add(new Token(Token.Kind.PUNCT, id >= 0 ? vocabulary.word(id) : String.valueOf(c), id, i, i + 1, null, -1, null, 0));
                }
                i++;
            }
            while (next < mentions.size() && mentions.get(next).start() < i) {
                next++; // a mention inside a token already cut (cannot happen with the gazetteer's own cuts)
            }
        }
        if (tens) {
            joinCompoundNumbers(out);
        }
        if (hundred) {
            joinHundreds(out);
        }
        annotateCues(out);
        return out;
    }

    /**
     * "ninety-three", "twenty one": one number, not a tens word and a unit word. The list is compacted in one pass:
     * removing the unit from the middle of it moved every token after it, per number (issue 17).
     */
    private static void joinCompoundNumbers(List<Token> tokens) {
        int n = tokens.size();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Token tens = tokens.get(i);
            if (i + 1 < n && tens.kind() == Token.Kind.NUMBER && tens.number() >= 20 && tens.number() <= 90
                    && tens.number() % 10 == 0 && isWord(tens)) {
                int unit = tokens.get(i + 1).is("-") && i + 2 < n ? i + 2 : i + 1;
                Token u = tokens.get(unit);
                if (u.kind() == Token.Kind.NUMBER && u.number() >= 1 && u.number() <= 9 && isWord(u)) {
                    tens = new Token(Token.Kind.NUMBER, tens.text(), tens.id(), tens.start(), u.end(), null,
                            tens.number() + u.number(), null, 0);
                    i = unit;
                }
            }
            tokens.set(kept++, tens);
        }
        tokens.subList(kept, n).clear();
    }

    /**
     * "one hundred ninety-one", "a hundred and twelve", "One hundred": one number (after {@link #joinCompoundNumbers}
     * made "ninety-one" one), not a "one" and a "ninety-one" a rule would count apart.
     */
    private static void joinHundreds(List<Token> tokens) {
        int n = tokens.size();
        int kept = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            boolean one = t.kind() == Token.Kind.NUMBER && t.number() == 1 && isWord(t) || t.is("a");
            if (one && i + 1 < n && tokens.get(i + 1).is(HUNDRED)) {
                int last = i + 1;
                int value = 100;
                int rest = last + 1 < n && tokens.get(last + 1).is("and") ? last + 2 : last + 1;
                if (rest < n && tokens.get(rest).kind() == Token.Kind.NUMBER && isWord(tokens.get(rest))
                        && tokens.get(rest).number() >= 1 && tokens.get(rest).number() <= 99) {
                    value += tokens.get(rest).number();
                    last = rest;
                }
                t = new Token(Token.Kind.NUMBER, t.text(), t.id(), t.start(), tokens.get(last).end(), null, value, null, 0);
                i = last;
            }
            tokens.set(kept++, t);
        }
        tokens.subList(kept, n).clear();
    }

    /** Months as abbreviated with a dot ("Feb. 24"); {@link SentenceFacts}' relative clauses read past the same dots. */
    static final Set<String> MONTH_ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec");

    /** Whether the word from i to end is a month's abbreviation with its dot before a day ("Feb. 24"). */
    private static boolean monthDot(char[] text, int i, int end) {
        return end + 2 < text.length && text[end] == '.' && end - i >= 3 && end - i <= 4 && text[end + 1] == ' ' && isDigit(text[end + 2])
                && MONTH_ABBREVIATIONS.contains(new String(text, i, end - i).toLowerCase(Locale.ROOT));
    }

    /** A number in words ("ninety"), not in digits. */
    private static boolean isWord(Token t) {
        return !t.text().isEmpty() && Character.isLetter(t.text().charAt(0));
    }

    /** Whether the word after {@code i} (past spaces) ends in "s": "sole votes", not "sole vote". */
    private static boolean pluralNext(char[] text, int i) {
        while (i < text.length && text[i] == ' ') {
            i++;
        }
        int end = i < text.length && Character.isLetter(text[i]) ? wordEnd(text, i) : i;
        return end > i + 1 && (text[end - 1] == 's' || text[end - 1] == 'S');
    }

    /** Where an initialism of two or more letters each with its dot ("U.N.") that starts at i ends, or i's word end. */
    private static int initialismEnd(char[] text, int i, int wordEnd) {
        int j = i;
        while (wordEnd == j + 1 && j + 1 < text.length && text[j + 1] == '.' && Character.isLetter(text[j])) {
            j += 2;
            wordEnd = j < text.length && Character.isLetter(text[j]) ? j + 1 : -1;
            if (wordEnd > 0 && wordEnd < text.length && Character.isLetterOrDigit(text[wordEnd])) {
                break; // "U.Nations": not an initialism past here
            }
        }
        return j - i >= 4 ? j : i;
    }

    /** A run of letters and digits with inner apostrophes ("didn't") and digit groups ("1,000"). */
    private static int wordEnd(char[] text, int i) {
        int j = i;
        int n = text.length;
        while (j < n) {
            char c = text[j];
            if (c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '\'' || c == '’') && j + 1 < n && Character.isLetter(text[j + 1]) && j > i) {
                j++;
            } else if (c == ',' && j + 3 < n && isDigit(text[j - 1]) && isDigit(text[j + 1]) && isDigit(text[j + 2])
                    && isDigit(text[j + 3]) && (j + 4 >= n || !isDigit(text[j + 4]))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void annotateCues(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            BoundCue[] candidates = t.kind() == Token.Kind.WORD && t.id() >= 0 ? cuesById[t.id()] : null;
            if (candidates == null) {
                continue;
            }
            for (BoundCue cue : candidates) {
                if (startsAt(tokens, i, cue.ids()) && !(cue.stance() == Stance.NO && tokens.get(i + cue.ids().length - 1).is("against")
                        && objectState(tokens, i + cue.ids().length))) {
                    tokens.set(i, new Token(t.kind(), t.text(), t.id(), t.start(), t.end(), null, -1, cue.stance(), cue.ids().length));
                    break;
                }
            }
        }
    }

    /**
     * What follows a state that is the object of "against" ("voted against Russia at the UN": against a state, not
     * against the text): the clause ends, or a time or place follows; not its text ("against Russia's draft") nor more
     * states (an inverted list: "voted against Chile, Peru and Fiji").
     */
    static final Set<String> AFTER_AN_OBJECT_STATE = Set.of("at", "in", "on", "over", "during", "when", "because", "after", "before", "as", "while",
            "amid");

    /** Whether a single state, as {@link #AFTER_AN_OBJECT_STATE} has it, stands at token k (past a "the"). */
    private static boolean objectState(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        if (k >= tokens.size() || tokens.get(k).kind() != Token.Kind.STATE) {
            return false;
        }
        if (k + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(k + 1);
        return next.kind() == Token.Kind.BREAK || next.endsClause() || next.is(")") || AFTER_AN_OBJECT_STATE.contains(next.text());
    }

    /** Whether the words {@code ids} start at token i (a token's text is its id's word, or no vocabulary word at all). */
    private static boolean startsAt(List<Token> tokens, int i, int[] ids) {
        if (i + ids.length > tokens.size()) {
            return false;
        }
        for (int w = 0; w < ids.length; w++) {
            if (tokens.get(i + w).id() != ids[w]) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, List<Cue>> cues(Map<Stance, List<String>> phrases) {
        Map<String, List<Cue>> out = new HashMap<>();
        phrases.forEach((stance, list) -> list.forEach(p -> {
            // cut as the tokenizer cuts: "didn't" one word, "non-voting" three tokens
            String[] words = p.replace("-", " - ").split(" ");
            out.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Cue(words, stance));
        }));
        out.values().forEach(l -> l.sort((a, b) -> b.words().length - a.words().length));
        out.replaceAll((k, l) -> List.copyOf(l));
        return Map.copyOf(out);
    }
}
