package io.votewire.extraction.reader;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every example of every rule in {@code token-rules.txt} is a test of its own. */
class TokenRulesTest {
    private static final Tokenizer TOKENIZER = new Tokenizer(States.get(), TokenRules.get().vocabulary());

    @TestFactory
    List<DynamicTest> everyExampleReadsAsItsRuleSays() {
        List<DynamicTest> out = new ArrayList<>();
        for (TokenRules.Rule rule : TokenRules.get().rules()) {
            for (TokenRules.Example ex : rule.examples()) {
                out.add(DynamicTest.dynamicTest(rule.name() + ": " + ex.text().replace("\n", " / "),
                        () -> assertEquals(expected(ex.expected()), read(rule.name(), ex.text()))));
            }
        }
        return out;
    }

    @Test
    void everyRuleHasExamplesAndOneOfThemIsANo() {
        for (TokenRules.Rule rule : TokenRules.get().rules()) {
            assertTrue(rule.examples().stream().anyMatch(e -> e.expected().equals("none")), rule.name() + " has no example it must leave alone");
        }
    }

    @Test
    void twoRulesOfOneNameAreRefused() {
        List<String> rule = List.of("pattern CUE : LIST", "example Against: Chile => CHL no", "example Against: Peru => PER no",
                "example For: Peru => none");
        List<String> lines = new ArrayList<>();
        for (String name : List.of("twice", "twice")) {
            lines.add("rule " + name);
            lines.addAll(rule);
        }
        assertThrows(IllegalArgumentException.class, () -> TokenRules.parse(lines));
        lines.set(5, "rule once");
        assertEquals(2, TokenRules.parse(lines).rules().size());
    }

    @Test
    void aRuleWithFewerThanThreeExamplesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TokenRules.parse(List.of(
                "rule thin", "pattern CUE : LIST", "example Against: Chile => CHL no", "example For: Peru => none")));
    }

    @Test
    void theFirstRuleThatMatchesAtATokenWinsAndMatchesDoNotOverlap() {
        List<TokenRules.Finding> found = TokenRules.get().read(TOKENIZER.tokens("Against: Chile, Peru. Abstaining: Nepal."));
        assertEquals(2, found.size());
        assertEquals(Map.of("CHL", Stance.NO, "PER", Stance.NO), found.get(0).positions());
        assertEquals(Map.of("NPL", Stance.ABSTAIN), found.get(1).positions());
    }

    /** A list ends after 200 states, so that one tried from each of its states stays linear in a hostile text. */
    @Test
    void aListEndsAfterTwoHundredStates() {
        String names = "Chile, Peru, Kenya, Nepal, ".repeat(80); // 320 states
        TokenPattern list = TokenPattern.compile("LIST").bind(TokenRules.get().vocabulary());
        assertEquals(200, list.matchAt(TOKENIZER.tokens(names), 0).states().size());
        assertEquals(8, list.matchAt(TOKENIZER.tokens("Chile, Peru, Kenya, Nepal, ".repeat(2)), 0).states().size());
    }

    /**
     * The attempts of all rules on a text share its scratch space, and with it the lists found there once per token:
     * every rule tried at every token of every example, in turn with all the others, matches as it does alone.
     */
    @Test
    void attemptsSharingATextsScratchMatchAsTheyDoAlone() {
        int matches = 0;
        for (TokenRules.Rule owner : TokenRules.get().rules()) {
            for (TokenRules.Example ex : owner.examples()) {
                List<Token> tokens = TOKENIZER.tokens(ex.text());
                TokenPattern.Scratch shared = new TokenPattern.Scratch();
                for (int i = 0; i < tokens.size(); i++) {
                    for (TokenRules.Rule r : TokenRules.get().rules()) {
                        TokenPattern.Match alone = r.pattern().matchAt(tokens, i);
                        assertEquals(alone, r.pattern().matchAt(tokens, i, shared), r.name() + " at token " + i + " of: " + ex.text());
                        matches += alone == null ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(matches > 0);
    }

    /** What the named rule reads in the text, as sorted "ISO3 stance" / "side number" strings joined by ", ". */
    private static String read(String rule, String text) {
        Map<String, String> facts = new TreeMap<>();
        for (TokenRules.Finding f : TokenRules.get().read(TOKENIZER.tokens(text))) {
            if (f.rule().equals(rule)) {
                f.positions().forEach((iso, s) -> facts.put(iso, s.label()));
                f.counts().forEach((s, n) -> facts.put(s.label(), String.valueOf(n)));
                if (f.outcome() != null) {
                    facts.put("outcome", f.outcome().label());
                }
            }
        }
        return facts.isEmpty() ? "none" : String.join(", ", facts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }

    private static String expected(String written) {
        if (written.equals("none")) {
            return written;
        }
        Map<String, String> facts = new TreeMap<>();
        for (String pair : written.split(",")) {
            String[] kv = pair.strip().split(" ");
            facts.put(kv[0], kv[1]);
        }
        return String.join(", ", facts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
