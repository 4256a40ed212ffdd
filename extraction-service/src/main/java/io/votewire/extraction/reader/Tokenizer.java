package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One pass over an article that gives its annotated tokens ({@link Token}): states from the gazetteer as one token
 * each, numbers in digits or words, words in lower case, punctuation (every dash, and a hyphen with a space beside
 * it, as "—"), line breaks, and vote cues with their stance. Rules ({@link ListRules}) read these, not characters.
 */
public final class Tokenizer {
    /** Vote cues: the phrases that say how a state voted, with their stance; longest phrase first per first word. */
    private static final Map<String, List<Cue>> CUES = cues(Map.of(
            Stance.YES, List.of("in favour", "in favor", "voted for", "voting for", "vote for", "votes for", "voted yes",
                    "voting yes", "voted pro", "supported", "supporting", "backed", "backing", "supporters", "yes"),
            Stance.NO, List.of("against", "voted no", "voting no", "vote no", "voted contra", "voting contra", "opposed",
                    "opposing", "opponents", "nay"),
            Stance.ABSTAIN, List.of("abstained", "abstaining", "abstain", "abstains", "abstention", "abstentions", "abstainers",
                    "remained neutral", "stayed neutral"),
            Stance.ABSENT, List.of("absent", "did not vote", "didn't vote", "not voting", "non-voting", "did not take part",
                    "did not participate", "not participating", "not present", "did not cast a vote", "cast no vote",
                    "boycotted")));

    private record Cue(String[] words, Stance stance) {
    }

    private final States states;

    public Tokenizer(States states) {
        this.states = states;
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5);
        List<StateMention> mentions = states.find(text, 0, text.length());
        int next = 0;
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (next < mentions.size() && mentions.get(next).start() == i) {
                StateMention m = mentions.get(next++);
                if (m.form() == StateMention.Form.DEMONYM) {
                    out.add(new Token(Token.Kind.WORD, text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT), m.start(), m.end(), null, -1, null, 0));
                } else {
                    out.add(new Token(Token.Kind.STATE, text.substring(m.start(), m.end()), m.start(), m.end(), m.state(), -1, null, 0));
                }
                i = m.end();
                continue;
            }
            char c = text.charAt(i);
            if (c == '\n') {
                out.add(new Token(Token.Kind.BREAK, "\n", i, i + 1, null, -1, null, 0));
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                OptionalInt value = word.equals("a") ? OptionalInt.empty() : Numbers.parse(word);
                out.add(value.isPresent()
                        ? new Token(Token.Kind.NUMBER, word, i, end, null, value.getAsInt(), null, 0)
                        : new Token(Token.Kind.WORD, word, i, end, null, -1, null, 0));
                i = end;
            } else {
                boolean dash = c == '—' || c == '–' || c == '-' && (i > 0 && Character.isWhitespace(text.charAt(i - 1))
                        || i + 1 < n && (Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '-'));
                if (dash && !out.isEmpty() && out.get(out.size() - 1).is("—") && out.get(out.size() - 1).end() >= i - 1) {
                    Token before = out.remove(out.size() - 1); // "--", "- -": one dash
                    out.add(new Token(Token.Kind.PUNCT, "—", before.start(), i + 1, null, -1, null, 0));
                } else {
                    out.add(new Token(Token.Kind.PUNCT, dash ? "—" : String.valueOf(c), i, i + 1, null, -1, null, 0));
                }
                i++;
            }
            while (next < mentions.size() && mentions.get(next).start() < i) {
                next++; // a mention inside a token already cut (cannot happen with the gazetteer's own cuts)
            }
        }
        annotateCues(out);
        return out;
    }

    /** A run of letters and digits with inner apostrophes ("didn't") and digit groups ("1,000"). */
    private static int wordEnd(String text, int i) {
        int j = i;
        int n = text.length();
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isLetterOrDigit(c)) {
                j++;
            } else if ((c == '\'' || c == '’') && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && j > i) {
                j++;
            } else if (c == ',' && j + 3 < n && Character.isDigit(text.charAt(j - 1)) && Character.isDigit(text.charAt(j + 1))
                    && Character.isDigit(text.charAt(j + 2)) && Character.isDigit(text.charAt(j + 3))
                    && (j + 4 >= n || !Character.isDigit(text.charAt(j + 4)))) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static void annotateCues(List<Token> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            List<Cue> candidates = t.kind() == Token.Kind.WORD ? CUES.get(t.text().replace('’', '\'')) : null;
            if (candidates == null) {
                continue;
            }
            for (Cue cue : candidates) {
                if (startsAt(tokens, i, cue.words())) {
                    tokens.set(i, new Token(t.kind(), t.text(), t.start(), t.end(), null, -1, cue.stance(), cue.words().length));
                    break;
                }
            }
        }
    }

    private static boolean startsAt(List<Token> tokens, int i, String[] words) {
        if (i + words.length > tokens.size()) {
            return false;
        }
        for (int w = 0; w < words.length; w++) {
            if (!tokens.get(i + w).text().replace('’', '\'').equals(words[w])) {
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
