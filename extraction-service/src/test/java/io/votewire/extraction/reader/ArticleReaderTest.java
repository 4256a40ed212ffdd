package io.votewire.extraction.reader;

import io.votewire.contract.Article;
import io.votewire.contract.Counts;
import io.votewire.contract.Evidence;
import io.votewire.contract.VoteEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleReaderTest {
    private final ArticleReader reader = new ArticleReader();

    private List<VoteEvent> read(String published, String body) {
        return reader.read(new Article(Article.VERSION, "a", null, published, null, body, Instant.EPOCH));
    }

    /** "Not a single member state opposed it": no votes against, in several wordings. */
    @Test
    void noStateOpposingIsACountOfNone() {
        for (String s : List.of("Not a single member state opposed the text.", "No member state opposed it, to the delight of its sponsors.",
                "Not one nation voted against.")) {
            List<VoteEvent> events = read("2030-03-10", "The General Assembly adopted a text on ocean plastics with 170 votes in favour. " + s);
            assertEquals(1, events.size(), s);
            assertEquals(0, events.get(0).counts().no(), s);
            assertEquals(170, events.get(0).counts().yes(), s);
        }
    }

    /** A later tally with none against, after a year named in a sentence of its own, is another vote than one with some. */
    @Test
    void aTallyWithNoneAgainstIsAnotherVoteThanOneWithSome() {
        for (String[] v : List.of(new String[] {"185 in favour and three against", "It was different in 2019. The text passed 185-0-3."},
                new String[] {"150 votes to 7", "Things were calmer two years ago. Then the resolution was adopted by 150 votes to none, with 7 abstentions."},
                new String[] {"120-4-30", "Contrast that with last spring. The resolution passed 120-0-34."})) {
            List<VoteEvent> events = read("2030-11-03", "On Wednesday the General Assembly adopted the text on reefs, " + v[0] + ".\n\n" + v[1]);
            assertEquals(2, events.size(), v[1] + " " + events);
            assertEquals(0, events.get(1).counts().no(), v[1]);
        }
    }

    /** "128 countries gave support, 9 countries rejected and 35 chose abstain": three sides counted, and no failed text. */
    @Test
    void statesGivingSupportAndRejectingAreSidesNotTheOutcome() {
        for (String[] v : List.of(new String[] {"140 countries gave their support to the text, 6 countries rejected and 20 countries chose abstain", "140 6 20"},
                new String[] {"Ninety states gave support, eleven states rejected and 50 states abstained", "90 11 50"},
                new String[] {"twelve nations rejected, 100 nations lent their support and 30 abstained", "100 12 30"})) {
            List<VoteEvent> events = read("2030-12-22", "In the voting at the General Assembly on Thursday, " + v[0] + ".");
            assertEquals(1, events.size(), v[0] + " " + events);
            String[] n = v[1].split(" ");
            assertEquals(new Counts(Integer.valueOf(n[0]), Integer.valueOf(n[1]), Integer.valueOf(n[2])), events.get(0).counts(), v[0]);
            // (the word "rejected" is a side; the tally, two thirds in favour, adopts)
            assertEquals("adopted", events.get(0).outcome(), v[0]);
        }
    }

    /** "Thirty states abstained. They included A and B": the states of the one side the sentence before counted. */
    @Test
    void theyIncludedNamesTheSideCountedJustBefore() {
        assertEquals(Map.of("CAN", "abstain", "MEX", "abstain"), read("2030-03-10",
                "The General Assembly adopted the text. Thirty-five states abstained. They included Canada and Mexico.").get(0).positions());
        assertEquals(Map.of("CHL", "no", "PER", "no", "CUB", "no"), read("2030-03-10",
                "The General Assembly adopted the text on Friday. Nine voted against. Those were Chile, Peru and Cuba.").get(0).positions());
        assertEquals(Map.of("FJI", "yes", "TON", "yes"), read("2030-03-10",
                "The General Assembly adopted the text with 120 votes in favour. These included Fiji and Tonga, both sponsors.").get(0).positions());
        assertEquals(Map.of(), read("2030-03-10", "The General Assembly adopted the text by 120 votes to 8. They were glad: Chile and Peru spoke.")
                .get(0).positions());
    }

    /** A wire flash in capitals is read as if in title case: its states, body, veto and tally. */
    @Test
    void aFlashInCapitalsIsRead() {
        VoteEvent e = read("2030-05-05", "FLASH -- RUSSIA AND FRANCE VETO UN SECURITY COUNCIL DRAFT ON THE RIVER DAM; VOTE 12-2 WITH 1 ABSTENTION\n\nMore to follow.").get(0);
        assertEquals("SC", e.body());
        assertEquals("vetoed", e.outcome());
        assertEquals(new Counts(12, 2, 1), e.counts());
        assertEquals(Map.of("RUS", "no", "FRA", "no"), e.positions());
        e = read("2030-05-05", "URGENT: UNITED KINGDOM VETOES SECURITY COUNCIL TEXT ON FISHING, 13 IN FAVOUR\n\nDetails soon.").get(0);
        assertEquals("vetoed", e.outcome());
        assertEquals(Map.of("GBR", "no"), e.positions());
        e = read("2030-05-05", "CHINA VETOES UN SECURITY COUNCIL RESOLUTION ON SATELLITES; 14 MEMBERS VOTED YES").get(0);
        assertEquals(Map.of("CHN", "no"), e.positions());
        assertEquals(14, e.counts().yes());
        // short lines in capitals too: a list under its heading
        e = read("2030-05-05", "The General Assembly adopted the text 120-3-40.\nAGAINST: CHILE, PERU, CUBA\nABSTAINED: FIJI").get(0);
        assertEquals(Map.of("CHL", "no", "PER", "no", "CUB", "no", "FJI", "abstain"), e.positions());
    }

    /** "abstained, along with 34 other countries": those countries are the abstaining side, no count of support. */
    @Test
    void othersAlongWithAStateAreItsSideNotSupport() {
        for (String[] v : List.of(new String[] {"Chile abstained, along with 34 other countries, including Peru.", "abstain 35"},
                new String[] {"Fiji voted against together with 8 other states.", "no 9"},
                new String[] {"It was a long night. Nepal abstained along with 20 other nations, among them Bhutan.", "abstain 21"})) {
            VoteEvent e = read("2030-01-09", "The General Assembly adopted the text 128 to 9. " + v[0]).get(0);
            assertEquals(128, e.counts().yes(), v[0]);
            String[] side = v[1].split(" ");
            assertEquals(Integer.valueOf(side[1]), side[0].equals("abstain") ? e.counts().abstain() : e.counts().no(), v[0]);
        }
    }

    /** Lists whose states mostly voted otherwise in the vote just told are a second vote's (a rival draft's, in a transcript). */
    @Test
    void listsMostlyContradictingTheVoteJustToldAreAnotherVotes() {
        for (String[] v : List.of(new String[] {"In favour: Egypt, France, Japan.\nAgainst: Russian Federation.\nAbstaining: Angola, China.",
                        "In favour: China, Egypt, Russian Federation.\nAgainst: France, Japan.\nAbstaining: Angola."},
                new String[] {"In favour: France, Japan, Malta.\nAgainst: China.\nAbstaining: Brazil.",
                        "In favour: China, Brazil.\nAgainst: France, Malta.\nAbstaining: Japan."},
                new String[] {"Voting in favour were Ghana, Kenya and France. China voted against; Brazil abstained.",
                        "Voting in favour were China and Brazil. Ghana, Kenya and France voted against."})) {
            List<VoteEvent> events = read("2030-10-08", "The Security Council met on Saturday. The Council voted on draft S/2030/10, submitted by Malta.\n\n"
                    + v[0] + "\n\nThe result of the voting was 11 votes in favour, 2 against and 2 abstentions. The draft fell, as a permanent "
                    + "member had voted no.\n\nThe Council then voted on draft S/2030/11, submitted by China.\n\n" + v[1]
                    + "\n\nThe result of the voting was 4 votes in favour, 9 against and 2 abstentions. The draft was not adopted.");
            assertEquals(2, events.size(), v[1] + " " + events);
            assertEquals("yes", events.get(1).positions().get("CHN"), v[1]);
            assertEquals("yes", events.get(0).positions().get("FRA"), v[0]);
            assertEquals("no", events.get(1).positions().get("FRA"), v[1]);
        }
    }

    /** "broke ranks with the EU, most of whose members voted yes": the group's members voted, not the states named. */
    @Test
    void aGroupsOwnClauseGivesNoStanceToTheStatesBeforeIt() {
        for (String s : List.of("Hungary and Poland broke ranks with the European Union, most of whose members voted yes.",
                "Chile sided with the Arab Group, all of whose members voted against.",
                "Fiji parted ways with the Pacific bloc, whose other members voted in favour.")) {
            assertEquals(Map.of(), read("2030-03-10", "The General Assembly adopted the text. " + s).get(0).positions(), s);
        }
    }

    /** A sentence counting one side as an earlier vote did, with no past marker of its own, is about that vote. */
    @Test
    void oneSideCountedAsAnEarlierVoteDidIsAboutIt() {
        for (String s : List.of("Chile and Peru were among the 12 who voted no then.", "Fiji was one of the 12 states voting against at the time.",
                "Among the 12 opponents were Chile and Peru.")) {
            List<VoteEvent> events = read("2030-05-23", "The Security Council met on Thursday. Back in 2019 the General Assembly "
                    + "condemned the blockade with 137 votes for, 12 against and 17 abstentions. " + s);
            assertEquals(1, events.size(), s + " " + events);
            assertEquals(new Counts(137, 12, 17), events.get(0).counts(), s);
        }
        // one count alike in a sentence about another time is no reason to join: "187 backed it last year too"
        List<VoteEvent> events = read("2030-10-30", "The General Assembly today adopted the text with 187 votes in favour. "
                + "Only Chile and Peru voted against. Last year 187 countries also supported it, with Fiji abstaining.");
        assertEquals(2, events.size(), events.toString());
        assertEquals(Map.of("CHL", "no", "PER", "no"), events.get(0).positions());
    }

    /** A long list of sponsors after "presented by" stays sponsors to its end, past the first few names. */
    @Test
    void aLongListOfSponsorsHasNoStance() {
        for (String by : List.of("presented by Chile with the support of Peru, Kenya, Ghana, Nepal, Fiji, Tonga, Samoa, Palau and Nauru",
                "tabled by Norway on behalf of Iceland, Denmark, Finland, Sweden, Estonia, Latvia, Lithuania and Ireland",
                "drafted by Mexico, Peru, Chile, Colombia, Ecuador, Bolivia, Paraguay, Uruguay and Argentina")) {
            VoteEvent e = read("2030-10-06", "The draft decision, " + by + ", was rejected by the Human Rights Council by 22 votes to 16, "
                    + "with 9 abstentions.").get(0);
            assertEquals(Map.of(), e.positions(), by);
            assertEquals(new Counts(16, 22, 9), e.counts(), by);
        }
    }

    /** "A rival Russian text then failed" after Russia's veto: a state's own text is another vote than the one it voted down. */
    @Test
    void aStatesOwnTextIsNotTheOneItVotedDown() {
        for (String[] v : List.of(new String[] {"Russia", "Russian", "RUS"}, new String[] {"China", "Chinese", "CHN"},
                new String[] {"France", "French", "FRA"})) {
            List<VoteEvent> events = read("2030-08-30", v[0] + " on Wednesday vetoed a Security Council resolution on the river. "
                    + "The draft won 13 votes in favour. A rival " + v[1] + " text then failed to win nine votes. Only " + v[0]
                    + " voted for it, and the other 14 members abstained.");
            assertEquals(2, events.size(), events.toString());
            assertEquals("vetoed", events.get(0).outcome(), v[0]);
            assertEquals("rejected", events.get(1).outcome(), v[0]);
            assertEquals("yes", events.get(1).positions().get(v[2]), v[0]);
        }
    }

    /** "Because two permanent members voted against, the text was not adopted": a veto, in words that do not say so. */
    @Test
    void aTextFailingBecausePermanentMembersVotedAgainstWasVetoed() {
        for (String s : List.of("Because two permanent members voted against, the resolution was not adopted.",
                "As a permanent member of the Council had voted no, the draft failed.",
                "Since permanent members voted against it, the text fell.")) {
            VoteEvent e = read("2030-03-01", "The Security Council voted on the draft on Tuesday: 10 in favour, 3 against, 2 abstaining. " + s).get(0);
            assertEquals("vetoed", e.outcome(), s);
        }
        for (String s : List.of("after a veto cast by Russia", "after a veto used by France", "when a veto cast by China ended it")) {
            VoteEvent e = read("2030-03-01", "The draft on the river fell in the Security Council on Friday " + s + ".").get(0);
            assertEquals("vetoed", e.outcome(), s);
        }
    }

    /** "Thirteen of the Security Council's 15 members": the part is the count, however long the body's name. */
    @Test
    void aPartOfTheBodyNamedInFullIsTheCount() {
        for (String[] v : List.of(new String[] {"Thirteen of the Security Council's 15 members voted in favour.", "13"},
                new String[] {"Nine of the U.N. Security Council's 15 members voted in favour of it.", "9"},
                new String[] {"Eleven of the UN Security Council's fifteen members voted in favour.", "11"})) {
            VoteEvent e = read("2030-03-28", "Chile on Thursday vetoed the renewal of the panel. " + v[0]).get(0);
            assertEquals(Integer.valueOf(v[1]), e.counts().yes(), v[0]);
        }
    }

    /** "since 2022, when A and B vetoed a text. That draft received 13 votes": that year's vote, told apart from today's. */
    @Test
    void aVoteToldInAWhenClauseAfterAYearIsThatYearsVote() {
        for (String s : List.of("The council has been split since 2025, when China and France vetoed a push for more sanctions. That draft received 12 votes.",
                "Relations have soured since 2026, when China and France vetoed a similar text. That text got 12 votes in favour.",
                "Nothing has moved since 2024, when China and France vetoed the last draft. It received 12 votes.")) {
            List<VoteEvent> events = read("2030-03-28", "Russia on Thursday vetoed the renewal of the panel in the Security Council. "
                    + "Thirteen members voted in favour. China abstained. " + s);
            assertEquals(2, events.size(), s + " " + events);
            assertEquals(Map.of("CHN", "no", "FRA", "no"), events.get(1).positions(), s);
            assertEquals(12, events.get(1).counts().yes(), s);
        }
    }

    /** Of two stances of a state in one sentence, the one told of an earlier vote is not this vote's. */
    @Test
    void aStanceToldOfAnEarlierVoteIsNotThisOnes() {
        for (String[] v : List.of(new String[] {"Canada and Japan abstained on the October text and voted yes tonight.", "CAN yes JPN yes"},
                new String[] {"Chile voted against last year but abstained on Tuesday.", "CHL abstain"},
                new String[] {"Peru voted in favour this time, while it had opposed the text in 2027.", "PER yes"})) {
            Map<String, String> expected = new java.util.HashMap<>();
            String[] w = v[1].split(" ");
            for (int i = 0; i < w.length; i += 2) {
                expected.put(w[i], w[i + 1]);
            }
            assertEquals(expected, read("2030-12-12", "The General Assembly adopted the text 150-10-20 on Tuesday. " + v[0]).get(0).positions(), v[0]);
        }
    }

    /** "A rival text, which would have ... (a long aside), then failed": the outcome is still said of the text. */
    @Test
    void anOutcomeAfterALongRelativeClauseIsStillTheTexts() {
        for (String[] v : List.of(new String[] {"which would have renewed the sanctions for one last year while scrapping the panel of experts", "then failed as well"},
                new String[] {"which its sponsors had rewritten three times over the weekend to win over the African members", "was then defeated"},
                new String[] {"which called for a truce of thirty days along the whole of the northern border and a new monitoring team",
                        "then fell short of the minimum of nine votes"})) {
            String aside = v[0];
            List<VoteEvent> events = read("2030-08-30", "China on Wednesday vetoed a Security Council resolution on the border. "
                    + "The draft, prepared by Malta, won 13 votes in favour. A rival Chinese text, " + aside + ", " + v[1] + ".");
            assertEquals(2, events.size(), aside + " " + events);
            assertEquals("rejected", events.get(1).outcome(), aside);
        }
    }

    /** Footnote marks after a tally ("55 abstentions.³", "[4]") neither join two sentences nor count. */
    @Test
    void footnoteMarksAreNoPartOfATally() {
        for (String mark : List.of("\u00b3", "\u2074", "[12]")) {
            List<VoteEvent> events = read("2030-03-02", "The Third Committee approved the text on 18 November by 101 in favour, 21 against "
                    + "and 50 abstentions." + mark + " The General Assembly plenary endorsed it on 18 December: 108-22-48." + mark);
            assertEquals(2, events.size(), mark + " " + events);
            assertEquals(new Counts(101, 21, 50), events.get(0).counts(), mark);
            assertEquals(new Counts(108, 22, 48), events.get(1).counts(), mark);
        }
    }

    /** "In 2016 the United States abstained for the first time": stances in a sentence opening on an earlier year are that vote's. */
    @Test
    void stancesOfASentenceOpeningOnAnEarlierYearAreThatVotes() {
        for (String[] v : List.of(new String[] {"In 2026, under another government, Chile abstained for the first time.", "CHL"},
                new String[] {"Last year Kenya and Ghana abstained.", "KEN"},
                new String[] {"Back in 2025 Peru had voted against it.", "PER"})) {
            List<VoteEvent> events = read("2030-11-08", "The General Assembly passed the text 187-3 on Thursday, with Fiji and Tonga abstaining. " + v[0]);
            assertEquals(Map.of("FJI", "abstain", "TON", "abstain"), events.get(0).positions(), v[0]);
            assertEquals(2, events.size(), v[0] + " " + events);
            assertTrue(events.get(1).positions().containsKey(v[1]), v[0]);
        }
    }

    /** History told in order ("In 2022 it passed 111-41-34. Two years later, the count was 117-38-34.") is past votes, not today's. */
    @Test
    void laterYearsOfARecountedHistoryArePastVotes() {
        for (String later : List.of("Two years later, the count was 117-38-34.", "The following year the count was 117-38-34.",
                "A year later the tally was 117-38-34.")) {
            List<VoteEvent> events = read("2030-12-20", "On Monday the General Assembly adopted the moratorium text by 121 votes to 35, with 32 "
                    + "abstentions. In December 2026 the text passed 111-41-34. " + later + " Chile, Peru and Cuba voted against on Monday.");
            assertEquals(3, events.size(), later + " " + events);
            assertEquals(new Counts(117, 38, 34), events.get(2).counts(), later);
            assertEquals(Map.of("CHL", "no", "PER", "no", "CUB", "no"), events.get(0).positions(), later);
        }
    }

    /** Ballots of an election (rounds of voting for a seat) are no vote on a text. */
    @Test
    void roundsOfBallotingForASeatAreNoVote() {
        for (String s : List.of("In the third round of balloting for the last seat, Peru received 101 votes and Chile 90.",
                "After four rounds of voting, Ghana won the African seat with 150 votes to 40 for Togo.",
                "Nepal took the Asia-Pacific seat in a second round, with 130 votes; Fiji had 60.")) {
            assertEquals(List.of(), read("2030-06-10", "The General Assembly met on Tuesday. " + s), s);
        }
    }

    /** A capital heading a list of states that voted ("Washington and Israel voted against") stands for its state. */
    @Test
    void aCapitalListedWithStatesBeforeTheirCueVotesWithThem() {
        assertEquals(Map.of("USA", "no", "ISR", "no"), read("2030-03-10", "The General Assembly adopted the text by 150 votes. "
                + "Washington and Israel had been the only two countries to vote against it a year earlier.").get(0).positions());
        assertEquals(Map.of("RUS", "no", "BLR", "no", "SYR", "no"), read("2030-03-10", "The General Assembly adopted the text by 150 votes. "
                + "Moscow, Belarus and Syria, after a long debate, all voted against.").get(0).positions());
        assertEquals(Map.of("CHN", "abstain", "PAK", "abstain"), read("2030-03-10", "The General Assembly adopted the text by 150 votes. "
                + "Beijing and Pakistan were among the states that in the end abstained.").get(0).positions());
    }

    /** "Africa supplied four of the eleven no votes": the eleven are the side's votes, four only a part of them. */
    @Test
    void aPartOfASidesVotesIsNotItsCount() {
        assertEquals(11, read("2030-03-10", "The General Assembly adopted the text by 100 votes. Africa supplied four of the eleven no votes.")
                .get(0).counts().no());
        assertEquals(30, read("2030-03-10", "The General Assembly adopted the text by 100 votes. Europe cast six of the 30 abstention votes.")
                .get(0).counts().abstain());
        assertEquals(10, read("2030-03-10", "The Security Council adopted the text. Ten of the Council's 15 members voted in favour.")
                .get(0).counts().yes());
    }

    /** A headline's "votes down ..., 19-17": the side that won, against, is counted first. */
    @Test
    void aTallyAfterVotingDownCountsTheWinningSideFirst() {
        for (String h : List.of("Rights council votes down debate bid on Xanadu, 19-17", "Assembly voted down the budget cut 88-40",
                "UN council voting down a probe of the dam, 9-4")) {
            VoteEvent e = read("2030-03-10", h + "\n\nThe Human Rights Council rejected the motion in Geneva on Thursday.").get(0);
            String[] n = h.replaceAll(".*?(\\d+)-(\\d+)$", "$1 $2").split(" ");
            assertEquals(Integer.parseInt(n[0]), e.counts().no(), h);
            assertEquals(Integer.parseInt(n[1]), e.counts().yes(), h);
        }
    }

    /** "was nonetheless carried by 93 to 24": carried, with a word between, is adopted. */
    @Test
    void aTextCarriedWithAnAdverbIsAdopted() {
        for (String s : List.of("The Assembly's resolution was nonetheless carried by 93 to 24.", "The General Assembly text was easily carried, 120 to 4.",
                "In the General Assembly the draft was still carried by 70 votes to 65.")) {
            List<VoteEvent> events = read("2030-03-10", "The General Assembly voted on Friday. " + s);
            assertEquals(1, events.size(), s);
            assertEquals("adopted", events.get(0).outcome(), s);
        }
    }

    /** A text adopted without a vote is not the recorded vote before it, nor is it merged into one. */
    @Test
    void anAdoptionWithoutAVoteIsAVoteOfItsOwn() {
        List<VoteEvent> events = read("2019-12-19", """
                The General Assembly today adopted 52 resolutions recommended by its Third Committee. \
                A resolution on Syria was approved by 106 votes to 15, with 57 abstentions. \
                Delegates adopted without a vote a text on the rights of the child.""");
        assertEquals(2, events.size(), events.toString());
        assertEquals(106, events.get(0).counts().yes());
        assertEquals("adopted", events.get(1).outcome());
        assertEquals(null, events.get(1).counts().yes());
    }

    /** "late Friday" dates the vote too, and a title stops before its count. */
    @Test
    void lateOnAWeekdayAndATitleWithoutItsCount() {
        List<VoteEvent> events = read("2021-03-24", "GENEVA — The Human Rights Council late Tuesday adopted a resolution on Sri Lanka by 22 votes to 11, with 14 abstentions.");
        assertEquals("2021-03-23", events.get(0).date());
        assertEquals("a resolution on Sri Lanka", events.get(0).title());
    }

    /** "UNITED NATIONS, Oct 5 — ... on Tuesday": the dateline is the day of filing, the weekday the day of the vote. */
    @Test
    void aDatelineDoesNotDateTheVote() {
        List<VoteEvent> events = read("2011-10-05", "UNITED NATIONS, Oct 5 — Russia and China on Tuesday vetoed a Security Council draft on Syria.");
        assertEquals("2011-10-04", events.get(0).date());
        assertEquals(Map.of("RUS", "no", "CHN", "no"), events.get(0).positions());
    }

    /**
     * "extended the mission until 31 October 2024": the day a mandate or a deadline ends, or any day after the
     * article's, is no day of the vote. Read as one, it put the vote in a year whose Council lacked the members named.
     */
    @Test
    void aMandatesEndOrALaterDayIsNoVotesDay() {
        List<VoteEvent> events = read("2023-10-30", "The Security Council on Monday renewed the observer mission until 31 October 2024 "
                + "by 13 votes to none, with two abstentions; Gabon and Ghana voted in favour.");
        assertEquals("2023-10-30", events.get(0).date());
        assertEquals(Map.of("GAB", "yes", "GHA", "yes"), events.get(0).positions());
        events = read("2023-12-20", "By 12 votes to none, with Gabon, Ghana and Mozambique abstaining, the Security Council "
                + "extended the sanctions through 15 March 2024.");
        assertEquals(Map.of("GAB", "abstain", "GHA", "abstain", "MOZ", "abstain"), events.get(0).positions());
        events = read("2023-12-20", "The Security Council asked for a report by 1 February 2024 in a text it adopted 14-0-1, "
                + "Albania and Brazil among those in favour.");
        assertEquals(Map.of("ALB", "yes", "BRA", "yes"), events.get(0).positions());
        events = read("2023-12-20", "The measure, which enters into force on 1 January 2025, passed the Security Council 13-0-2; "
                + "Malta and Gabon voted yes.");
        assertEquals(Map.of("MLT", "yes", "GAB", "yes"), events.get(0).positions());
    }

    /**
     * "Peru proposed an oral amendment ... It drew five votes", "As it failed to obtain two thirds, it was not
     * adopted": an amendment named in passing is the subject of the sentences after it, as is its verdict.
     */
    @Test
    void anAmendmentNamedInPassingIsWhatTheNextSentencesTell() {
        for (String text : List.of(
                "The Security Council adopted the text 13-0-2. Before that, Chile put forward an oral amendment on aid. "
                        + "It got only four votes in favour, with nine members abstaining.",
                "The Security Council adopted the text 13-0-2. Earlier, Kenya tabled a written amendment on the border. "
                        + "It got only four votes in favour, with nine members abstaining.",
                "The Security Council adopted the text 13-0-2. Japan had proposed its own amendment. "
                        + "It got only four votes in favour, and nine members abstained.")) {
            List<VoteEvent> events = read("2030-03-10", text);
            assertEquals(2, events.size(), events.toString());
            assertEquals("amendment", events.get(1).kind(), text);
            assertEquals(4, events.get(1).counts().yes(), text);
        }
        for (String verdict : List.of("As it failed to obtain the two-thirds majority required, it was not adopted.",
                "Because it fell short of two thirds of those voting, it was not adopted.",
                "Since it lacked the needed majority, the amendment was rejected.")) {
            List<VoteEvent> events = read("2030-03-10", "The General Assembly voted first on an amendment by Peru. "
                    + "The amendment received 80 votes in favour to 60 against, with 20 abstentions. " + verdict
                    + " The Assembly then adopted the resolution by 120 votes to 14.");
            assertEquals(2, events.size(), events.toString());
            VoteEvent amendment = events.stream().filter(e -> e.kind().equals("amendment")).findFirst().orElseThrow();
            assertEquals("rejected", amendment.outcome(), verdict);
            assertEquals(80, amendment.counts().yes(), verdict);
        }
    }

    /** "Peru voted yes together with 120 other states": the side counts 121, not the 120 the sentence names. */
    @Test
    void aStateWithNOthersCountsOneMore() {
        assertEquals(121, read("2030-03-10", "In the General Assembly, Peru, a sponsor of the text, voted in favour "
                + "together with 120 other member states.").get(0).counts().yes());
        assertEquals(31, read("2030-03-10", "Fiji abstained along with 30 other countries when the General Assembly "
                + "adopted the resolution.").get(0).counts().abstain());
        assertEquals(12, read("2030-03-10", "The General Assembly text passed; Chile and Kenya joined ten other states "
                + "in voting against.").get(0).counts().no());
    }

    /** Two texts with the same tally are still two votes when the article names each by its own symbol. */
    @Test
    void theSameTallyUnderAnotherSymbolIsAnotherVote() {
        for (String[] pair : List.of(new String[] {"3010", "2990"}, new String[] {"3111", "3050"})) {
            List<VoteEvent> events = read("2030-10-30", "The Security Council adopted resolution " + pair[0] + " (2030) by 13 votes "
                    + "to none, with 2 abstentions. A year ago, when the Council adopted resolution " + pair[1] + " (2029) by 13 "
                    + "votes to none, Peru abstained.");
            assertEquals(2, events.size(), events.toString());
            assertEquals("S/RES/" + pair[0] + " (2030)", events.get(0).symbol());
            assertEquals(Map.of("PER", "abstain"), events.get(1).positions());
        }
        List<VoteEvent> events = read("2030-10-30", "By 120 votes to 9 the General Assembly adopted A/RES/85/12 on Monday, "
                + "as it did last year when, by 120 votes to 9, it adopted A/RES/84/30.");
        assertEquals(2, events.size(), events.toString());
    }

    /** "It was Russia's second veto of the year": a count of vetoes adds no vote and no veto to the one told. */
    @Test
    void aCountOfVetoesIsNoVote() {
        for (String tally : List.of("It was Russia's second veto of the year.", "This was the 40th veto France had cast.",
                "That marked China's latest veto on the question.")) {
            List<VoteEvent> events = read("2030-03-10", "The Security Council rejected a draft on the border by 4 votes to 2, "
                    + "with 9 abstentions. " + tally);
            assertEquals(1, events.size(), events.toString());
            assertEquals("rejected", events.get(0).outcome(), tally);
            assertEquals(Map.of(), events.get(0).positions(), tally);
        }
    }

    /** A stance that contradicts the vote just told belongs to another vote of the article, if one fits. */
    @Test
    void aStanceAgainstTheCurrentVoteGoesToAnotherOne() {
        for (String[] s : List.of(new String[] {"China", "CHN"}, new String[] {"France", "FRA"}, new String[] {"Russia", "RUS"})) {
            List<VoteEvent> events = read("2030-03-10", "On Monday " + s[0] + " vetoed a Security Council draft on the border; "
                    + "13 members voted in favour. " + s[0] + " then put its own text to a vote. It won support only from "
                    + s[0] + ", and the draft failed. \"" + s[0] + "'s veto was a mistake,\" an envoy said.");
            assertEquals(2, events.size(), events.toString());
            assertEquals("vetoed", events.get(0).outcome(), s[0]);
            assertEquals("rejected", events.get(1).outcome(), s[0]);
            assertEquals(Map.of(s[1], "yes"), events.get(1).positions(), s[0]);
        }
    }

    /** A parliament named in an aside about the text ("which condemns laws the Knesset passed") is not who voted. */
    @Test
    void aParliamentInAnAsideIsNotTheVoter() {
        for (String aside : List.of("which condemns a law the Knesset passed in May", "which urges the Duma to repeal its ban",
                "which the Parliament of Chile had asked for")) {
            List<VoteEvent> events = read("2030-03-10", "The General Assembly adopted a text on refugees 120-9. "
                    + "The second resolution, " + aside + ", was adopted by 130 votes to 8.");
            assertEquals(2, events.size(), aside + ": " + events);
            assertEquals(130, events.get(1).counts().yes(), aside);
        }
    }

    /** "delegations delivered statements, among them A and B": those who spoke are not the side told before. */
    @Test
    void thoseWhoSpokeAreNotTheSideBefore() {
        for (String speakers : List.of("Dozens of delegations delivered statements, among them Peru, Chile and Kenya.",
                "Many speakers took the floor, among them Ghana and Fiji.",
                "Several envoys addressed the hall, among them Japan.")) {
            List<VoteEvent> events = read("2030-03-10", "The General Assembly adopted the text 150-9. Nine states voted against, "
                    + "among them Nauru. " + speakers);
            assertEquals(Map.of("NRU", "no"), events.get(0).positions(), speakers);
        }
    }

    /** A vetoed draft stays the Council's even when counts read into it do not fit fifteen members. */
    @Test
    void aVetoedDraftStaysTheCouncilsWhateverItsCounts() {
        for (String[] c : List.of(new String[] {"13", "10"}, new String[] {"12", "9"}, new String[] {"11", "8"})) {
            List<VoteEvent> events = read("2030-03-10", "At the UN, Russia vetoed a draft on aid that had " + c[0]
                    + " votes in favour and " + c[1] + " abstentions.");
            assertEquals("SC", events.get(0).body(), events.toString());
            assertEquals("vetoed", events.get(0).outcome());
        }
    }

    /** Only the Security Council has vetoes: a veto told in a sentence that names the Assembly first is the Council's. */
    @Test
    void aVetoIsTheCouncilsWhicheverBodyComesFirst() {
        for (String text : List.of(
                "The General Assembly met on Monday because China had vetoed a draft in the Security Council a week before.",
                "Ukraine took the matter to the General Assembly after Russia, on 3 March, vetoed the Security Council's text.",
                "The General Assembly debate followed a French veto of a Security Council draft on Friday.")) {
            List<VoteEvent> events = read("2030-03-10", text);
            assertEquals(1, events.size(), events.toString());
            assertEquals("SC", events.get(0).body(), text);
            assertEquals("vetoed", events.get(0).outcome(), text);
        }
    }

    /** "has not adopted a single resolution on the war": a body's record of no texts is no vote on one. */
    @Test
    void noSingleTextAdoptedIsNoVote() {
        for (String text : List.of(
                "The Security Council has not adopted a single resolution on the war since it began.",
                "So far the Security Council did not adopt any text on the crisis.",
                "In two years the Human Rights Council has not adopted any resolution on the island.")) {
            assertEquals(List.of(), read("2030-03-10", text), text);
        }
    }

    /** "ADOPTED." or "Also fails." alone, as live blogs write them: the verdict on the vote told next to it. */
    @Test
    void aVerdictAloneIsTheVotesBesideIt() {
        List<VoteEvent> events = read("2030-03-10", """
                2:10pm — The General Assembly now votes on the main text.
                2:14pm — ADOPTED. 120 in favour, 9 against, 30 abstentions.""");
        assertEquals(1, events.size(), events.toString());
        assertEquals("adopted", events.get(0).outcome());
        assertEquals(120, events.get(0).counts().yes());
        events = read("2030-03-10", """
                The General Assembly first took up an amendment by Peru: 70 in favour, 72 against, 20 abstentions. Also fails.""");
        assertEquals(1, events.size(), events.toString());
        assertEquals("rejected", events.get(0).outcome());
        assertEquals("amendment", events.get(0).kind());
        events = read("2030-03-10", """
                The Security Council vote on the French draft: 9 in favour, 2 against, 4 abstaining.
                Result: carried.""");
        assertEquals("adopted", events.get(0).outcome());
    }

    /** In an undated article too, a day a mandate or a deadline ends is no day of the vote; a day of its own is. */
    @Test
    void anUndatedArticlesDeadlineIsNoVotesDay() {
        assertEquals(null, read(null, "The Human Rights Council extended until 30 September the inquiry it set up, by 25 votes to 7.")
                .get(0).monthDay());
        assertEquals("--03-12", read(null, "The Security Council renewed the mission through 15 March on 12 March, by 13 votes to none.")
                .get(0).monthDay());
        assertEquals("--04-20", read(null, "The General Assembly asked for a report by 1 June in a text adopted on 20 April by 120 votes to 9.")
                .get(0).monthDay());
    }

    /** "Moscow then put its own text to a vote": the vote told next is that text's, not the one told before. */
    @Test
    void aTextOfItsOwnPutToAVoteIsAnotherVote() {
        List<VoteEvent> events = read("2030-05-02", """
                The Security Council adopted a text on the border by 12 votes to none, with Peru, Chile and Kenya abstaining.                 Chile then put its own draft to a vote. It won support only from Chile and Kenya, and nine members voted against.""");
        assertEquals(2, events.size(), events.toString());
        assertEquals(12, events.get(0).counts().yes());
        assertEquals(Map.of("CHL", "yes", "KEN", "yes"), events.get(1).positions());
        assertEquals(9, events.get(1).counts().no());
        events = read("2030-05-02", """
                The General Assembly approved the EU's resolution 110-20-30, with Peru against.                 A rival text from Cuba was then put to a vote. Only 41 states backed it, and Peru voted in favour.""");
        assertEquals(2, events.size(), events.toString());
        assertEquals(Map.of("PER", "no"), events.get(0).positions());
        assertEquals(Map.of("PER", "yes"), events.get(1).positions());
        events = read("2030-05-02", """
                The Human Rights Council rejected a motion by 15 votes to 22.                 Pakistan and its partners pushed their own resolution to a vote. It passed 25-12, Qatar and Sudan voting yes.""");
        assertEquals(2, events.size(), events.toString());
        assertEquals(25, events.get(1).counts().yes());
        assertEquals(Map.of("QAT", "yes", "SDN", "yes"), events.get(1).positions());
    }

    @Test
    void severalVotesInOneArticleKeepTheirOwnFacts() {
        List<VoteEvent> events = read("2031-04-05", """
                The UN General Assembly on Thursday adopted a European-drafted resolution on cooperation by 101 votes to 12, with 40 abstentions. \
                Russia and Belarus voted against it. \
                A rival US-drafted text received 60 votes in favour, 70 against and 30 abstentions, and was rejected. \
                Later the Security Council adopted resolution 3001 (2031) by 13 votes to none, with China and Russia abstaining.""");
        assertEquals(3, events.size(), events.toString());
        VoteEvent eu = events.get(0);
        assertEquals("GA", eu.body());
        assertEquals(101, eu.counts().yes());
        assertEquals(Map.of("RUS", "no", "BLR", "no"), eu.positions());
        assertEquals("2031-04-03", eu.date());
        VoteEvent us = events.get(1);
        assertEquals(70, us.counts().no());
        assertEquals("rejected", us.outcome());
        assertTrue(us.sponsors().contains("USA"));
        VoteEvent sc = events.get(2);
        assertEquals("SC", sc.body());
        assertEquals("S/RES/3001 (2031)", sc.symbol());
        assertEquals(Map.of("CHN", "abstain", "RUS", "abstain"), sc.positions());
        assertTrue(sc.evidence().get(0).text().startsWith("Later the Security Council"));
    }

    @Test
    void amendmentsTakenBeforeTheFinalVoteAreAmendments() {
        List<VoteEvent> events = read("2031-04-05", """
                The Human Rights Council on Friday adopted a resolution on the right to water by 30 votes to 8, with 9 abstentions.
                Ahead of the final vote, members considered three amendments. The first, from Egypt, would have deleted a paragraph.
                It was defeated by 12 votes to 25, with 10 abstentions.""");
        assertEquals(2, events.size(), events.toString());
        assertEquals("resolution", events.get(0).kind());
        assertEquals(30, events.get(0).counts().yes());
        assertEquals("amendment", events.get(1).kind());
        assertEquals(12, events.get(1).counts().yes());
        assertEquals("rejected", events.get(1).outcome());
    }

    @Test
    void aUnanimousCouncilIsFifteenToNoneAndHistoryIsNoVote() {
        List<VoteEvent> events = read("2031-06-07", """
                The Security Council voted unanimously on Friday to extend the mission in Haiti by a year.
                It was the first time in a decade that the council had adopted a Haiti text without dissent.""");
        assertEquals(1, events.size(), events.toString());
        assertEquals(new Counts(15, 0, 0), events.get(0).counts());
        assertEquals("SC", events.get(0).body());
    }

    @Test
    void aParliamentsVoteOnAUnTextIsNotAUnVote() {
        assertTrue(read("2031-01-01", "The European Parliament on Wednesday voted 420 to 130 to back the UN General Assembly's appeal.")
                .isEmpty());
    }

    @Test
    void aVetoedCouncilDraft() {
        List<VoteEvent> events = read("2031-05-02",
                "The Security Council draft won 13 votes in favour, but Russia voted against it, with China abstaining.");
        assertEquals("vetoed", events.get(0).outcome());
        assertEquals("no", events.get(0).positions().get("RUS"));
    }

    @Test
    void articlesWithoutAUnVoteResultGiveNothing() {
        assertTrue(read("2031-01-01", "The UN General Assembly will vote on the draft on Friday.").isEmpty());
        assertTrue(read("2031-01-01", "The Senate passed the bill 52-48 on Tuesday.").isEmpty());
        assertTrue(read("2031-01-01", "Arsenal beat Chelsea 3-1 on Sunday.").isEmpty());
        assertTrue(read("2031-01-01", "Resolution 242 of the UN Security Council remains the basis of talks.").isEmpty());
    }

    /** The one event an article of this text gives (the test fails when it gives none or several). */
    private VoteEvent only(String published, String text) {
        List<VoteEvent> events = read(published, text);
        assertEquals(1, events.size(), text + " " + events);
        return events.get(0);
    }

    private List<VoteEvent> readWithHeadline(String headline, String body) {
        return reader.read(new Article(Article.VERSION, "a", null, "2024-05-10", headline, body, Instant.EPOCH));
    }

    /** The token rules read a headline too ("Russia, China veto UN resolution"), and a council the headline names is the body's. */
    @Test
    void aHeadlineIsReadByTheTokenRulesAndNamesTheCouncil() {
        for (String[] c : new String[][] {
                {"Russia, China veto UN resolution on Sudan truce", "The draft received 12 votes in favour. Guyana abstained.", "RUS"},
                {"US and UK veto UN text on the blockade", "The draft, tabled by Algeria, won 13 votes.", "GBR"},
                {"France and Russia veto UN draft on the canal", "It had 11 votes in favour, with Japan abstaining.", "FRA"}}) {
            VoteEvent e = readWithHeadline(c[0], c[1]).get(0);
            assertEquals("SC", e.body(), c[0]);
            assertEquals("vetoed", e.outcome(), c[0]);
            assertEquals("no", e.positions().get(c[2]), c[0]);
        }
        for (String[] c : new String[][] {
                {"US abstains as UN Security Council demands Gaza ceasefire", "The council adopted the resolution with 14 votes in favour on Monday."},
                {"UN Security Council renews Haiti mission", "The council voted 13-0, with two abstentions, to extend it."},
                {"Guyana hails UN Security Council vote", "The council adopted the text 15-0 on Friday."}}) {
            assertEquals("SC", readWithHeadline(c[0], c[1]).get(0).body(), c[0]);
        }
    }

    /** A headline the body does not repeat fills the main vote's missing count or outcome, and opens no vote itself. */
    @Test
    void aHeadlineFillsWhatTheBodyLeavesOut() {
        List<VoteEvent> failed = readWithHeadline("Chilean text on fisheries fails in Security Council with only four votes",
                "The Security Council voted on Friday on a text about fisheries. Chile and Peru voted in favour.");
        assertEquals(1, failed.size(), failed.toString());
        assertEquals(4, failed.get(0).counts().yes());
        assertEquals("rejected", failed.get(0).outcome());

        List<VoteEvent> counted = readWithHeadline("General Assembly adopts ocean treaty, 150-3",
                "The General Assembly voted on Thursday on the ocean treaty. Nepal, Fiji and Tonga voted against.");
        assertEquals(1, counted.size(), counted.toString());
        assertEquals(new Counts(150, 3, null), counted.get(0).counts());

        // a headline about another body, or one that disagrees with the body's count, is left alone
        List<VoteEvent> other = readWithHeadline("Human Rights Council rejects the motion 20-18",
                "The General Assembly adopted the budget by 160 votes to 2. Kenya voted in favour.");
        assertEquals(1, other.size(), other.toString());
        assertEquals(new Counts(160, 2, null), other.get(0).counts());
        assertEquals("adopted", other.get(0).outcome());
    }

    /**
     * A headline drops its vote words ("UN backs ... 153-10"); where the body reports no vote, the headline's tally is
     * the vote, with the body's first sentence about the UN as its evidence. A score in a headline is no vote.
     */
    @Test
    void aHeadlineTallyIsTheVoteWhenTheBodyGivesNone() {
        for (String[] c : new String[][] {
                {"Assembly endorses Bolivian water plan in 139-6 vote", "The UN General Assembly has recognised access to water as a right. Bolivia's envoy welcomed the text.", "GA", "139/6/null"},
                {"Council renews Cyprus force 14-0-1", "The UN Security Council kept its peacekeepers on the island for another year. Talks resume in May.", "SC", "14/0/1"},
                {"UN rights body backs inquiry into mine deaths 27-5", "GENEVA - The Human Rights Council has set up an inquiry into deaths at the mines. Its first report is due in March.", "HRC", "27/5/null"}}) {
            List<VoteEvent> events = readWithHeadline(c[0], c[1]);
            assertEquals(1, events.size(), c[0] + " " + events);
            VoteEvent e = events.get(0);
            assertEquals(c[2], e.body(), c[0]);
            assertEquals(c[3], e.counts().yes() + "/" + e.counts().no() + "/" + e.counts().abstain(), c[0]);
            assertEquals("adopted", e.outcome(), c[0]);
            assertEquals(0, e.evidence().get(0).start(), c[0]);
        }
        for (String[] c : new String[][] {
                {"UN staff side beats diplomats 4-2 in charity match", "GENEVA - The UN staff eleven won the cup on Sunday. The diplomats scored twice late on."},
                {"UN envoy hopeful as talks enter day 3-4", "The UN envoy met both parties in Geneva. He said progress was slow."},
                {"Kenya tops UN index, 12-3 lead over rivals", "The UN development index ranks Kenya first this year."}}) {
            assertTrue(readWithHeadline(c[0], c[1]).isEmpty(), c[0]);
        }
    }

    /** States that "rejected the text" voted against it; the text's outcome is what the body did ("United States" names no voting body). */
    @Test
    void statesThatRejectedTheTextVotedAgainstIt() {
        assertOneVote("Two members — Nicaragua and the United States — rejected the UN General Assembly text, which passed 170-2.",
                "adopted", Map.of("NIC", "no", "USA", "no"));
        assertOneVote("The UN General Assembly resolution was adopted by 161 votes to 3. Hungary, Israel and Argentina rejected the resolution.",
                "adopted", Map.of("HUN", "no", "ISR", "no", "ARG", "no"));
        assertOneVote("The United States rejected the UN Security Council draft, which had won 12 votes in favour.",
                "vetoed", Map.of("USA", "no"));
    }

    /** "used veto", "the right of veto", "veto power": a veto said without its determiner is still the state's no. */
    @Test
    void aVetoWithoutItsDeterminer() {
        assertOneVote("The UN Security Council draft won 12 votes; France used veto, Guyana abstained.", "vetoed", Map.of("FRA", "no", "GUY", "abstain"));
        assertOneVote("In the UN Security Council, China used the right of veto, while Malta abstained.", "vetoed", Map.of("CHN", "no", "MLT", "abstain"));
        assertOneVote("The United Kingdom exercised veto power on the UN Security Council text.", "vetoed", Map.of("GBR", "no"));
    }

    /** "not adopted, owing to a permanent member's negative vote": the "not" belongs to the veto, which it reports. */
    @Test
    void notAdoptedOwingToANegativeVoteIsAVeto() {
        assertOneVote("Owing to the negative vote of one permanent member, the UN Security Council draft was not adopted; it had 12 votes in favour.", "vetoed", Map.of());
        assertOneVote("The UN Security Council text on the blockade fell owing to negative votes of two permanent members.", "vetoed", Map.of());
        assertOneVote("With 14 votes in favour, the UN Security Council text was not adopted, owing to the negative vote of France, a permanent member.",
                "vetoed", Map.of("FRA", "no"));
    }

    /** "The resolution, introduced by Mexico, passed": a state in an aside is not the subject, so the outcome is the text's. */
    @Test
    void aStateInAnAsideIsNotTheSubject() {
        assertOneVote("The resolution, introduced by Ghana, passed the UN General Assembly 151-4.", "adopted", Map.of());
        assertOneVote("The draft, tabled by Peru and Chile, was approved by the UN General Assembly 99-12.", "adopted", Map.of());
        assertOneVote("The text, drafted by Norway on behalf of 30 states, cleared the UN General Assembly by 131 votes to 9.", "adopted", Map.of());
    }

    /** A sentence of background about another body ("the Security Council has been deadlocked for weeks") does not take the next stances away. */
    @Test
    void backgroundAboutAnotherBodyKeepsTheVote() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 131-11. The Security Council has been deadlocked on the war for months. Cuba voted against.", "GA", "CUB", "no"},
                {"The UN Security Council adopted the resolution 13-0-2. The General Assembly has long called for a ceasefire. Guyana voted in favour.", "SC", "GUY", "yes"},
                {"The UN Human Rights Council adopted the text 30-7. The General Assembly has failed to act for years. Qatar abstained.", "HRC", "QAT", "abstain"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(c[1], events.get(0).body(), c[0]);
            assertEquals(Map.of(c[2], c[3]), events.get(0).positions(), c[0]);
        }
    }

    /** "Among the 15 council members, ... the remaining twelve voted for": a group that is the whole body counts the vote. */
    @Test
    void aCountAmongTheWholeBodyIsTheVotes() {
        for (String[] c : new String[][] {
                {"Among the 15 UN Security Council members, Ecuador alone voted against and the remaining fourteen voted for.", "14/1"},
                {"Among the 193 General Assembly members at the UN, 120 voted in favour and 12 voted against.", "120/12"},
                {"Among those who backed the UN Security Council text were Japan and Malta; it passed with 13 votes and 2 against.", "13/2"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[1], e.counts().yes() + "/" + e.counts().no(), c[0]);
        }
        // a group smaller than the body still counts only itself
        assertEquals(new Counts(null, null, null), read("2031-05-02", "The UN General Assembly adopted the text. Among the ten ASEAN members, four abstained.").get(0).counts());
    }

    /** A body cannot cast more votes than it has members: the sentence's first-named council is not the voter then. */
    @Test
    void countsLargerThanTheCouncilAreNoCouncilVote() {
        assertEquals("GA", read("2024-05-10", "After a veto in the UN Security Council, the General Assembly adopted a text by 100 votes to 10, with 40 abstentions.").get(0).body());
        assertEquals("GA", read("2024-05-10", "UN members voted 120-30 on Tuesday to condemn the attack; the Security Council had been deadlocked.").get(0).body());
        assertEquals("HRC", read("2024-05-10", "The UN Security Council was not involved: the Human Rights Council adopted the text 30-10-7.").get(0).body());
        assertEquals("SC", read("2024-05-10", "The UN Security Council adopted the text by 13 votes to none, with 2 abstentions.").get(0).body());
    }

    /** A count within a group ("among the ten ASEAN members, four abstained") is no total: the group's states still count. */
    @Test
    void statesCountedWhereTheyAreNamedArePartOfTheSide() {
        Map<String, Set<String>> parts = Map.of(
                "The other two members – Chile and Peru – voted in favour of it.", Set.of("CHL", "PER"),
                "Two more, Kenya and Ghana, also voted in favour.", Set.of("KEN", "GHA"),
                "The remaining three members (Japan, Spain and Mali) voted in favour as well.", Set.of("JPN", "ESP", "MLI"));
        parts.forEach((part, named) -> {
            List<VoteEvent> events = read("2031-05-02", "The Security Council adopted the text on Friday, with 12 members voting in favour and three abstaining. " + part);
            assertEquals(1, events.size(), part + " " + events);
            assertEquals(12, events.get(0).counts().yes(), part);
            named.forEach(iso -> assertEquals("yes", events.get(0).positions().get(iso), part + " " + iso));
        });
    }

    /** The article's lead and a second sentence: two votes. */
    private List<VoteEvent> twoVotes(String lead, String second) {
        List<VoteEvent> events = read("2031-05-02", lead + second);
        assertEquals(2, events.size(), second + " " + events);
        return events;
    }

    @Test
    void aBodyThatAlsoAdoptedATextHeldASecondVote() {
        for (String second : List.of("The Assembly also adopted a resolution on refugees, by 150 votes to 4.",
                "It also approved a text on the agency's mandate: 140 in favour, 8 against.",
                "Members also passed a motion on the budget with 160 votes in favour.")) {
            List<VoteEvent> events = twoVotes("On Friday the General Assembly passed a resolution on the ceasefire by 120 votes to 9, with 30 abstentions. ", second);
            assertEquals(120, events.get(0).counts().yes(), second);
        }
    }

    @Test
    void anAdoptionAndAVetoAreTwoVotes() {
        for (String veto : List.of("Earlier, Russia and China vetoed a rival draft on the same crisis.",
                "A first text had been vetoed by France.",
                "The United States vetoed an earlier version, saying it went too far.")) {
            List<VoteEvent> events = twoVotes("The Security Council adopted a resolution on the crisis, with 13 votes in favour and two abstentions. ", veto);
            assertEquals("adopted", events.get(0).outcome(), veto);
            assertEquals("vetoed", events.get(1).outcome(), veto);
        }
    }

    @Test
    void aWeekdayOpeningTheSentenceDatesTheVote() {
        Map<String, String> leads = Map.of(
                "On Tuesday, the Security Council adopted a text on Haiti by 13 votes to none.", "2031-05-06",
                "Late on Monday, the General Assembly voted 120-9 for a resolution on water.", "2031-05-05",
                "Yesterday the Human Rights Council adopted a text on Chile, 30 votes to 8.", "2031-05-08");
        leads.forEach((lead, day) -> assertEquals(day, read("2031-05-09", lead).get(0).date(), lead));
    }

    @Test
    void weekdaysPartTheVotesOfAnUndatedArticle() {
        for (String[] days : List.of(new String[] {"Monday", "Friday"}, new String[] {"Tuesday", "Thursday"},
                new String[] {"Saturday", "Wednesday"})) {
            List<VoteEvent> events = read(null, "On " + days[0] + ", the Security Council adopted a text on the ceasefire. "
                    + "On " + days[1] + ", Chile and Peru voted against another text on the port.");
            assertEquals(2, events.size(), String.join("/", days) + " " + events);
            assertTrue(events.get(0).positions().isEmpty(), events.toString());
        }
    }

    @Test
    void afterADigressionIntoAnEarlierVoteTheSentencesAreAboutTodays() {
        for (String after : List.of("Diplomats at the Security Council said Chile voted in favour of the text after a deal.",
                "At the Security Council, Kenya voted in favour of the new text.",
                "In the Security Council Peru abstained on today's text, its envoy said.")) {
            List<VoteEvent> events = read("2031-05-02", "The Security Council on Friday adopted a resolution on the arms embargo by 13 votes to none. "
                    + "In 2019 the Security Council adopted a first resolution on the embargo. " + after);
            assertEquals(2, events.size(), after + " " + events);
            assertEquals(1, events.get(0).positions().size(), after + " " + events);
            assertTrue(events.get(1).positions().isEmpty(), after + " " + events);
        }
    }

    @Test
    void beforeAVoteATextsBackersAreItsSponsors() {
        for (String future : List.of("The UN General Assembly will vote on Friday on a text backed by 50 countries.",
                "The Security Council is due to vote on a draft supported by nine members.",
                "The rights council is expected to vote next week on a resolution, backed by 30 states, on water.")) {
            assertTrue(read("2031-05-02", future).isEmpty(), future);
        }
        assertEquals(141, read("2031-05-02", "The UN General Assembly adopted a resolution backed by 141 countries.").get(0).counts().yes());
    }

    @Test
    void aTitleThatSaysNothingOfWhichTextIsNoTitle() {
        for (String vague : List.of("The UN General Assembly adopted its own text by 93 votes to 8.",
                "The UN General Assembly adopted the rival draft by 93 votes to 8.",
                "The UN General Assembly adopted the alternative resolution by 93 votes to 8.")) {
            assertEquals(null, read("2031-05-02", vague).get(0).title(), vague);
        }
        assertEquals("a text on water", read("2031-05-02", "The UN General Assembly passed a text on water by 93 votes to 8.").get(0).title());
    }

    /** A bare tally after other verbs of a text's fate is the vote's ("cleared the body 120-10", "was thrown out, 15-25-7"). */
    @Test
    void aTallyAfterOtherVerbsOfATextsFate() {
        for (String[] c : new String[][] {
                {"The UN General Assembly text cleared the body 131-12.", "131/12", "adopted"},
                {"The UN Human Rights Council motion was thrown out, 14-26-7.", "14/26", "rejected"},
                {"The UN General Assembly rubber-stamped the budget resolution 166-2.", "166/2", "adopted"},
                {"In the UN Security Council the Maltese draft went down 5-8-2.", "5/8", "rejected"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[1], e.counts().yes() + "/" + e.counts().no(), c[0]);
            assertEquals(c[2], e.outcome(), c[0]);
        }
    }

    /** "Tuesday's vote" dates the vote as "on Tuesday" does; "Tuesday's storm delayed the vote" does not. */
    @Test
    void aWeekdaysVoteIsThatDaysVote() {
        for (String[] c : new String[][] {
                {"Tuesday's UN General Assembly vote was 120-10.", "2031-04-29"},
                {"At Thursday's session the UN Security Council adopted the text 13-0-2.", "2031-05-01"},
                {"Monday's UN Human Rights Council vote on the text was 26-9.", "2031-04-28"}}) {
            assertEquals(c[1], read("2031-05-02", c[0]).get(0).date(), c[0]);
        }
        assertEquals("2031-04-30", read("2031-05-02", "Tuesday's storm delayed the UN General Assembly vote, which passed "
                + "120-10 on Wednesday.").get(0).date());
    }

    /** A tally right after the title's words ends the title: "a text on Sudan 26-7" is titled "a text on Sudan". */
    @Test
    void aTallyIsNoPartOfATitle() {
        for (String[] c : new String[][] {
                {"The UN Human Rights Council adopted a text on the floods in Chad 26-7.", "a text on the floods in Chad"},
                {"The UN General Assembly passed a draft on ocean plastics 133-1-5 on Monday.", "a draft on ocean plastics"},
                {"The UN Security Council approved a measure on Haiti 13 – 0 with two abstentions.", "a measure on Haiti"}}) {
            assertEquals(c[1], read("2031-05-02", c[0]).get(0).title(), c[0]);
        }
    }

    @Test
    void aTextThatFailedOrWasDefeatedByACountIsAVote() {
        for (String second : List.of("The second, on the budget, failed 60-70.", "The other text was defeated 55-80.",
                "A third one failed by 40 votes to 90.")) {
            assertEquals("rejected", twoVotes("The UN General Assembly voted on texts on Tuesday. The first, on water, passed 150-4. ", second)
                    .get(1).outcome(), second);
        }
    }

    @Test
    void aStanceOnAPolicyIsTurnedTowardTheTextThatStopsIt() {
        Map<String, Map<String, String>> cases = Map.of(
                "The Security Council rejected a draft to stop the lifting of the embargo on Peru. Chile and Kenya voted against the lifting of the embargo.",
                Map.of("CHL", "yes", "KEN", "yes"),
                "The Security Council adopted a text to suspend the return of the monitors. Ghana voted against the return of the monitors.",
                Map.of("GHA", "yes"),
                "The UN General Assembly rejected a resolution to prevent the renewal of the inquiry. Nepal voted for the renewal of the inquiry.",
                Map.of("NPL", "no"),
                "The Security Council adopted a text extending the mission. Mali voted against the extension of the mission.",
                Map.of("MLI", "no"));
        cases.forEach((text, positions) -> assertEquals(positions, read("2031-05-02", text).get(0).positions(), text));
    }

    @Test
    void aLeadingClauseOfTimeTellsAnotherVote() {
        for (String lead : List.of("After China vetoed a similar draft in the Security Council last month, ",
                "Weeks after France blocked a text in the Security Council, ",
                "Following a veto by Russia in the Security Council in May, ")) {
            List<VoteEvent> events = read("2031-05-02", lead + "the General Assembly on Thursday adopted a resolution by 140 votes to 5, with 38 abstentions.");
            VoteEvent assembly = events.stream().filter(e -> "GA".equals(e.body())).findFirst().orElseThrow();
            assertEquals("adopted", assembly.outcome(), lead);
            assertTrue(assembly.positions().isEmpty(), lead + " " + events);
        }
    }

    @Test
    void aBodyTheTextAddressesIsNotTheOneThatVoted() {
        for (String addressed : List.of("It urges the Security Council to impose an arms embargo.",
                "The text calls on the Security Council to act.", "It asks the Human Rights Council for a report.")) {
            List<VoteEvent> events = read("2031-05-02", "The UN General Assembly adopted the resolution 120-10. " + addressed
                    + " Syria, Iran and Cuba voted against.");
            assertEquals(1, events.size(), addressed + " " + events);
            assertEquals(Map.of("SYR", "no", "IRN", "no", "CUB", "no"), events.get(0).positions(), addressed);
        }
    }

    /**
     * "Peru, which vetoed ... in the council, abstained": an aside about a state is its history, not this vote's (a
     * veto it tells is a vote of its own: aVetoInAnAsideOnStatesIsAVoteOfItsOwn).
     */
    @Test
    void anAsideAboutAStateTellsNothingOfThisVote() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text by 121 votes to 8. Russia, which voted no on a council draft on the same crisis in June, abstained.", "RUS", "abstain"},
                {"The UN General Assembly backed the resolution 140-6. The United States, which has blocked four Security Council texts since May, voted against.", "USA", "no"},
                {"The Security Council adopted the text 12-0, with three abstentions. China, which had voted no in the General Assembly a week before, voted for it.", "CHN", "yes"}}) {
            assertOneVote(c[0], "adopted", Map.of(c[1], c[2]));
        }
        List<VoteEvent> events = read("2031-05-02", "The UN General Assembly adopted the text by 121 votes to 8. Russia, which vetoed a council draft on the same crisis in June, abstained.");
        assertEquals(Map.of("RUS", "abstain"), events.get(0).positions());
        assertEquals(121, events.get(0).counts().yes());
    }

    /** "..., a week after the council's draft failed": a trailing clause of time tells another vote, not this one's outcome. */
    @Test
    void aTrailingClauseOfTimeTellsAnotherVote() {
        for (String[] c : new String[][] {
                {"The UN General Assembly passed the text 131-9-40, ten days after a Security Council draft on the famine was rejected.", "GA", "adopted", "SC", "rejected"},
                {"The Security Council turned the Brazilian draft down 4-7-4, a month after the General Assembly had adopted its own text.", "SC", "rejected", "GA", "adopted"},
                {"The UN General Assembly adopted a resolution by 118 votes to 12; only days before, China vetoed a council text on the blockade.", "GA", "adopted", "SC", "vetoed"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            VoteEvent today = events.stream().filter(e -> c[1].equals(e.body())).findFirst().orElseThrow();
            assertEquals(c[2], today.outcome(), c[0] + " " + events);
            assertTrue(today.counts().yes() != null, c[0]);
            assertTrue(events.stream().anyMatch(e -> c[3].equals(e.body()) && c[4].equals(e.outcome()) && e.counts().yes() == null), c[0] + " " + events);
        }
    }

    /** Two tallies joined by a connective in one sentence are two votes, each with its own counts. */
    @Test
    void twoTalliesInOneSentenceAreTwoVotes() {
        for (String[] c : new String[][] {
                {"The UN General Assembly rejected an amendment tabled by Iran by 20 votes to 80, with 60 abstentions, before adopting the text as a whole by 101 votes to 14.", "20/80", "101/14"},
                {"The UN Security Council adopted the Maltese text 14-0 while a rival draft from China failed 3-8.", "14/0", "3/8"},
                {"The UN General Assembly passed the first text 150-4; the second passed 139-11.", "150/4", "139/11"},
                // the second tally a yes count a verb gives ("won 150 votes")
                {"A UN General Assembly text on the same topic passed 133-8 in 2019; this year's draft won 151 votes, with 4 against.", "133/8", "151/4"},
                {"The UN Human Rights Council turned down the amendment 12-25, and the draft then passed with 30 votes.", "12/25", "30/null"},
                {"Two years ago the UN General Assembly approved a similar resolution 120-30; on Tuesday the new one received 128 votes, 21 against.", "120/30", "128/21"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            List<String> tallies = events.stream().map(e -> e.counts().yes() + "/" + e.counts().no()).toList();
            assertTrue(tallies.contains(c[1]) && tallies.contains(c[2]), c[0] + " " + tallies);
        }
    }

    /** An amendment's vote and then the text's in one sentence: the tally is the text's, the amendment a vote of its own. */
    @Test
    void anAmendmentThenTheTextInOneSentence() {
        for (String[] c : new String[][] {
                {"The UN General Assembly turned down three amendments tabled by Syria before adopting the resolution by 131 votes to 11.", "131/11"},
                {"The UN Human Rights Council defeated Cuba's amendment and then approved the draft 29-9.", "29/9"},
                {"After rejecting two amendments, the UN Security Council adopted the text with 12 votes in favour.", "12/null"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            VoteEvent text = events.stream().filter(e -> e.kind().equals("resolution")).findFirst().orElseThrow(() -> new AssertionError(c[0] + " " + events));
            assertEquals(c[1], text.counts().yes() + "/" + text.counts().no(), c[0]);
            assertEquals("adopted", text.outcome(), c[0]);
            assertTrue(events.stream().anyMatch(e -> e.kind().equals("amendment") && "rejected".equals(e.outcome()) && e.counts().yes() == null), c[0] + " " + events);
        }
    }

    /** "rejected the proposal by 107 votes to 13": the rejecting side is counted first, so the larger number is the noes. */
    @Test
    void aTextRejectedByATallyCountsTheNoesFirst() {
        for (String[] c : new String[][] {
                {"The UN General Assembly rejected the Iranian proposal by 96 votes to 21, with 30 abstentions.", "21/96"},
                {"The UN Human Rights Council defeated a motion to delay the vote by 25 votes to 15.", "15/25"},
                {"The UN General Assembly rejected the draft decision by 12 votes to 88.", "12/88"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[1], e.counts().yes() + "/" + e.counts().no(), c[0]);
            assertEquals("rejected", e.outcome(), c[0]);
        }
    }

    /**
     * No-break spaces of web pages (U+00A0, the narrow U+202F, the entity "&amp;nbsp;") are spaces to every rule, and the
     * evidence still points at the article as it was sent.
     */
    @Test
    void noBreakSpacesAreSpaces() {
        for (String text : List.of("The UN General Assembly adopted the text by 120\u00a0votes to\u00a08, with 41\u00a0abstentions.",
                "The UN General Assembly adopted the text by 120\u202fvotes to 8, with 41\u202fabstentions.",
                "The UN General Assembly adopted the text by 120&nbsp;votes to 8, with 41&#160;abstentions.")) {
            VoteEvent e = read("2031-05-02", text).get(0);
            assertEquals(new Counts(120, 8, 41), e.counts(), text);
            Evidence ev = e.evidence().get(0);
            assertEquals(text.substring(ev.start(), ev.end()).replaceAll("\u00a0|\u202f|&nbsp;|&#160;", " ").replaceAll("  +", " "),
                    ev.text().replaceAll("  +", " "), text);
        }
    }

    /** A state that did not sit on the council in the vote's year cannot have voted there; undated, every stance stays. */
    @Test
    void aStateNotOnTheCouncilThatYearHasNoStanceThere() {
        VoteEvent sc = read("2024-05-10", "The UN Security Council adopted the text 13-0-2 on Thursday. Germany and Italy "
                + "voted in favour; Japan backed it as well, and Russia and China abstained.").get(0);
        assertEquals(Map.of("JPN", "yes", "RUS", "abstain", "CHN", "abstain"), sc.positions());
        VoteEvent hrc = read("2024-04-06", "The UN Human Rights Council adopted the text 28-6-13 on Friday. Cuba and "
                + "Russia voted against.").get(0);
        assertEquals(Map.of("CUB", "no"), hrc.positions());
        VoteEvent undated = read(null, "The UN Security Council adopted the text 13-0-2. Germany voted in favour.").get(0);
        assertEquals(Map.of("DEU", "yes"), undated.positions());
    }

    /** "rejected the accusations", "defeated the militants": a rejection of no text is no outcome of the vote. */
    @Test
    void aRejectionOfSomethingElseIsNoOutcome() {
        for (String text : List.of("The UN Security Council, which rejected the accusations, adopted the text 13-0-2.",
                "The coalition defeated the militants; the UN Security Council adopted the text 13-0-2.",
                "Chile's envoy rejected these claims as the UN General Assembly adopted the resolution 130-8.")) {
            assertEquals("adopted", read("2031-05-02", text).get(0).outcome(), text);
        }
        assertEquals("rejected", read("2031-05-02", "The UN Security Council rejected the US-backed ceasefire resolution 4-9-2.").get(0).outcome());
    }

    /** Backing or opposing something that is no text ("backed the ceasefire", "opposed the term") is no stance on the vote. */
    @Test
    void backingSomethingElseIsNoStance() {
        for (String[] c : new String[][] {
                {"The UN Security Council draft failed 4-9-2; Russia said it backed the ceasefire.", "RUS"},
                {"The UN General Assembly adopted the text 120-9-40. Chile has long opposed the embargo on the island.", "CHL"},
                {"The UN Human Rights Council adopted the text 26-9-12. Qatar supported the talks in Doha.", "QAT"}}) {
            assertEquals(null, read("2031-05-02", c[0]).get(0).positions().get(c[1]), c[0]);
        }
        assertEquals("yes", read("2031-05-02", "The UN General Assembly adopted the text 120-9-40; Chile backed the resolution.")
                .get(0).positions().get("CHL"));
    }

    /** "voted 19-17 against holding a debate": the motion lost, and the side against it, counted first, is the noes. */
    @Test
    void votedAgainstDoingSomethingCountsTheNoesFirst() {
        for (String[] c : new String[][] {
                {"The UN Human Rights Council voted 19-17 against holding a debate on the report.", "17/19"},
                {"The UN General Assembly voted 80 to 40 against the motion to adjourn.", "40/80"},
                {"The UN Human Rights Council voted 25-12 against a proposal to delay the vote.", "12/25"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[1], e.counts().yes() + "/" + e.counts().no(), c[0]);
            assertEquals("rejected", e.outcome(), c[0]);
        }
    }

    /** "The council" is the rights council where it is the only council an article names, even when addressed. */
    @Test
    void theCouncilIsTheRightsCouncilWhereItIsTheOnlyOne() {
        for (String text : List.of("UN rights chief Volker Tan urged the Human Rights Council to act. Last year the council voted 19-17 against holding a debate.",
                "Activists called on the Human Rights Council to hold a session. In 2020 the council adopted a text on the crisis by 22 votes to 11.",
                "A UN expert asked the Human Rights Council to renew her mandate. The council renewed it on Friday by 30 votes to 10.")) {
            assertEquals("HRC", read("2031-05-02", text).get(0).body(), text);
        }
    }

    /** "with A the only country voting against": the apposition names the side, whatever count came before. */
    @Test
    void theOnlyCountryOfASide() {
        for (String[] c : new String[][] {
                {"The UN General Assembly vote was 119 in favour, with Belarus the only country voting against, and 36 abstaining.", "BLR", "no"},
                {"The UN Security Council adopted the text 14-0, with Mozambique the only member to abstain.", "MOZ", "abstain"},
                {"The UN Human Rights Council adopted the text 46-1, with Eritrea the lone country voting no.", "ERI", "no"}}) {
            assertEquals(c[2], read("2031-05-02", c[0]).get(0).positions().get(c[1]), c[0]);
        }
    }

    /** "supported by 85 countries, against were 2": the side after a comma is the next one's, not the number's before it. */
    @Test
    void sidesToldInTurnAfterCommas() {
        for (String[] c : new String[][] {
                {"The UN General Assembly document was supported by 85 countries, against were 2 (Chile and Peru), abstained - 58 countries.", "85", "58"},
                {"The UN General Assembly text was supported by 120 countries, against were 9, abstained 40.", "120", "40"},
                {"The UN General Assembly resolution was backed by 101 states, against - 3 (Fiji, Nepal, Laos), abstained - 44.", "101", "44"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(Integer.valueOf(c[1]), e.counts().yes(), c[0]);
            assertEquals(Integer.valueOf(c[2]), e.counts().abstain(), c[0]);
            assertTrue(e.counts().no() == null || e.counts().no() < 10, c[0] + " " + e.counts());
        }
    }

    /** "To be adopted, a draft needs nine votes": what a text needs to be adopted is no adoption, nor a vote of its own. */
    @Test
    void whatATextNeedsToBeAdoptedIsNoAdoption() {
        for (String text : List.of("The UN Security Council failed to adopt the draft 3-2-10. To be adopted, a draft needs at least nine votes and no veto.",
                "The UN General Assembly rejected the text 60-70-20. A text needs a majority of those voting to be adopted.",
                "The UN Security Council draft failed 7-1-7. For a resolution to be adopted, nine votes are needed.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals("rejected", events.get(0).outcome(), text);
        }
    }

    /** Votes counted on, banked on or predicted are no count of the vote. */
    @Test
    void votesCountedOnAreNoCount() {
        for (String text : List.of("Officials at the UN counted on 100 votes for the General Assembly text.",
                "UN officials were banking on 100 votes in favour of the General Assembly text.",
                "Diplomats predicted 120 votes for the UN General Assembly text.")) {
            assertTrue(read("2031-05-02", text).stream().noneMatch(e -> e.counts().yes() != null), text);
        }
    }

    /** People who died are no text that died: "40,000 people have died" in a sentence with a vote is no rejection. */
    @Test
    void peopleWhoDiedAreNoTextThatDied() {
        for (String text : List.of("Some 40,000 people have died; the UN General Assembly text passed 120-10 with 40 abstentions.",
                "The UN Security Council adopted the text 13-0-2 after dozens died in the floods.",
                "As thousands died, the UN Human Rights Council approved an inquiry by 25 votes to 12.")) {
            assertEquals("adopted", read("2031-05-02", text).get(0).outcome(), text);
        }
        assertEquals("rejected", read("2031-05-02", "The UN Security Council draft died in a 4-9-2 vote.").get(0).outcome());
    }

    /** The Security Council by other names: "the UN's most powerful body", its top or main security body or organ. */
    @Test
    void theSecurityCouncilByOtherNames() {
        for (String text : List.of("The UN's most powerful body voted 13-0-2 to extend the mission.",
                "The UN's top security body adopted the text 12-0-3.",
                "On Monday the UN's main security organ approved the draft by 11 votes to none, with 4 abstentions.")) {
            assertEquals("SC", read("2031-05-02", text).get(0).body(), text);
        }
    }

    /** The rights council by other names: the council in Geneva, the rights forum, "UNHRC" alone. */
    @Test
    void theRightsCouncilByOtherNames() {
        for (String text : List.of("The Geneva-based UN council adopted the text 23-16, with 8 abstentions.",
                "The UN's top rights forum voted 25 to 14 to open an inquiry.",
                "UNHRC members adopted the text by 29 votes to 11.")) {
            VoteEvent e = read("2031-05-02", text).get(0);
            assertEquals("HRC", e.body(), text);
            assertEquals("adopted", e.outcome(), text);
        }
    }

    /** A body named by its size in any noun ("the 15-nation council", "the 47-country body", "the 193-state assembly"). */
    @Test
    void aBodyNamedByItsSize() {
        for (String[] c : new String[][] {
                {"Envoys at the UN met on Friday. The 15-nation council voted 12-0, with Chile, Peru and Fiji abstaining, to renew the panel.", "SC", "12"},
                {"The UN rights forum sat in Geneva. The 47-country body adopted the text 26-9.", "HRC", "26"},
                {"The UN's 193-state body approved a text by 133 votes to 12.", "GA", "133"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[1], e.body(), c[0]);
            assertEquals(Integer.valueOf(c[2]), e.counts().yes(), c[0]);
            assertEquals("adopted", e.outcome(), c[0]);
        }
    }

    /** "The U.N. voted 128-9 to ...": an initialism is one word, so the body that voted to do something adopted it. */
    @Test
    void anInitialismIsOneWord() {
        for (String text : List.of("The U.N. voted 128-9 to declare the decree void.",
                "The U.N. voted overwhelmingly, 150 to 7, to lift the embargo.",
                "On Monday the U.N. General Assembly voted 99-40 to open the talks.")) {
            VoteEvent e = read("2031-05-02", text).get(0);
            assertEquals("adopted", e.outcome(), text);
        }
    }

    /** "The seven countries voting no were A, B, ...": a count of noes with its states, on the vote already told. */
    @Test
    void theCountOfASideVotingNoWithItsStates() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 120-3-50. The three countries voting no were Chile, Peru and Ghana.", "3", "CHL"},
                {"The UN Security Council adopted the text 12-2-1. The two members voting no were Algeria and Guyana.", "2", "GUY"},
                {"The UN Human Rights Council adopted the text 30-4-13. The four voting no were Cuba, Eritrea, China and Venezuela.", "4", "CUB"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(Integer.valueOf(c[1]), events.get(0).counts().no(), c[0]);
            assertEquals("no", events.get(0).positions().get(c[2]), c[0]);
        }
    }

    /** "India abstained, as it did in the council's vote in May": the comparison tells another vote, the stance is today's. */
    @Test
    void aComparisonWithAnotherVoteKeepsTheStanceOnThisOne() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 120-10-40. India abstained, as it did in the Security Council vote in May, when Russia vetoed a draft.", "IND", "abstain"},
                {"The UN General Assembly adopted the text 120-10-40. Brazil voted yes, as it had in the rights council in March.", "BRA", "yes"},
                {"The UN General Assembly adopted the text 120-10-40. Mexico abstained, just as it did at the Security Council last year.", "MEX", "abstain"}}) {
            VoteEvent ga = read("2031-05-02", c[0]).stream().filter(e -> "GA".equals(e.body())).findFirst().orElseThrow();
            assertEquals(c[2], ga.positions().get(c[1]), c[0]);
        }
    }

    /** "Last month A voted against a similar text; this time it abstained": the stance "this time" is today's. */
    @Test
    void aStanceThisTimeIsTodays() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 120-10-40. In 2021, Kenya voted against a similar text; this time it abstained.", "KEN", "abstain"},
                {"The UN Human Rights Council adopted the text 25-9-13. Qatar abstained on the earlier draft, but this time voted in favour.", "QAT", "yes"},
                {"The UN General Assembly adopted the text 120-10-40. Chile had backed every such text since 2015 — this time it voted no.", "CHL", "no"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[2], e.positions().get(c[1]), c[0] + " " + e);
        }
    }

    /** "On the first text, A and B voted no": the stances go to the vote the ordinal names, not the last one told. */
    @Test
    void anOrdinalNamesTheVoteItsStancesBelongTo() {
        for (String text : List.of(
                "The UN General Assembly adopted two texts on Monday. The first passed 140-6-20 and the second 99-30-44. "
                        + "On the first, Chile and Peru voted no. On the second text, Ghana abstained.",
                "The UN Human Rights Council voted twice. One text was adopted 30-5-12; another passed 22-14-11. "
                        + "In the former vote, Chile and Peru were against. As for the latter, Ghana abstained.",
                "The UN General Assembly adopted a text on aid by 140 votes to 6, with 20 abstentions, and one on an inquiry by 99 "
                        + "votes to 30, with 44 abstentions. On the first resolution, Chile and Peru voted no. On the second one, Ghana abstained.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("no", events.get(0).positions().get("CHL"), text + " " + events);
            assertEquals(null, events.get(1).positions().get("CHL"), text + " " + events);
        }
    }

    /** "the sole votes against came from A, B and C": a side named by its states, not a count of one. */
    @Test
    void theSoleVotesOfASideAreNoCountOfOne() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 160-3-9. The sole votes against came from Chile, Peru and Ghana.", "3", "PER"},
                {"The UN Human Rights Council adopted the text 40-2-5; the lone votes against were from Cuba and Eritrea.", "2", "ERI"},
                {"The UN Security Council adopted the text 14-0-1. The lone abstention came from Malta.", "0", "MLT"}}) {
            List<VoteEvent> events = read("2024-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(Integer.valueOf(c[1]), events.get(0).counts().no(), c[0]);
            assertTrue(events.get(0).positions().containsKey(c[2]), c[0] + " " + events);
        }
    }

    /** An amendment that "fails" is an amendment's vote, in the present tense of a live blog too. */
    @Test
    void anAmendmentThatFails() {
        for (String text : List.of("The UN Security Council took up the text. The Russian amendment fails: 3 in favour, 9 against, 3 abstentions.",
                "At the UN General Assembly an amendment by Iran fails 20-90.",
                "In the UN Human Rights Council, the Chinese amendment fails, with 15 votes for it.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(List.of("amendment"), events.stream().map(VoteEvent::kind).toList(), text);
            assertEquals("rejected", events.get(0).outcome(), text);
        }
    }

    /** A stance a state declined or refused is none: "declined to vote in favour and abstained" is an abstention. */
    @Test
    void aStanceDeclinedIsNone() {
        for (String[] c : new String[][] {
                {"The UN Security Council adopted the text 12-0-3. Brazil declined to vote in favour.", "BRA", null},
                {"The UN General Assembly adopted the text 140-6-30, with Japan refusing to back it and abstaining.", "JPN", "abstain"},
                {"The UN Human Rights Council adopted the text 27-8-12; Qatar declined to support the draft and abstained.", "QAT", "abstain"}}) {
            VoteEvent e = read("2031-05-02", c[0]).get(0);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
        }
    }

    /** "his country rejected the text" after a vote is a delegate's stance, never a second vote that failed. */
    @Test
    void aDelegationRejectingATextIsNoRejection() {
        for (String text : List.of(
                "The UN General Assembly adopted the text 150-6. Chile's envoy said after the vote that his country rejected the text's premise.",
                "The UN Security Council adopted the text 13-0-2. After the vote, the minister of Peru said that we rejected the draft's tone.",
                "The UN Human Rights Council adopted the text 30-7-10. Its envoy told reporters the country rejected the resolution's language.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals("adopted", events.get(0).outcome(), text);
        }
    }

    /** A short relative clause on a named state gives that state's stance on this vote, not one it tells of another. */
    @Test
    void aRelativeClauseGivesTheStateItFollowsItsStance() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 130-9-41. Kenya, which abstained, called it unbalanced.", "KEN", "abstain"},
                {"The UN Security Council adopted the text 13-0-2. France, who voted in favour in the end, asked for more.", "FRA", "yes"},
                {"The UN Human Rights Council adopted the text 25-10-12, over the objections of Cuba, which voted against.", "CUB", "no"}}) {
            assertOneVote(c[0], "adopted", Map.of(c[1], c[2]));
        }
        // a clause about another vote: a past one, or followed by the state's stance this time
        for (String other : List.of("The UN General Assembly adopted the text 130-9-41. Laos, which voted no in May, abstained this time.",
                "The UN General Assembly adopted the text 130-9-41. Chile, which had voted against a similar text in 2020, spoke first.")) {
            assertTrue(read("2031-05-02", other).stream().noneMatch(e -> "no".equals(e.positions().get("LAO")) || e.positions().containsKey("CHL")), other);
        }
    }

    /** Texts counted one after another ("the first passed 150-5, the second 120-40 ..."): a vote each, the verb carried over. */
    @Test
    void textsCountedInTurnAreAVoteEach() {
        for (String[] c : new String[][] {
                {"The UN General Assembly took up four texts; the first passed 171-3, the second 99-50 and the third 88-61.", "171/3 99/50 88/61"},
                {"The UN Security Council adopted two texts on Libya, the first 13-0 and the second 12-0-3.", "13/0 12/0"},
                {"The UN General Assembly approved the draft on Tuvalu 140-9, the other 101-38, and turned down an amendment 30-100.", "140/9 101/38 30/100"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            List<String> tallies = events.stream().map(e -> e.counts().yes() + "/" + e.counts().no()).toList();
            assertEquals(List.of(c[1].split(" ")), tallies, c[0]);
            assertTrue(events.stream().filter(e -> e.kind().equals("resolution")).allMatch(e -> "adopted".equals(e.outcome())), c[0] + " " + events);
        }
    }

    /**
     * A veto said as a noun with its state ("a Chinese veto", "a US veto"), as a power used or with "vetoes" as a
     * verb: who vetoed, and that it fell; a veto in prospect or counted as history ("repeated vetoes") is none.
     */
    @Test
    void aVetoSaidOfItsState() {
        for (String[] c : new String[][] {
                {"The UN Security Council text on the famine was sunk by a Chinese veto.", "CHN"},
                {"A French veto ended the UN Security Council draft on Monday.", "FRA"},
                {"The UN Security Council draft fell to a US veto on Friday, although 12 members had backed it.", "USA"},
                {"The UN Security Council measure failed after Britain exercised its veto power.", "GBR"},
                {"The UN Security Council could not pass the draft after Russia wielded its veto.", "RUS"},
                {"Britain vetoes the UN Security Council draft on the blockade.", "GBR"},
                {"China vetoes a UN Security Council resolution on the strait.", "CHN"},
                {"The US vetoes this UN Security Council text, its envoy says.", "USA"}}) {
            assertOneVote(c[0], "vetoed", Map.of(c[1], "no"));
        }
        for (String prospect : List.of("Diplomats said the UN Security Council draft faced a threatened Russian veto.",
                "The UN Security Council text will face a likely US veto next week.",
                "The UN Security Council vote was put off over the American veto threat.",
                "The UN Security Council vote may force Britain into wielding its veto for the first time in decades.",
                "The UN General Assembly on Monday demanded a truce. The Security Council has been stuck because of repeated vetoes.",
                "The UN General Assembly adopted the text 130-8. Such Security Council vetoes now trigger an Assembly debate.",
                "The UN General Assembly adopted the text 130-8. Washington vetoes Security Council resolutions on the region often.")) {
            assertTrue(read("2031-05-02", prospect).stream().noneMatch(e -> "vetoed".equals(e.outcome())), prospect);
        }
    }

    /** The article tells one vote, with this outcome and these positions. */
    private void assertOneVote(String article, String outcome, Map<String, String> positions) {
        List<VoteEvent> events = read("2031-05-02", article);
        assertEquals(1, events.size(), article + " " + events);
        assertEquals(outcome, events.get(0).outcome(), article);
        assertEquals(positions, events.get(0).positions(), article);
    }

    @Test
    void severalTextsAtOnceAreNoVote() {
        for (String aggregate : List.of("Last year the Assembly had already passed two similar resolutions.",
                "The council has adopted several resolutions on the region since 2015.",
                "Russia has vetoed four drafts on the matter.")) {
            assertTrue(read("2031-05-02", "The UN General Assembly met on Friday. " + aggregate).isEmpty(), aggregate);
        }
    }

    @Test
    void aDateARecalledEventCarriesIsNotTheVotes() {
        for (String event : List.of("The fighting began on March 3, 2029.", "The talks collapsed on 12 June 2030.",
                "Its mandate dates from 4 January 2020.")) {
            List<VoteEvent> events = read(null, "The UN General Assembly on Friday adopted a resolution on the ceasefire by 120 votes to 9. "
                    + "Most delegations welcomed it. " + event);
            assertEquals(null, events.get(0).date(), event);
        }
    }

    @Test
    void aCountWithinAGroupIsNoTotalOfTheVote() {
        for (String group : List.of("Among the ten ASEAN members, only four abstained: Laos, Brunei, Cambodia and Thailand.",
                "Among the 27 EU states, two abstained: Hungary and Slovakia.",
                "Among its African members, three abstained: Mali, Niger and Chad.",
                "Of the region's 33 states, only 21 voted for it and six abstained, Peru and Chile among them.",
                "Of its 27 member countries, 20 backed the text, while Hungary and Slovakia abstained.",
                "Of the twelve Arab states on the list, nine voted yes; Libya and Iraq abstained.")) {
            List<VoteEvent> events = read("2024-05-10", "The UN General Assembly adopted the text by 120 votes to 5, with 40 abstentions. " + group);
            assertEquals(1, events.size(), events.toString());
            assertEquals(new Counts(120, 5, 40), events.get(0).counts());
            assertTrue(events.get(0).positions().values().stream().allMatch("abstain"::equals), events.toString());
            assertTrue(events.get(0).positions().size() >= 2, events.toString());
        }
    }

    /** "Of the 35 members of the board, 20 voted yes": the seats of the body that voted, so the vote's own counts. */
    @Test
    void theMembersOfTheBodyThatVotedAreNoGroupWithinIt() {
        assertEquals(new Counts(20, 3, 10), only("2024-05-10", "The IAEA board of governors adopted the text on Tuesday. "
                + "Of the board's 35 members, 20 voted in favour, three opposed and ten abstained.").counts());
        assertEquals(new Counts(13, 0, 2), only("2024-05-10", "The UN Security Council adopted the text on Monday. "
                + "Of the 15 members, 13 voted in favour and two abstained.").counts());
        assertEquals(new Counts(30, 9, 8), only("2024-05-10", "The Human Rights Council passed the resolution on Friday. "
                + "Of the 47 seated members of the council, 30 voted for it, nine against and eight abstained.").counts());
    }

    /** A parliament's vote goes on in the sentences after it until a UN body is named again. */
    @Test
    void aParliamentsVoteIsNoUnVoteInTheSentencesAfterItEither() {
        List<VoteEvent> events = read("2024-05-10", "The Knesset voted on Monday to cut ties with the UN agency. "
                + "The bill passed by 92 votes to 10. The UN General Assembly later adopted a text by 140 votes to 9.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(new Counts(140, 9, null), events.get(0).counts());
        assertEquals(List.of(), read("2024-05-10", "Lawmakers in the national parliament approved the motion on UN funding. "
                + "It was carried 274-12 after a long debate."));
        assertEquals(List.of(), read("2024-05-10", "The European Parliament voted for a UN inquiry. "
                + "The text was adopted by 500 votes to 40, with 30 abstentions."));
    }

    /** An election's ballots are no vote on a text, in its own sentence or the ones after it, until a text is named. */
    @Test
    void anElectionsBallotsAreNoVoteOnAText() {
        assertEquals(List.of(), read("2024-10-10", "The UN General Assembly elected 15 members of the rights council. "
                + "Peru lost its bid, trailing Chile by two votes (120-118)."));
        assertEquals(List.of(), read("2024-10-10", "In the race for two vacant seats at the UN Security Council, Kenya "
                + "won 150 votes and Nepal 120. The other candidate received 30 votes."));
        List<VoteEvent> afterwards = read("2024-10-10", "The UN Security Council held a straw poll on the candidates; one "
                + "got 13 votes. Later the council adopted a resolution on Haiti by 12 votes to 0, with 3 abstentions.");
        assertEquals(1, afterwards.size(), afterwards.toString());
        assertEquals(new Counts(12, 0, 3), afterwards.get(0).counts());
    }

    /** "On February 24" in an article without a publication date: the day and month are kept, the year is unknown. */
    @Test
    void aDayWithoutAYearIsKeptAsTheDayAndMonth() {
        String text = "On February 24, the war resolution passed the UN General Assembly by 93 votes to 18, with 65 abstentions.";
        VoteEvent undated = read(null, text).get(0);
        assertEquals(null, undated.date());
        assertEquals("--02-24", undated.monthDay());
        VoteEvent dated = read("2025-02-25", text).get(0);
        assertEquals("2025-02-24", dated.date());
        assertEquals(null, dated.monthDay());
    }

    /** In an undated article a day without its year names the vote's day only: it does not part one vote in two. */
    @Test
    void aDayWithoutAYearPartsNoVotes() {
        for (String[] c : new String[][] {
                {"The UN Human Rights Council set up an inquiry into the crackdown that began on March 3. In a vote on May 9, the text won 20 votes to 9, with 12 abstentions.", "--05-09"},
                {"A UN General Assembly text about the floods of 14 August was approved. It passed on 2 October by 120 votes to 4.", "--10-02"},
                {"On 1 June the UN Security Council met on the truce signed on 20 April. The council adopted the text 13-0, with two abstentions.", "--06-01"}}) {
            List<VoteEvent> events = read(null, c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertTrue(events.get(0).counts().yes() != null, c[0]);
            assertEquals(c[1], events.get(0).monthDay(), c[0]);
        }
    }

    /** A way of adopting set against what happened ("unlike approval by consensus") is no adoption of its own. */
    @Test
    void aConsensusSetAgainstTheVoteIsNoVote() {
        for (String text : List.of(
                "The UN General Assembly adopted the text 120-2-30 on Friday. Unlike approval by consensus, a recorded vote makes every state show its hand.",
                "The UN Human Rights Council adopted the draft 25-8-14. Cuba called the vote, instead of adoption by consensus as the sponsors wished.",
                "The UN General Assembly passed the resolution by 99 votes to 12. Chile's request blocked adoption without a vote.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
        }
        assertEquals(2, read("2031-05-02", "The UN General Assembly adopted one text 120-2-30. It then adopted a second text by consensus.").size());
    }

    /** A relative clause with a clause break of its own ("..., whose envoy was dismissed but who kept the seat,") is one aside. */
    @Test
    void aRelativeClauseWithItsOwnBreakIsOneAside() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 120-2-30. Peru, whose envoy was dismissed in May but who still holds the seat, voted in favour.", "PER", "yes"},
                {"The UN General Assembly adopted the text 120-2-30. Chile, which drafted a rival text but withdrew it, abstained.", "CHL", "abstain"},
                {"The UN General Assembly adopted the text 120-2-30. Nepal, which had hoped for talks but saw none, voted against.", "NPL", "no"},
                {"The UN General Assembly adopted the text 120-2-30. Kenya, represented by envoy Ana Ruiz, recalled after the June coup but who keeps her post, voted in favour of the text.", "KEN", "yes"}}) {
            assertOneVote(c[0], "adopted", Map.of(c[1], c[2]));
        }
    }

    /** "Four UN Security Council members, including A and B, abstained": the body's name before its members. */
    @Test
    void aCountOfTheBodysMembersNamedInFull() {
        for (String[] c : new String[][] {
                {"The UN Security Council adopted the text. Four UN Security Council members, including Japan and Malta, abstained.", "abstain", "4"},
                {"The UN Human Rights Council adopted the text. Twelve Human Rights Council members voted against, among them Cuba.", "no", "12"},
                {"The UN Security Council adopted the text. Ten of the 15 UN Security Council members had backed it.", "yes", "10"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            Counts n = events.get(0).counts();
            assertEquals(Integer.valueOf(c[2]), switch (c[1]) { case "yes" -> n.yes(); case "no" -> n.no(); default -> n.abstain(); }, c[0]);
        }
    }

    /** "Earlier in the day" is the same day: a vote told after it is no recalled one, and the counts that follow are its. */
    @Test
    void earlierInTheDayIsTheSameDay() {
        for (String text : List.of(
                "The UN Security Council rejected a French draft 3-8-4 on Monday. Earlier in the day, the United States used its veto to block a rival text. Ten members voted in favour, two were against and three abstained.",
                "The UN Security Council adopted a text on Haiti 13-0-2 on Friday. Earlier in the session, China vetoed a draft on Mali. It had drawn 12 votes in favour, with one against and two abstentions.",
                "The UN Security Council rejected the Peruvian draft on Tuesday by 4 votes to 6. Earlier in the morning Russia vetoed a British text, which 11 members voted for, one against and three abstained.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(2, events.size(), text + " " + events);
            VoteEvent veto = events.get(1);
            assertEquals("vetoed", veto.outcome(), text);
            assertTrue(veto.counts().yes() != null && veto.counts().yes() >= 10, text + " " + veto);
            assertEquals("2031-05-02".substring(0, 4), veto.date() == null ? "2031" : veto.date().substring(0, 4), text);
        }
    }

    /** A title-case headline saying what the text does ("Council Establishes Panel") tells its adoption and its body. */
    @Test
    void aHeadlineInTitleCaseTellsTheAdoptionAndTheBody() {
        for (String[] c : new String[][] {
                {"UN Human Rights Council Establishes Panel on Chad", "The final vote was 25 in favour, 12 against and 10 abstentions.", "HRC"},
                {"UN Rights Council Sets Up Inquiry into Killings in Laos", "The vote was 24 in favor, 14 opposed, and 9 abstentions.", "HRC"},
                {"Security Council Authorizes Mission to Haiti", "The vote was 13 in favour, with two abstentions.", "SC"}}) {
            List<VoteEvent> events = reader.read(new Article(Article.VERSION, "h", null, "2031-05-02", c[0], c[1], Instant.EPOCH));
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals("adopted", events.get(0).outcome(), c[0]);
            assertEquals(c[2], events.get(0).body(), c[0]);
        }
        List<VoteEvent> none = reader.read(new Article(Article.VERSION, "h", null, "2031-05-02", "UN Council Creates Fund, Says Minister",
                "The minister said 24 votes in favour would be needed.", Instant.EPOCH));
        assertTrue(none.isEmpty(), none.toString());
    }

    /** A headline repeated under a dateline is no vote of its own, and a vote "yesterday" is the dateline's article's vote. */
    @Test
    void aHeadlineRepeatedUnderADatelineIsTheOneVote() {
        for (String[] c : new String[][] {
                {"2031-12-19", "Big Day at the UN: Text on Mines Passes by 120 Votes", "Friday, 19 December 2031\n\nBig Day at the UN: Text on Mines Passes by 120 Votes\n\n"
                        + "Yesterday, the UN General Assembly adopted the text on mines by a vote of 120 in favour, 40 against and 20 abstentions.", "2031-12-18"},
                {"2031-12-15", "Assembly Backs Fishing Accord, 150-3", "Monday, 15 December 2031\n\nAssembly Backs Fishing Accord, 150-3\n\n"
                        + "On Saturday the UN General Assembly adopted the fishing accord by 150 votes to 3.", "2031-12-13"},
                {"2031-03-04", "Council Renews Panel With 13 Votes", "4 March 2031\n\nCouncil Renews Panel With 13 Votes\n\n"
                        + "Yesterday the UN Security Council voted 13-0-2 to renew the panel.", "2031-03-03"}}) {
            List<VoteEvent> events = reader.read(new Article(Article.VERSION, "h", null, c[0], c[1], c[2], Instant.EPOCH));
            assertEquals(1, events.size(), c[1] + " " + events);
            assertEquals(c[3], events.get(0).date(), c[1]);
        }
    }

    /** States backing or opposing a motion, with no count, outcome or word of voting, are a debate, not a vote. */
    @Test
    void supportInADebateIsNoVote() {
        for (String text : List.of(
                "The UN Human Rights Council will vote next month on the proposal. It split members, with Cuba, Chad and Laos supporting Togo's motion while Norway warned against it.",
                "The UN General Assembly debated the plan on Monday. Chile and Ghana supported the draft, while Peru opposed it.",
                "The UN Security Council met on the crisis. Britain and France backed the French proposal; China objected to its wording.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertTrue(events.isEmpty(), text + " " + events);
        }
        List<VoteEvent> vote = read("2031-05-02", "The UN General Assembly debated the plan on Monday. Chile and Ghana voted for the draft, while Peru voted against it.");
        assertEquals(Map.of("CHL", "yes", "GHA", "yes", "PER", "no"), vote.get(0).positions());
    }

    /** A state named in what the voters said ("states voting against it said Peru had rushed it") is no voter. */
    @Test
    void aStateInWhatTheVotersSaidIsNoVoter() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 80-5-70. Several states that abstained or opposed the text argued that Peru had rushed a political quarrel into court.", "PER"},
                {"The UN General Assembly adopted the text 120-9-30. Several states voting against the draft said Chile had pushed it through too fast.", "CHL"},
                {"The UN General Assembly adopted the text 120-9-30. Those voting in favour argued that Kenya deserved the support of the world.", "KEN"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertTrue(!events.get(0).positions().containsKey(c[1]), c[0] + " " + events);
        }
        assertOneVote("The UN General Assembly adopted the text 120-9-30. Voting against were Peru and Chile, which said the text was unfair.",
                "adopted", Map.of("PER", "no", "CHL", "no"));
    }

    /** "passed overwhelmingly", "the draft fell", "sailed through ... 150-4-20": an outcome and its tally in words the reader did not know. */
    @Test
    void outcomesInLooserWords() {
        for (String[] c : new String[][] {
                {"The UN General Assembly resolution passed overwhelmingly, 158-1-12, with only Chile in opposition.", "adopted", "158"},
                {"The UN General Assembly text passed overwhelmingly on Friday, by 140 votes to 3.", "adopted", "140"},
                {"The text sailed through the UN General Assembly 150-4-20 on Tuesday.", "adopted", "150"},
                {"The measure sailed through the UN Human Rights Council 30-10-7.", "adopted", "30"},
                {"The UN General Assembly draft fell on Friday, with 60 votes in favour and 70 against.", "rejected", "60"},
                {"Ten members of the UN Security Council backed the text, but it fell after China and Russia voted no.", "vetoed", "10"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(c[1], events.get(0).outcome(), c[0]);
            assertEquals(Integer.valueOf(c[2]), events.get(0).counts().yes(), c[0]);
        }
        for (String other : List.of("The UN General Assembly adopted the text 120-3. Support for the text fell to 120 votes from 140.",
                "The UN General Assembly adopted the text 120-3. The plea fell on deaf ears.")) {
            assertEquals("adopted", read("2031-05-02", other).get(0).outcome(), other);
        }
    }

    /** 'cast "no" votes', "cast a 'no' vote": a side in quotation marks. */
    @Test
    void aQuotedSideCast() {
        for (String[] c : new String[][] {
                {"Both Chile and Peru cast \"no\" votes as the UN General Assembly approved the resolution 165-2.", "CHL PER"},
                {"Kenya cast a 'no' vote as the UN General Assembly adopted the text 120-1.", "KEN"},
                {"Nepal and Fiji cast “no” votes, but the UN General Assembly adopted the text 120-2.", "NPL FJI"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            for (String iso : c[1].split(" ")) {
                assertEquals("no", events.get(0).positions().get(iso), c[0] + " " + events);
            }
        }
    }

    /** A summary line's capitalised "Resolution adopted." and a text that "got through" the body are adoptions. */
    @Test
    void aSummaryLineAndATextThatGotThrough() {
        for (String text : List.of("UNGA: 143 in favour, 9 against, 25 abstentions. Resolution adopted.",
                "UN Human Rights Council, Friday: 30 yes, 10 no, 7 abstaining. Draft approved.",
                "The measure got through the UN Security Council with nine votes, as five members abstained and one voted against.",
                "The draft squeaked through the UN Human Rights Council 24-22 on Friday.",
                "The text scraped through the UN General Assembly with 80 votes to 75.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals("adopted", events.get(0).outcome(), text);
        }
        List<VoteEvent> convoy = read("2031-05-02", "The UN Security Council adopted the text 15-0. The convoy got through the checkpoint on Friday.");
        assertEquals(1, convoy.size(), convoy.toString());
    }

    /** "failed to get the majority needed, with 88 in favour": the tally after ", with" is what the text got, no requirement. */
    @Test
    void theTallyAfterWhatWasNeededIsTheVotes() {
        for (String text : List.of(
                "The UN General Assembly amendment failed to get the two-thirds majority needed, with 88 in favour, 55 against and 23 abstentions.",
                "The UN General Assembly draft lacked the majority required, with 70 in favour and 75 against.",
                "The UN Human Rights Council motion fell short of the votes needed, with 20 in favour and 22 against.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertTrue(events.get(0).counts().yes() != null && events.get(0).counts().no() != null, text + " " + events);
        }
        List<VoteEvent> needed = read("2031-05-02", "The UN General Assembly adopted the text 120-3. A later draft needs, at the least, 97 votes in favour.");
        assertEquals(1, needed.size(), needed.toString());
    }

    /** More votes than the Assembly has members is no UN vote ("the UN staff union voted 300-20"). */
    @Test
    void moreVotesThanTheAssemblyHasMembersIsNoUnVote() {
        for (String text : List.of("Members of the UN staff union voted 300-20 to strike on Monday.",
                "At a UN youth forum, delegates voted 450-30 for the declaration.",
                "In a model UN General Assembly, 250 delegations voted for the text and 40 against it.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertTrue(events.isEmpty(), text + " " + events);
        }
        assertEquals(1, read("2031-05-02", "The UN General Assembly adopted the text with 190 votes in favour and 3 against.").size());
    }

    /** "with no abstentions" counts none, as "none opposed" does. */
    @Test
    void noAbstentionsCountsNone() {
        for (String text : List.of("The UN General Assembly adopted the resolution by a recorded vote of 180 in favour to 2 against, with no abstentions.",
                "The UN Security Council adopted the text 15-0, with no abstentions.",
                "The UN Human Rights Council passed it with 40 votes, 7 against and zero abstentions.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals(Integer.valueOf(0), events.get(0).counts().abstain(), text);
        }
    }

    /** A recurring vote compared with its earlier tallies ("up from 165 last year and 160 in 2021"): an earlier vote each. */
    @Test
    void earlierTalliesOfARecurringVoteAreEarlierVotes() {
        for (String[] c : new String[][] {
                {"The UN General Assembly voted 170-2 on Thursday to condemn the blockade. Support rose from 165 a year ago and 160 in 2021, and matched the 2019 tally of 170.", "yes", "165 160 170"},
                {"The UN General Assembly adopted the text 150-10-20. Support was down from 160 a year earlier.", "yes", "160"},
                {"The UN General Assembly adopted the text 150-10-20. The number of votes against rose from 4 in 2020.", "no", "4"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            List<String> earlier = events.subList(1, events.size()).stream()
                    .map(e -> String.valueOf(c[1].equals("yes") ? e.counts().yes() : e.counts().no())).toList();
            assertEquals(List.of(c[2].split(" ")), earlier, c[0] + " " + events);
            assertTrue(events.subList(1, events.size()).stream().allMatch(e -> e.date() == null && e.outcome() == null), c[0]);
        }
        for (String other : List.of("The UN General Assembly adopted the text 150-10-20. Turnout was up from 40 last year.",
                "The UN General Assembly adopted the text 150-10-20. Aid to the island rose from 100 in 2020.")) {
            assertEquals(1, read("2031-05-02", other).size(), other);
        }
    }

    /** A treaty voted at a UN conference is the conference's (OTHER), even where the article mentions the Assembly elsewhere. */
    @Test
    void aTreatyVotedAtAConferenceIsTheConferences() {
        for (String text : List.of(
                "A United Nations conference on Friday adopted the treaty banning landmines by 122 votes to one, with one abstention.",
                "Scores of states on Tuesday endorsed a new treaty on drones at a United Nations meeting, by 104 votes to 2. The treaty opens for signature during the annual General Assembly.",
                "The diplomatic conference in Rome adopted the statute of the court by 120 votes to 7, with 21 abstentions, under UN auspices.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals("OTHER", events.get(0).body(), text);
            assertEquals("adopted", events.get(0).outcome(), text);
        }
    }

    /** "In December 2016, the Assembly had adopted ...": a flashback is another vote, and the tally right after it is that vote's. */
    @Test
    void aFlashbackToAMonthOfAnEarlierYearIsAnotherVote() {
        for (String[] c : new String[][] {
                {"2031-05-02", "The UN Security Council adopted a text on Haiti 13-0-2 on Friday. In October 2029, the UN General Assembly had passed a text on the island's debt. It drew 118 votes in favour, 31 against and 9 abstentions."},
                {null, "The UN Security Council adopted a text on Haiti 13-0-2 on Friday. In March 2020, the UN General Assembly had passed a text on the island's ports. It drew 120 votes in favour and 30 against."},
                {"2031-05-02", "The UN Human Rights Council adopted the text 25-10-12. Back in 2024, the UN General Assembly had passed a similar text. It got 120 votes."}}) {
            List<VoteEvent> events = reader.read(new Article(Article.VERSION, "f", null, c[0], null, c[1], Instant.EPOCH));
            assertEquals(2, events.size(), c[1] + " " + events);
            assertEquals("GA", events.get(1).body(), c[1]);
            assertTrue(events.get(1).counts().yes() != null && events.get(1).counts().yes() >= 113, c[1] + " " + events);
            assertEquals(null, events.get(1).date(), c[1]);
        }
    }

    /** "A was among the five that boycotted the vote. The others were B, C and D.": the others share A's stance. */
    @Test
    void theOthersOfAGroupShareItsStance() {
        assertOneVote("The UN General Assembly adopted the text 120-5-30. Kenya was among the five countries that boycotted the vote. The others were Peru, Chile, Ghana and Nepal.",
                "adopted", Map.of("KEN", "absent", "PER", "absent", "CHL", "absent", "GHA", "absent", "NPL", "absent"));
        assertOneVote("The UN General Assembly adopted the text 120-5-30. Chile was among the five states that voted against. The other four were Peru, Cuba, Laos and Nepal.",
                "adopted", Map.of("CHL", "no", "PER", "no", "CUB", "no", "LAO", "no", "NPL", "no"));
        assertOneVote("The UN General Assembly adopted the text 120-5-30. Togo was one of three abstaining states. The others included Fiji and Oman.",
                "adopted", Map.of("TGO", "abstain", "FJI", "abstain", "OMN", "abstain"));
        assertOneVote("The UN General Assembly adopted the text 120-5-30. Peru voted against. The others were absent from the debate.",
                "adopted", Map.of("PER", "no"));
    }

    /** A delegation that walked out before the vote was absent; one that walked out of a speech says nothing of the vote. */
    @Test
    void aWalkOutBeforeTheVoteIsAnAbsence() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 76-35-17. Peru walked out of the hall before the vote.", "PER"},
                {"The UN Security Council adopted the text 13-0-1. Russia walked out of the vote in protest.", "RUS"},
                {"In 1971 the UN General Assembly adopted the text 76-35-17; the Republic of China walked out before the vote.", "TWN"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(Map.of(c[1], "absent"), events.get(0).positions(), c[0]);
        }
        // (Taiwan has sat in no UN body since 1971)
        for (String other : List.of("The UN General Assembly adopted the text 120-5-17. The US envoy walked out of a speech by the Iranian president.",
                "The UN General Assembly adopted the text 120-5-17. Taiwan voted against, its envoy said.")) {
            assertEquals(Map.of(), read("2024-05-02", other).get(0).positions(), other);
        }
    }

    /** An amendment's tally told "N votes in favour to M against" before the text's in one sentence: two votes. */
    @Test
    void anAmendmentsTallyInFullWordsBeforeTheTexts() {
        for (String[] c : new String[][] {
                {"The UN General Assembly first voted on an amendment proposed by Peru, which was rejected by 20 votes in favour to 90 against; it then adopted the resolution as a whole by 130 votes to 10.", "130"},
                {"The UN Human Rights Council rejected the first amendment by 15 votes in favour to 25 against, and then adopted the text by 30 votes in favour to 10 against.", "30"},
                {"The UN General Assembly turned down an oral amendment, 40 votes in favour to 70 against, before adopting the draft 110-12.", "110"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(List.of("amendment", "resolution"), events.stream().map(VoteEvent::kind).toList(), c[0] + " " + events);
            assertEquals(Integer.valueOf(c[1]), events.get(1).counts().yes(), c[0]);
            assertEquals("adopted", events.get(1).outcome(), c[0]);
        }
    }

    /** "A and B voted to keep the embargo in place": a stance on the policy, a no where the text lifts it, a yes where it keeps it. */
    @Test
    void votingToKeepAPolicyIsAStanceOnTheText() {
        assertOneVote("The UN Security Council voted 13-2 to lift the arms embargo on Somalia. France and Britain voted to keep the embargo in place.",
                "adopted", Map.of("FRA", "no", "GBR", "no"));
        assertOneVote("The UN General Assembly adopted a text ending the sanctions on Chad 120-12. Peru and Chile voted to maintain the sanctions.",
                "adopted", Map.of("PER", "no", "CHL", "no"));
        assertOneVote("The UN Human Rights Council voted 25-15 to end the inquiry into Laos. Germany and Japan voted to keep the inquiry going.",
                "adopted", Map.of("DEU", "no", "JPN", "no"));
        assertOneVote("The UN General Assembly voted 120-12 to extend the sanctions on Chad. Peru voted to keep the sanctions.",
                "adopted", Map.of("PER", "yes"));
    }

    /** "Russia uses veto to block ..." in a headline: the state's no (and, with the count, the veto); the body the headline names. */
    @Test
    void aVetoUsedInThePresentTense() {
        for (String[] c : new String[][] {
                {"Russia uses veto to block UN Security Council resolution on Mali", "Russia on Wednesday blocked the text. Thirteen members voted in favour, while China abstained.", "RUS"},
                {"China and Russia use their vetoes on Syria text", "The draft got 12 votes in the Security Council.", "CHN RUS"},
                {"US wields veto on UN Security Council truce text", "The draft drew 14 votes.", "USA"}}) {
            List<VoteEvent> events = reader.read(new Article(Article.VERSION, "h", null, "2031-05-02", c[0], c[1], Instant.EPOCH));
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals("SC", events.get(0).body(), c[0]);
            assertEquals("vetoed", events.get(0).outcome(), c[0]);
            for (String iso : c[2].split(" ")) {
                assertEquals("no", events.get(0).positions().get(iso), c[0] + " " + events);
            }
        }
        for (String other : List.of("The UN General Assembly adopted a text under which it meets whenever any of the council's five permanent members uses its veto.",
                "The UN General Assembly adopted the text 120-9. Diplomats said Russia is ready to use its veto on a council draft.")) {
            assertTrue(read("2031-05-02", other).stream().noneMatch(e -> "vetoed".equals(e.outcome()) || e.positions().containsValue("no")), other);
        }
    }

    /** ", and last week Paris vetoed a Peruvian text": a trailing clause with its own time and vote verb is another vote. */
    @Test
    void aTrailingClauseWithItsOwnTimeIsAnotherVote() {
        for (String[] c : new String[][] {
                {"The UN Security Council rejected the draft 4-2-9 on Wednesday. On Monday a Chilean draft won only six votes, and last week Paris vetoed a Peruvian text.", "FRA"},
                {"The UN Security Council adopted the text 13-0-2, and last week Russia blocked a rival draft with its veto.", "RUS"},
                {"The UN Security Council adopted the text 14-0-1, while a week earlier China vetoed a similar draft.", "CHN"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            VoteEvent veto = events.get(events.size() - 1);
            assertEquals("vetoed", veto.outcome(), c[0] + " " + events);
            assertEquals(Map.of(c[1], "no"), veto.positions(), c[0]);
            assertTrue(events.stream().filter(e -> e != veto).noneMatch(e -> "vetoed".equals(e.outcome())), c[0] + " " + events);
        }
    }

    /** A line linking to another story ("Related Story: U.S. Blocks ...") is the page's, not the article's. */
    @Test
    void aLinkToAnotherStoryIsNoVote() {
        for (String link : List.of("Related Story: U.S. Blocks Peru's Membership Bid at U.N.",
                "Read more: Security Council rejects Chilean proposal 4-11",
                ">> To read also on our site: Assembly adopts text on oceans by 150 votes")) {
            String text = "The UN General Assembly adopted the text 120-9-30 on Friday.\n" + link + "\nKenya abstained.";
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
        }
    }

    /** A day before the article's one counts as the article's vote only under a dateline of the publication day. */
    @Test
    void aCaptionsDayIsNoDatelineOfTheVote() {
        List<VoteEvent> events = read("2031-12-19", "NEW YORK - DECEMBER 17: The UN Security Council meets, December 17, 2031. On Monday, the UN Security Council "
                + "approved a resolution on Chad.\nThe UN Security Council approved a resolution Friday demanding an end to the siege. It passed with 14 votes.");
        assertEquals(2, events.size(), events.toString());
        assertEquals("2031-12-15", events.get(0).date(), events.toString());
        assertEquals(Integer.valueOf(14), events.get(1).counts().yes(), events.toString());
    }

    /** "The resolution on Iran passed": a state after a preposition is the text's topic, not the subject that passed it. */
    @Test
    void aStateAfterAPrepositionIsTheTextsTopic() {
        for (String text : List.of("The resolution on Laos passed the UN Human Rights Council narrowly, 25 to 6 with 16 abstentions.",
                "A text against Chile passed the UN General Assembly 150-9 on Friday.",
                "The draft about Peru passed the UN General Assembly by 99 votes to 40.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals("adopted", events.get(0).outcome(), text);
        }
        assertEquals(Map.of("RUS", "no"), read("2031-05-02", "Russia rejected the UN General Assembly text, which passed 141-5.").get(0).positions());
    }

    /** "cast its 17th veto", "used its fourth veto": a veto counted among a state's is still this vote's. */
    @Test
    void aVetoCountedAmongTheStatesOwn() {
        for (String[] c : new String[][] {
                {"Russia cast its 17th veto on Syria since 2011, blocking a UN Security Council text on aid that 13 members supported; China abstained.", "RUS"},
                {"The US used its fourth veto of the war on Friday to block a UN Security Council ceasefire text.", "USA"},
                {"China cast its eleventh veto at the UN Security Council, killing the draft that 13 members backed.", "CHN"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals("vetoed", events.get(0).outcome(), c[0]);
            assertEquals("no", events.get(0).positions().get(c[1]), c[0] + " " + events);
        }
    }

    /** "unanimously adopted, with all 15 members voting in favour": no votes against and no abstentions either. */
    @Test
    void aUnanimousVoteWithItsCountHasNoOtherSides() {
        for (String text : List.of("The UN Security Council unanimously adopted resolution 2720 on Friday, with all 15 members voting in favour.",
                "The UN Human Rights Council unanimously adopted the text with 47 votes in favour.",
                "Voting unanimously, the UN Security Council passed the measure with 15 votes in favour.")) {
            List<VoteEvent> events = read("2031-05-02", text);
            assertEquals(1, events.size(), text + " " + events);
            assertEquals(Integer.valueOf(0), events.get(0).counts().no(), text);
            assertEquals(Integer.valueOf(0), events.get(0).counts().abstain(), text);
        }
    }

    /** A result given as a label ("Result: Adopted. Yes: 121. No: 14.") in tables and live blogs. */
    @Test
    void aResultGivenAsALabel() {
        for (String[] c : new String[][] {
                {"UN General Assembly, emergency session. Result: Adopted. Yes: 121. No: 14. Abstentions: 44.", "adopted"},
                {"UN Human Rights Council, 9 May. Outcome: approved. In favour: 30. Against: 9.", "adopted"},
                {"UN General Assembly, 9 May. Result - rejected. In favour: 40. Against: 80.", "rejected"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(1, events.size(), c[0] + " " + events);
            assertEquals(c[1], events.get(0).outcome(), c[0]);
        }
    }

    /** Sponsors told after the vote, in a sentence of their own or a relative clause, are the text's (an amendment's are not). */
    @Test
    void sponsorsToldAfterTheVote() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 120-5-30. The text was co-sponsored by Chile and Peru.", "CHL PER"},
                {"The UN Security Council adopted the text 13-0-2. Malta, which drafted the text, welcomed it.", "MLT"},
                {"The UN General Assembly adopted the resolution 99-9-50. The draft was presented by Egypt on behalf of the Arab Group.", "EGY"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(List.of(c[1].split(" ")), events.get(0).sponsors(), c[0] + " " + events);
        }
        // a sponsor keeps its own stance
        VoteEvent own = read("2031-05-02", "The UN Security Council adopted the text 13-0-2. Malta, which drafted the text, abstained.").get(0);
        assertEquals(List.of("MLT"), own.sponsors());
        assertEquals(Map.of("MLT", "abstain"), own.positions());
        List<VoteEvent> amendment = read("2031-05-02", "The UN General Assembly adopted the draft 120-14-45. Before that, it considered an amendment put forward by Canada.");
        assertTrue(amendment.stream().noneMatch(e -> e.sponsors().contains("CAN") && e.kind().equals("resolution")), amendment.toString());
    }

    /** "N voted against it and there were M abstentions": the number after "there were" is its own noun's. */
    @Test
    void anExistentialClauseCountsItsOwnNoun() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text on Monday with 98 votes, while 31 states voted against it and there were 40 abstentions.", "98 31 40"},
                {"The amendment in the UN General Assembly won 64 votes; 70 countries opposed it and there were 19 abstentions.", "64 70 19"},
                {"At the UN Human Rights Council 25 members voted for the text, 9 voted against it, and there were 13 abstentions.", "25 9 13"}}) {
            VoteEvent event = only("2031-05-02", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.counts().abstain(), c[0]);
        }
    }

    /** "condemning the February 1 coup", "since March 3": a day that names another event is not the vote's. */
    @Test
    void aDayNamingAnotherEventIsNotTheVotes() {
        for (String[] c : new String[][] {
                {"On Friday the UN General Assembly approved a text that condemns the February 1 putsch, 101 to 3, with 29 abstentions.", "2031-05-02"},
                {"The UN Security Council adopted a text on the March 3 attacks by 13 votes to none on Friday.", "2031-05-02"},
                {"The UN General Assembly, silent on the matter since 9 April, adopted the text 99-10-40 on Friday.", "2031-05-02"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.date(), c[0]);
        }
        // the day of the vote itself, named the same way
        assertEquals("2031-04-28", read("2031-05-03", "The UN General Assembly adopted the text 99-10-40 in the April 28 vote.").get(0).date());
    }

    /** "Japan welcomed the text, adopted with 150 votes in favour": a counted side is no stance of the states before it. */
    @Test
    void aCountedSideGivesNoStanceToTheStatesBeforeIt() {
        for (String text : List.of("Japan welcomed the UN General Assembly resolution, adopted with 150 votes in favour.",
                "Kenya did not vote against the UN General Assembly text, which passed with 131 votes in favour and none against.",
                "Malta praised the UN Security Council text, passed with 12 votes in favour and three abstentions.")) {
            VoteEvent event = only("2031-05-02", text);
            assertEquals(Map.of(), event.positions(), text);
        }
        // the states it goes on to name take its side
        VoteEvent named = read("2031-05-02", "The UN General Assembly adopted the text with 99 votes, 40 abstaining, including Chile and Peru.").get(0);
        assertEquals(Map.of("CHL", "abstain", "PER", "abstain"), named.positions());
    }

    /** An amendment told with "was supported by", "got", "won" is an amendment's vote; "the main resolution" is the text's. */
    @Test
    void anAmendmentsVoteAndTheMainTextAfterIt() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the resolution 130-12-40 on Friday. The Mexican amendment, naming the group, was supported by 70 states, with 60 against. Peru voted against the main resolution.", "PER"},
                {"The UN General Assembly adopted the text 101-9-50. Chile's amendment got 60 votes, with 65 against. Fiji and Tonga opposed the resolution itself.", "FJI TON"},
                {"The UN General Assembly passed the draft 99-20-44. An amendment by Spain won 50 votes to 70. Kenya voted no on the underlying text.", "KEN"}}) {
            List<VoteEvent> events = read("2031-05-02", c[0]);
            assertEquals(2, events.size(), c[0] + " " + events);
            assertEquals(List.of("resolution", "amendment"), events.stream().map(VoteEvent::kind).toList(), c[0]);
            for (String iso : c[1].split(" ")) {
                assertEquals("no", events.get(0).positions().get(iso), c[0] + " " + events);
            }
            assertTrue(events.get(1).positions().isEmpty(), c[0] + " " + events);
        }
    }

    /** "it fell far short of a weapons ban": a text judged against what critics wanted, not a failed vote. */
    @Test
    void fallingShortOfWhatCriticsWantedIsNoRejection() {
        for (String text : List.of("The UN Security Council adopted the text 12-0-3. Campaigners praised it, though it fell far short of a weapons ban, they said.",
                "Rights groups welcomed the UN General Assembly text, adopted 120-12-30, but said it fell well short of a referral to the court.",
                "The UN Human Rights Council adopted the draft 25-7-15 on Friday; critics said it fell short of expectations.")) {
            VoteEvent event = only("2031-05-02", text);
            assertEquals("adopted", event.outcome(), text);
        }
        assertEquals("rejected", read("2031-05-02", "The UN General Assembly text fell short of a two-thirds majority, 80 to 50.").get(0).outcome());
    }

    /** "defeated on Monday by 21 votes to 16": the rejecting side first past a day; "voted Friday" dates the vote. */
    @Test
    void aDayBetweenTheVerbAndItsTally() {
        for (String[] c : new String[][] {
                {"The UN Human Rights Council motion was defeated on Monday by 21 votes to 16, with 10 abstentions.", "16 21 2031-04-28"},
                {"The UN General Assembly voted Wednesday to reject the motion by 60 votes to 40.", "40 60 2031-04-30"},
                {"The UN Human Rights Council defeated it Friday by 20 to 16.", "16 20 2031-05-02"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.date(), c[0]);
        }
    }

    /** A side in quotation marks: the "no" votes came from A, B and C; the ‘yes’ votes included D and E. */
    @Test
    void aQuotedSideNamesItsStates() {
        for (String[] c : new String[][] {
                {"The UN General Assembly passed the text 143-9-25. The \"no\" votes came from Peru, Fiji and Tonga.", "FJI:no PER:no TON:no"},
                {"The UN General Assembly adopted the text 99-3-40; its ‘no’ votes came from Laos, Chad and Peru.", "LAO:no PER:no TCD:no"},
                {"The UN Security Council adopted the text 13-0-2; the “yes” votes included Malta and Japan.", "JPN:yes MLT:yes"}}) {
            VoteEvent event = only("2031-05-02", c[0]);
            assertEquals(c[1], new java.util.TreeMap<>(event.positions()).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(" ")), c[0]);
        }
    }

    /** A vote named by its year ("the Assembly's 2012 decision", "the 2019 resolution") is an earlier vote. */
    @Test
    void aVoteNamedByItsYearIsAnEarlierOne() {
        for (String text : List.of("The UN Security Council vetoed the text on Friday. Officials recalled the UN General Assembly's 2012 decision on the issue, adopted by 131 votes to eight.",
                "The UN General Assembly adopted the text 120-4-30 on Friday. The 2019 resolution had passed 110-10-40.",
                "The UN Human Rights Council adopted the draft 28-9-10 on Friday; its 2027 text on the topic won 25 votes to 12.")) {
            List<VoteEvent> events = read("2031-05-03", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("2031-05-02", events.get(0).date(), text);
            assertNull(events.get(1).date(), text + " " + events);
        }
    }

    /** A filing day's mention of a veto and the vote told later with its own day are one vote, of that day. */
    @Test
    void aDatelinesMentionAndTheVoteToldWithItsDayAreOne() {
        for (String text : List.of("LIMA, May 3, 2031 (Andina) - The government condemned the Russian veto at the UN Security Council. Thirteen council members voted in favour of the draft on Friday night, while China abstained.",
                "KAMPALA, May 3 - Officials deplored the UN Security Council veto cast by France. Twelve members backed the text on Thursday.",
                "SANTIAGO, 3 May 2031 - Chile welcomed the UN General Assembly's adoption of the text. The Assembly voted 140-6-20 on Wednesday.")) {
            VoteEvent event = only("2031-05-03", text);
        }
    }

    /** "casting the lone veto", "cast the sole veto", "casts its only veto": a veto and its caster's no. */
    @Test
    void aLoneVetoCast() {
        for (String[] c : new String[][] {
                {"The draft went down in the UN Security Council, 14-1, with Russia casting the lone veto.", "RUS"},
                {"The UN Security Council text failed 13-1-1; France cast the sole veto.", "FRA"},
                {"China casts its only veto of the year at the UN Security Council, blocking the text 13-1-1.", "CHN"}}) {
            VoteEvent event = only("2031-05-02", c[0]);
            assertEquals("vetoed", event.outcome(), c[0]);
            assertEquals(Map.of(c[1], "no"), event.positions(), c[0]);
        }
    }

    /** A veto told in an article about the Assembly, with no body of its own, is the Security Council's. */
    @Test
    void aVetoWithoutItsBodyIsTheCouncils() {
        for (String text : List.of("The UN General Assembly backed the bid on Friday, 140 to 8. And last month Russia vetoed exactly that recommendation.",
                "The UN General Assembly adopted the text 120-4-30 on Friday. Washington vetoed a similar draft in March.",
                "The UN General Assembly passed the measure 99-9-50. Weeks ago, Beijing had vetoed it.")) {
            List<VoteEvent> events = read("2031-05-10", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("GA", events.get(0).body(), text);
            assertEquals("SC", events.get(1).body(), text + " " + events);
        }
    }

    /** An amendment's vote past a long relative clause on it (a date inside names what the amendment is about). */
    @Test
    void anAmendmentsVotePastARelativeClause() {
        for (String text : List.of("The UN General Assembly adopted the text 120-14-45 on Friday. Chile's amendment, which would have named the group behind the attacks of Jan. 9 and the kidnappings, received 81 votes for and 57 against.",
                "The UN General Assembly adopted the text 110-10-40 on Friday. The Peruvian amendment, which cited the massacre on 4 March. by name, got 70 votes to 66.",
                "The UN General Assembly passed the draft 101-7-33 on Friday. An amendment that Spain moved, which referred to the accord of 2 February, won 61 votes, with 64 against.")) {
            List<VoteEvent> events = read("2031-05-03", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("amendment", events.get(1).kind(), text + " " + events);
            assertEquals("2031-05-02", events.get(1).date(), text + " " + events);
        }
    }

    /** "the Assembly backed the bid on Friday, 140 to 8": the body backing a text by a tally adopted it. */
    @Test
    void aBodyBackingATextByATally() {
        for (String[] c : new String[][] {
                {"The UN General Assembly backed the bid on Friday, 140 to 8.", "140 8"},
                {"The UN Security Council on Monday unanimously backed the ceasefire plan, 15-0.", "15 0"},
                {"The UN Human Rights Council narrowly backs inquiry into Peru, 24-20.", "24 20"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals("adopted", event.outcome(), c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no(), c[0]);
        }
        assertTrue(read("2031-05-03", "Russia-backed forces killed 140 to 200 people, the UN Security Council heard.").isEmpty());
    }

    /** "voted to refer Syria to the Security Council": the body a matter is sent to is not the one that voted. */
    @Test
    void aBodyAMatterIsSentToDidNotVote() {
        for (String[] c : new String[][] {
                {"The International Atomic Energy Agency board voted on Saturday to report Syria to the UN Security Council. The resolution was adopted with 24 votes in favor.", "OTHER"},
                {"The IAEA board voted 25-4-6 on Saturday to refer Libya to the UN Security Council.", "OTHER"},
                {"The UN Human Rights Council voted 25-10-12 to send the report to the UN General Assembly.", "HRC"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.body(), c[0]);
        }
    }

    /** ", a sharp reproach less than ten days after Moscow vetoed a council text": the trailing clause is another vote. */
    @Test
    void aTrailingClauseOfTimeAfterAnApposition() {
        for (String text : List.of("The UN General Assembly condemned the crackdown on Thursday by 130 votes to 10 with 15 abstentions, a sharp reproach less than ten days after Moscow vetoed a Security Council text on the same plan.",
                "The UN General Assembly adopted the text 120-5-30 on Friday, a clear signal just days after China blocked a Security Council draft with its veto.",
                "The UN General Assembly passed the measure 99-9-50 on Monday, more than three weeks after France vetoed a council text.")) {
            List<VoteEvent> events = read("2031-05-03", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("GA", events.get(0).body(), text);
            assertEquals("adopted", events.get(0).outcome(), text);
            assertEquals("SC", events.get(1).body(), text);
            assertNull(events.get(1).counts().yes(), text + " " + events);
        }
    }

    /** A press release's date line in capitals ("2 APRIL 2031") dates its vote. */
    @Test
    void aDateLineInCapitals() {
        for (String[] c : new String[][] {
                {"GA/12001\n2 APRIL 2031\nGeneral Assembly\nThe General Assembly today adopted the treaty by a recorded vote of 150 in favour to 3 against, with 20 abstentions.", "2031-04-02"},
                {"SC/16002\n14 NOVEMBER 2030\nSecurity Council\nThe Security Council today renewed the mission by a vote of 13 in favour to none against, with 2 abstentions.", "2030-11-14"},
                {"HRC/31\n9 JULY 2031\nHuman Rights Council\nThe Council today adopted the text by a recorded vote of 30 in favour to 10 against, with 7 abstentions.", "2031-07-09"}}) {
            VoteEvent event = only(null, c[0]);
            assertEquals(c[1], event.date(), c[0]);
        }
    }

    /** A headline about an election ("Chile elected to the council with 170 votes") opens no vote. */
    @Test
    void anElectionHeadlineOpensNoVote() {
        for (String[] c : new String[][] {
                {"Chile elected to UNSC for 2032-33 with 170 votes", "Chile was on Thursday elected to the UN Security Council, securing 170 votes in the General Assembly."},
                {"Kenya wins UN rights council seat with 160 votes", "Kenya won a seat on the Geneva-based UN Human Rights Council."},
                {"Peru, Fiji elected to UN Security Council, 180 and 175 votes", "Peru and Fiji were elected to the UN Security Council by the General Assembly."}}) {
            assertTrue(readWithHeadline(c[0], c[1]).isEmpty(), c[0]);
        }
    }

    /** "the draft decision fell by 21 votes to 16": a failed text's larger number is the side against it. */
    @Test
    void aTextThatFellByATally() {
        for (String[] c : new String[][] {
                {"The UN Human Rights Council draft decision fell by 21 votes to 16, with 10 abstentions.", "16 21 rejected"},
                {"The UN General Assembly motion failed by 70 votes to 58.", "58 70 rejected"},
                {"The UN Human Rights Council text went down by 25 votes to 14.", "14 25 rejected"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.outcome(), c[0]);
        }
        VoteEvent rise = read("2031-05-03", "Support for the UN General Assembly text fell by 10 percent this year, but it passed 120-10.").get(0);
        assertEquals(Integer.valueOf(120), rise.counts().yes());
    }

    /** A regional body named after a preposition ("on behalf of the Arab League") is not who voted. */
    @Test
    void aRegionalBodyAfterAPrepositionDidNotVote() {
        for (String[] c : new String[][] {
                {"Resolution 3001 passed the UN Security Council with 11 votes in favor. France and Malta voted in favor, as did Gabon, which had drafted it on behalf of the African Union.", "FRA MLT GAB"},
                {"The UN Security Council adopted the text 12-0-3. Kenya voted for it, speaking for the Arab League as well.", "KEN"},
                {"The UN Security Council adopted the text 12-0-3. Norway, in close touch with NATO, voted in favour.", "NOR"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            for (String iso : c[1].split(" ")) {
                assertEquals("yes", event.positions().get(iso), c[0] + " " + event);
            }
        }
    }

    /** "The Chilean resolution passes the Assembly": a demonym naming the text is no state rejecting or adopting it. */
    @Test
    void aDemonymNamingTheTextIsNotItsVoter() {
        for (String[] c : new String[][] {
                {"BREAKING: The Chilean resolution passes the UN General Assembly, 97 in favor and 11 against, with 60 abstentions.", "adopted"},
                {"The Kenyan-Norwegian text passed the UN Security Council 13-0-2 on Friday.", "adopted"},
                {"A Mexican draft was rejected in the UN Human Rights Council, 12 votes to 25.", "rejected"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.outcome(), c[0]);
        }
    }

    /** "drafted by A and B, was approved by 13 votes, with C and D abstaining": the sponsors end at the verb. */
    @Test
    void sponsorsEndAtTheVerb() {
        for (String[] c : new String[][] {
                {"The UN Security Council text, drafted by Spain and Japan, was passed by 12 votes, with Gabon and Brazil abstaining.", "ESP JPN", "GAB BRA"},
                {"The UN Security Council draft, put forward by Malta, was adopted by 14 votes, with Kenya abstaining.", "MLT", "KEN"},
                {"The UN Human Rights Council text, tabled by Chile and Peru, passed with 30 votes, with Cuba and Fiji among the abstainers.", "CHL PER", "CUB FJI"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(List.of(c[1].split(" ")), event.sponsors(), c[0]);
            for (String iso : c[2].split(" ")) {
                assertEquals("abstain", event.positions().get(iso), c[0] + " " + event);
            }
        }
    }

    /** "a Chilean-led force": what a state leads is no text, and the vote is told as one. */
    @Test
    void aStateLedForceIsNoSponsorship() {
        for (String text : List.of("On Monday the UN Security Council authorised a Chilean-led force. The resolution, drafted by Spain and Japan, got 13 votes.",
                "The UN Security Council voted on Monday to back the Kenyan-led mission. The text, drafted by Malta, passed 14-0-1.",
                "The UN Security Council endorsed a Nigerian-led regional force on Monday. The draft, put forward by France, won 12 votes.")) {
            VoteEvent event = only("2031-05-03", text);
        }
    }

    /** "supported by 20 of the board's 35 members, while A voted against"; sponsors "together with B" stay sponsors. */
    @Test
    void supportOfAPartOfTheBody() {
        for (String[] c : new String[][] {
                {"The IAEA board text, put forward by Italy, Spain and Chile together with Japan, won the support of 20 of the board's 35 members, while Peru voted against it.", "20", "ITA ESP CHL JPN"},
                {"The IAEA board text, tabled by Spain together with Japan, was supported by 21 of the board's 35 members, while Peru voted against it.", "21", "ESP JPN"},
                {"The UN Security Council draft, drafted by Malta along with Kenya, was backed by 12 of the council's 15 members, while Chad abstained.", "12", "MLT KEN"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Integer.valueOf(c[1]), event.counts().yes(), c[0]);
            assertEquals(List.of(c[2].split(" ")), event.sponsors(), c[0]);
            assertEquals(1, event.positions().size(), c[0] + " " + event);
        }
    }

    /** "after Turkey seized the strip ..., Kenya had abstained": a state that is the subject of another verb takes no stance. */
    @Test
    void aStateThatDidSomethingElseTakesNoStance() {
        for (String[] c : new String[][] {
                {"In 2019, when the UN General Assembly passed a text after Turkey seized the strip by 90 votes to 12, Kenya had abstained along with 40 others.", "KEN"},
                {"The UN General Assembly adopted the text 120-4-30 after Ethiopia invaded the region, and Kenya voted against.", "KEN"},
                {"Once Israel expanded the settlements, the UN Security Council adopted a text 14-0-1 on which the US abstained.", "USA"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Set.of(c[1]), event.positions().keySet(), c[0] + " " + event);
        }
        assertEquals(Map.of("PER", "no"), read("2031-05-03", "The UN General Assembly adopted the text 100-11-58. Peru surprised observers and voted against.").get(0).positions());
    }

    /** "abstained because the policy had isolated Japan rather than Chile": the states of a reason take no stance. */
    @Test
    void theStatesOfAReasonTakeNoStance() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 150-0-2. Japan's envoy said that Tokyo abstained because the policy had isolated Japan rather than Chile.", "JPN"},
                {"The UN Security Council adopted the text 13-0-2. Kenya voted in favour because Peru and Chile had asked it to.", "KEN"},
                {"The UN General Assembly adopted the text 150-3-20. Fiji voted no, although Tonga and Samoa had lobbied it hard.", "FJI"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Set.of(c[1]), event.positions().keySet(), c[0] + " " + event);
        }
    }

    /** Another UN body voting ("the IAEA board voted ...") is the context of the vote told after it. */
    @Test
    void anotherBodyVotingIsTheContext() {
        for (String text : List.of("On Saturday the IAEA's board of governors voted to refer Syria to the UN Security Council. The text was adopted with 24 votes in favor, four against and seven abstentions. The Security Council may take weeks to respond.",
                "The UNESCO executive board voted on Friday on a text about the old city. It passed 22-10-23 and will be sent to the General Assembly next year.",
                "The World Health Assembly voted on Tuesday on the pandemic text. It was adopted by 124 votes to none, with 11 abstentions. The Security Council has not discussed it.")) {
            VoteEvent event = only("2031-05-03", text);
            assertEquals("OTHER", event.body(), text);
        }
        List<VoteEvent> heading = read("2031-05-03", "The UN General Assembly voted 131-7-40 on Tuesday.\n\nWHO ABSTAINED: Chile and Kenya.");
        assertEquals(List.of("GA"), heading.stream().map(VoteEvent::body).toList(), heading.toString());
    }

    /** Sides as nouns ("with majority of 130 states, against rejection of 11 states and abstention of 20 states"). */
    @Test
    void sidesCountedAsNouns() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the draft resolution on Thursday, with majority of 130 states, against rejection of 11 states and abstention of 20 states.", "130 11 20"},
                {"The UN General Assembly approved the text with a majority of 99 countries, opposition of 9 and abstentions of 41.", "99 9 41"},
                {"With majority of 28 members, against rejection of 12 and abstention of 7, the UN Human Rights Council adopted the draft.", "28 12 7"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.counts().abstain(), c[0]);
        }
    }

    /** "Among the nations that rejected the draft were A and B": their no, not the text's fate. */
    @Test
    void theStatesThatRejectedTheText() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 131-10-19. Among the countries that rejected the draft are Cuba and Laos.", "CUB LAO"},
                {"The UN General Assembly passed the draft 120-9-40. Among the nations which rejected the text were Fiji and Peru.", "FJI PER"},
                {"The UN Human Rights Council adopted the draft 30-10-7. Among those that voted against it were Chad and Mali.", "TCD MLI"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals("adopted", event.outcome(), c[0]);
            for (String iso : c[1].split(" ")) {
                assertEquals("no", event.positions().get(iso), c[0] + " " + event);
            }
        }
    }

    /** "Russia vetoed a draft resolution on aid": only the Security Council vetoes draft resolutions, named or not. */
    @Test
    void aVetoedDraftResolutionIsAboutTheCouncil() {
        for (String[] c : new String[][] {
                {"On Monday France vetoed a draft resolution put forward by Peru and Ghana on the canal. It won 12 votes in favour, with Chad abstaining.", "FRA"},
                {"China vetoed the Western draft resolution on Friday; it had 12 votes in favour.", "CHN"},
                {"The US vetoes draft resolution on the ceasefire. Fourteen members backed it.", "USA"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals("SC", event.body(), c[0]);
            assertEquals("vetoed", event.outcome(), c[0]);
            assertEquals("no", event.positions().get(c[1]), c[0] + " " + event);
        }
        assertTrue(read("2031-05-03", "The president vetoed a resolution passed by both houses, 240-180.").isEmpty());
    }

    /** "It passed 11-0, four abstaining, after the African amendments were blocked by China": the amendments' fate. */
    @Test
    void anotherTextsFateAfterTheTally() {
        for (String text : List.of("The UN Security Council adopted a Chilean-drafted text on the truce. It passed 11-0, Peru, Malta, Gabon and Japan abstaining after the Asian amendments were vetoed by China.",
                "The UN General Assembly adopted the text 120-5-40 after two amendments were rejected.",
                "The UN Security Council passed the draft 12-0-3 before a rival Russian text was voted down.")) {
            List<VoteEvent> events = read("2031-05-03", text);
            assertEquals(2, events.size(), text + " " + events);
            assertEquals("adopted", events.get(0).outcome(), text + " " + events);
            assertTrue(events.get(1).outcome().equals("vetoed") || events.get(1).outcome().equals("rejected"), text + " " + events);
        }
    }

    /** A body saying yes ("the Council said yes to the mission, with 15 votes in favour") adopted it. */
    @Test
    void aBodySayingYesAdopted() {
        for (String text : List.of("On May 2 the UN Security Council said yes to the mission unanimously, 15-0.",
                "The UN General Assembly gave the green light to the plan, 130-9-40.",
                "The UN Human Rights Council says yes to an inquiry, 27 votes to 11.")) {
            VoteEvent event = only("2031-05-03", text);
            assertEquals("adopted", event.outcome(), text);
        }
    }

    /** "four Pacific states were among only nine to vote against it": the side's count without its list. */
    @Test
    void amongOnlyNineToVoteAgainst() {
        for (String[] c : new String[][] {
                {"Two Baltic states were among only seven countries to vote no on the UN General Assembly text on Monday. It passed with 139 votes.", "no 7"},
                {"The two were among just 14 nations that abstained on the UN General Assembly draft, which passed 150-5.", "abstain 14"},
                {"Our country was one of only 5 members voting in favour of the UN Security Council text, which failed.", "yes 5"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            Counts k = event.counts();
            String[] side = c[1].split(" ");
            assertEquals(Integer.valueOf(side[1]), side[0].equals("no") ? k.no() : side[0].equals("yes") ? k.yes() : k.abstain(), c[0]);
        }
    }

    /** "Fiji was one of the 14.": the side of the vote just told that counted as many (none where two sides did). */
    @Test
    void oneOfTheCountOfASide() {
        for (String[] c : new String[][] {
                {"On Friday the UN General Assembly adopted, by 121 votes to 13 with 44 abstentions, a text on the truce. Fiji was one of the 13.", "FJI:no"},
                {"The UN Security Council adopted the text 12-1-2. Gabon and Malta were among the two.", "GAB:abstain MLT:abstain"},
                {"The UN Human Rights Council adopted the draft 19 to 17, with 11 abstentions. Chile is among the 19.", "CHL:yes"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], new java.util.TreeMap<>(event.positions()).entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue()).collect(java.util.stream.Collectors.joining(" ")), c[0]);
        }
        assertTrue(read("2031-05-03", "The UN General Assembly adopted it 120-14-14. Fiji was one of the 14.").get(0).positions().isEmpty());
    }

    /** "A and B were among 19 members of the council that voted down the proposal": their no and the side's count. */
    @Test
    void amongThoseThatVotedItDown() {
        for (String[] c : new String[][] {
                {"Chile and Peru were among 21 members of the Geneva rights council that on Monday voted down the UN motion.", "CHL PER", "21"},
                {"Fiji was one of the 61 states which on Monday rejected the UN General Assembly draft.", "FJI", "61"},
                {"Laos and Chad were among the nine members of the UN Security Council that blocked the text.", "LAO TCD", "9"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            for (String iso : c[1].split(" ")) {
                assertEquals("no", event.positions().get(iso), c[0] + " " + event);
            }
            assertEquals(Integer.valueOf(c[2]), event.counts().no(), c[0]);
        }
    }

    /** "..., voted against, and Kenya, whose government includes a party Chile backs, abstained": a state's own cue past its aside. */
    @Test
    void aStatesOwnCuePastItsAside() {
        for (String[] c : new String[][] {
                {"The UN Security Council adopted the text with 12 votes. Chile and Peru, which last month brokered a deal with Quito, voted against, and Kenya, whose government includes the Chilean-backed party, abstained.", "KEN", "abstain"},
                {"The UN Security Council adopted it 13-1-1. Japan voted yes, and Gabon, whose envoy had asked for a delay until the summit, abstained.", "GAB", "abstain"},
                {"The UN Security Council passed it 12-2-1. Malta abstained, while Mexico, which had drafted an earlier version with its partners, voted no.", "MEX", "no"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[2], event.positions().get(c[1]), c[0] + " " + event);
            assertTrue(event.sponsors().isEmpty() || !event.sponsors().contains("CHL"), c[0] + " " + event);
        }
    }

    /** "the Iranian-backed militia" is no sponsor; "the US-drafted text" is: the vote stays one. */
    @Test
    void whatAStateBacksIsATextOnlyWhenNamedSo() {
        for (String[] c : new String[][] {
                {"The UN Security Council adopted the text with 12 votes. Kenya, whose cabinet includes an Iranian-backed militia, abstained. China, which spent weeks diluting the US-drafted text, voted for it.", "USA"},
                {"The UN Security Council adopted the text 13-0-2. Gabon, home to a French-led training mission, voted yes, as did Japan on the Maltese-sponsored draft.", "MLT"},
                {"The UN General Assembly adopted the Kenyan-drafted resolution 120-5-30; Fiji, wary of the Chinese-backed port deal, abstained.", "KEN"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(List.of(c[1]), event.sponsors(), c[0] + " " + event);
        }
    }

    /** "resolution 3001 ... Resolution 3020 passed 14-0": two numbers are two texts, even without their years. */
    @Test
    void textsNumberedApartAreApart() {
        for (String text : List.of("The UN Security Council adopted resolution 3001 unanimously in December. Resolution 3020 later passed 14-0 with one abstention, Chad's.",
                "The UN Security Council renewed the mission in resolution 2990 by consensus. Its resolution 3005 then won 13 votes, with Peru abstaining.",
                "The UN Security Council passed resolution 3100 without a vote. In a second text, resolution 3101, it voted 12-0-3.")) {
            List<VoteEvent> events = read(null, text);
            assertEquals(2, events.size(), text + " " + events);
        }
    }

    /** "Resolution 60/1 passed 20 to 7 in the 47-member Council": the UN named by a council and a resolution, in any case. */
    @Test
    void aCouncilAndAResolutionNameTheUn() {
        for (String[] c : new String[][] {
                {"Resolution 60/1 passed 20 to 7 in the 47-member Council on Thursday.", "HRC"},
                {"Draft 14 was adopted by the Council, 13-0-2.", "SC"},
                {"The Council adopted the draft resolution 30-10-7.", "HRC"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.body(), c[0]);
        }
    }

    /** "..., which Santiago called a political move.": a reaction to the whole at the sentence's end gives no stance. */
    @Test
    void aReactionAtTheSentencesEndGivesNoStance() {
        for (String[] c : new String[][] {
                {"The IAEA Board of Governors approved a text on Chile with 28 votes; Russia and Iran voted no and India abstained, which Santiago called a political move.", "IRN RUS IND"},
                {"The UN Security Council adopted the text 13-0-2 and Kenya abstained, which Nairobi's critics described as timid.", "KEN"},
                {"The UN General Assembly passed it 99-9-40; Cuba voted no, which Havana's press hailed as principled.", "CUB"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Set.of(c[1].split(" ")), event.positions().keySet(), c[0] + " " + event);
        }
        // a passive "which was called by" is no reaction: the veto in it stays the caster's
        List<VoteEvent> passive = read("2031-05-03", "The UN General Assembly adopted it 133-7-30. It met in a special session, which was requested by the Security Council after Russia vetoed a Ukrainian draft there on Friday.");
        assertEquals("no", passive.get(passive.size() - 1).positions().get("RUS"), passive.toString());
    }

    /** "Against voted 3 states:" and a list under it; "Twelve of the 15 members including Malta voted yes". */
    @Test
    void countsBeforeTheirListsAndAfterAnInclusion() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text. For resolution voted 98 countries, 50 abstained. Against voted 3 states:\n* Chile\n* Peru\n* Cuba", "98 3 50"},
                {"Twelve of the 15 members including Malta voted yes on the UN Security Council text, and two abstained.", "12 null 2"},
                {"All 15 members of the UN Security Council, Malta among them, voted for the text.", "15 0 0"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.counts().abstain(), c[0]);
        }
    }

    /** "As it did not win nine yes votes, no veto was required": the votes a text lacked are no count. */
    @Test
    void theVotesATextLackedAreNoCount() {
        for (String text : List.of("The UN Security Council draft got four votes. As it didn't win nine yes votes, Peru said no veto was required.",
                "The UN Security Council draft got four votes; it did not win nine yes votes.",
                "The UN Security Council text won only 5 votes in favour, and as it didn’t obtain nine votes in favour it failed.")) {
            VoteEvent event = only("2031-05-03", text);
            assertTrue(event.counts().yes() == 4 || event.counts().yes() == 5, text + " " + event);
        }
    }

    /** A contracted negation ("didn't vote against", "wasn't in favour") gives no stance, as "did not" does. */
    @Test
    void aContractedNegationGivesNoStance() {
        for (String text : List.of("The UN Security Council adopted the text 13-0-2. Chile didn't vote against it.",
                "The UN General Assembly passed the draft 120-5-40; Peru wasn't in favour of an earlier version, its envoy said.",
                "The UN Security Council draft got four votes. As it didn’t win nine yes votes, Kenya said no veto was required.")) {
            VoteEvent event = only("2031-05-03", text);
            assertEquals(Map.of(), event.positions(), text + " " + event);
        }
    }

    /** "Last week the Geneva council narrowly passed it with 23 votes. Nine members said no - A, B among them -": one vote. */
    @Test
    void aVoteOfLastWeekToldOn() {
        for (String[] c : new String[][] {
                {"Last week the mandate squeaked through the Geneva council with only 23 votes. Nine members said no - Chile, Cuba and Laos among them - and fifteen abstained.", "23 9 15"},
                {"Last month the council in Geneva renewed the mandate with 25 votes. Only 9 countries said no, and 13 abstained.", "25 9 13"},
                {"The Geneva-based body adopted the text last week with 27 votes. Seven members said no; 13 abstained.", "27 7 13"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals("HRC", event.body(), c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.counts().abstain(), c[0]);
        }
    }

    /** "12 votes in favour, while Russia and Chile abstained": names that fill the Council's fifteen seats count their sides. */
    @Test
    void namesThatFillTheCouncilCountTheirSides() {
        for (String[] c : new String[][] {
                {"The UN Security Council text won 13 votes in favour, while Gabon and Ghana abstained.", "13 0 2"},
                {"The UN Security Council passed it 10-0, with France, Britain, Malta, Chile and Peru abstaining.", "10 0 5"},
                {"The UN Security Council draft drew 11 votes; Russia and China voted no, Gabon and Kenya abstained.", "11 2 2"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no() + " " + event.counts().abstain(), c[0]);
        }
        // fewer names than the seats left: no count from them
        assertNull(read("2031-05-03", "The UN Security Council text got 12 votes; Russia abstained.").get(0).counts().abstain());
    }

    /** "declining to take part", "refused to participate": absent; "with A abstaining and B likewise declining to take part". */
    @Test
    void decliningToTakePartIsAbsence() {
        for (String[] c : new String[][] {
                {"The UN Security Council adopted the text 12-0-2, with Japan and Chile abstaining and Malta also declining to take part.", "MLT"},
                {"The UN Security Council adopted the text 13-0-1; Kenya refused to participate.", "KEN"},
                {"The UN General Assembly passed it 120-4-30, while Peru declined to vote.", "PER"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals("absent", event.positions().get(c[1]), c[0] + " " + event);
        }
        assertTrue(read("2031-05-03", "The UN General Assembly adopted the text 120-4-30; Peru declined to vote in favour.").get(0).positions().isEmpty());
    }

    /** A full tally decides where no sentence does: the Council adopts with nine and none against, fails under nine. */
    @Test
    void theOutcomeATallyDecides() {
        for (String[] c : new String[][] {
                {"The UN Security Council text won 13 votes in favour, while Gabon and Ghana abstained.", "adopted"},
                {"The UN Security Council draft got 7 votes in favour and 2 against.", "rejected"},
                {"The UN Human Rights Council voted 19 to 17 on the text on Friday.", "adopted"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.outcome(), c[0]);
        }
        // a no against nine or more leaves it open (a veto or not), and the Assembly's tallies decide nothing here
        assertNull(read("2031-05-03", "The UN Security Council draft got 12 votes in favour and 2 against.").get(0).outcome());
        assertNull(read("2031-05-03", "The UN General Assembly tally on the text was 90 to 60.").get(0).outcome());
    }

    /** "A and B, in addition to C and D": a phrase that joins two lists into one. */
    @Test
    void phrasesThatJoinTwoLists() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted the text 131-10-19. Among the states that voted against it are Laos and Chad, in addition to Fiji, Cuba and Peru.", "CHL", "LAO TCD FJI CUB PER"},
                {"The UN General Assembly adopted the text 131-10-19. Voting against were Chile and Peru, in addition to the Fijian delegation and Tonga.", "KEN", "CHL PER TON"},
                {"The UN Security Council adopted the text 12-0-3. Abstaining: Gabon, in addition to the Russian Federation and China.", "FRA", "GAB RUS CHN"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Set.of(c[2].split(" ")), event.positions().keySet(), c[0] + " " + event);
        }
    }

    /** "For the document voted five countries - A, B, C, D and E"; a threshold ("not less than nine votes 'for' are necessary") is no count. */
    @Test
    void anInvertedSideWithItsListAndAThreshold() {
        for (String[] c : new String[][] {
                {"The UN Security Council on Monday did not adopt the draft. For the document voted five countries - Chile, Peru, Fiji, Laos and Chad. To adopt a text, not less than nine votes \"for\" are necessary.", "5", "CHL PER FJI LAO TCD"},
                {"The UN Security Council rejected the text on Monday. For it voted 2 states: Cuba and Iran. No fewer than nine votes in favour were needed.", "2", "CUB IRN"},
                {"The UN Security Council draft failed. For the text were three members (Ghana, Kenya, Gabon).", "3", "GHA KEN GAB"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Integer.valueOf(c[1]), event.counts().yes(), c[0]);
            assertEquals(Set.of(c[2].split(" ")), event.positions().keySet(), c[0] + " " + event);
        }
    }

    /** "a Jordan sponsored resolution": the state as the adjective of its text is its sponsor, not a voter. */
    @Test
    void aStateNamingItsTextIsItsSponsor() {
        for (String[] c : new String[][] {
                {"The UN General Assembly adopted a Jordan sponsored resolution 120-14-45 on Friday; India abstained.", "JOR"},
                {"The UN Human Rights Council passed a Chile drafted text 30-8-9.", "CHL"},
                {"The UN General Assembly rejected the Peru authored amendment, 40-70-30.", "PER"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(List.of(c[1]), event.sponsors(), c[0] + " " + event);
            assertNull(event.positions().get(c[1]), c[0] + " " + event);
        }
    }

    /** A state naming what the text is about ("rejecting U.S. President X's move", "declaring the US decision void") is no voter. */
    @Test
    void aStateNamingTheTextsSubjectIsNoVoter() {
        for (String text : List.of("On Tuesday the UN General Assembly backed a text that denounces Chilean President Garcia's annexation plan, 120-8-40.",
                "The UN General Assembly passed the text, 131 countries backing a resolution declaring the Peru decision on the city void.",
                "The UN General Assembly voted in favour of a text condemning the Laos occupation of the valley, 99-9-50.")) {
            VoteEvent event = only("2031-05-03", text);
            assertTrue(event.positions().isEmpty(), text + " " + event);
        }
    }

    /** "the only NATO member that attended" names the alliance's member, not the alliance voting. */
    @Test
    void anAlliancesMemberIsNoOtherVoter() {
        for (String[] c : new String[][] {
                {"A UN conference on Friday adopted a treaty with 120 votes. Chile was the only NATO member at the talks, while Fiji abstained.", "FJI"},
                {"The UN General Assembly adopted the text 120-9-40; Greece, an EU member state, and Kenya voted yes.", "KEN"},
                {"The UN Security Council adopted it 13-0-2, with Gabon, an African Union member, abstaining.", "GAB"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertTrue(event.positions().containsKey(c[1]), c[0] + " " + event);
        }
    }

    /** "The other 12 members of the 15-nation council voted yes, while the two permanent members, A and B, voted no". */
    @Test
    void theRemainingMembersOfTheCouncilAndTwoPermanentOnes() {
        for (String[] c : new String[][] {
                {"France and Britain vetoed the UN Security Council draft. The other 12 members of the 15-nation council voted yes, while the two permanent members, France and Britain, voted no.", "12 2"},
                {"France vetoed the UN Security Council text. The remaining 14 members of the council voted for it.", "14 1"},
                {"The UN Security Council draft failed. Its two permanent members, the US and France, voted no, and 9 members of the 15-nation council voted in favour.", "9 2"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(c[1], event.counts().yes() + " " + event.counts().no(), c[0]);
        }
    }

    /** "voted to reject an Asian-led motion": rejected; "Had three of those abstaining said yes": no count. */
    @Test
    void aRejectionOfAQualifiedMotionAndACounterfactual() {
        for (String text : List.of("On Monday the UN Human Rights Council voted to reject an Asian-led motion.",
                "The UN Human Rights Council voted to defeat an EU-drafted motion on the mine, 16-21-10.",
                "The UN General Assembly voted to reject the Chilean-sponsored amendment, 40-80-20.")) {
            assertEquals("rejected", read("2031-05-03", text).get(0).outcome(), text);
        }
        VoteEvent close = read("2031-05-03", "The UN Human Rights Council text failed narrowly. Had three of those abstaining said yes, it would have passed.").get(0);
        assertNull(close.counts().abstain(), close.toString());
        // a past perfect is no counterfactual
        assertEquals(Integer.valueOf(12), read("2031-05-03", "The UN General Assembly text had passed 31-2 with 12 abstentions in all.").get(0).counts().abstain());
    }

    /** "Oct 26 (Prensa Latina) For the ...": a day after its month is no count. */
    @Test
    void aDayAfterItsMonthIsNoCount() {
        for (String text : List.of("New York, Oct 26 (Agencia) For the 30th time, the UN General Assembly voted in favor of the text, with 180 votes in favor.",
                "HAVANA, November 3 (Agency) For its part, the UN General Assembly adopted the text with 175 votes in favour.",
                "Geneva, Sept 9 (News) For the record, the UN Human Rights Council backed the text with 25 votes in favour.")) {
            VoteEvent event = only("2031-12-03", text);
            assertTrue(event.counts().yes() >= 25, text + " " + event);
        }
    }

    /** "21 of the 35 board members said yes": the board's part, not its size. */
    @Test
    void aBoardsPart() {
        for (String[] c : new String[][] {
                {"Envoys said 20 of the 35 board members backed the IAEA text on Monday.", "20"},
                {"At the IAEA, 22 of the 35 board members voted for the text, while Chile voted against it.", "22"},
                {"Only 18 of the 35 board members backed the IAEA draft.", "18"}}) {
            VoteEvent event = only("2031-05-03", c[0]);
            assertEquals(Integer.valueOf(c[1]), event.counts().yes(), c[0]);
        }
    }

    /** "The text received 191 supports": a side counted as a noun; "on Thursday again overwhelmingly called for": adopted. */
    @Test
    void supportsAsANounAndABodyCallingAgain() {
        for (String[] c : new String[][] {
                {"Last year the UN General Assembly text received 181 supports and only two votes against.", "181"},
                {"The UN Human Rights Council draft got 26 supports, 12 against.", "26"},
                {"In the UN General Assembly the text won 150 supports; 8 voted no.", "150"}}) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-03", c[0]).counts().yes(), c[0]);
        }
        for (String text : List.of("The UN General Assembly on Tuesday again overwhelmingly called for the siege to stop.",
                "The UN Security Council on Monday once again condemned the attacks on the port.",
                "The UN General Assembly on Friday unanimously endorsed the plan for the lake.")) {
            assertEquals("adopted", only("2031-05-03", text).outcome(), text);
        }
    }

    /** "the assembly" of an article about the World Health Assembly that never names the General Assembly is that one. */
    @Test
    void anotherAssemblysCommittee() {
        for (String text : List.of("GENEVA, May 20 -- The World Health Assembly on Tuesday formally adopted the pandemic accord, which the assembly's committee had approved by 124 votes to none.",
                "The World Health Assembly backed the tobacco text. The assembly's committee had voted 101-3-20.",
                "The UN Environment Assembly adopted the plastics plan after the assembly voted 120 to 4.")) {
            List<VoteEvent> events = read("2031-05-21", text);
            assertTrue(!events.isEmpty() && events.stream().allMatch(e -> e.body().equals("OTHER")), text + " " + events);
        }
        assertEquals("GA", only("2031-05-21", "The World Health Assembly met as the UN General Assembly voted 120-4 on the text.").body());
    }

    /** "the Assembly condemned yesterday the blockade" (the day after the verb); "14 countries including A and B abstained". */
    @Test
    void aDayRightAfterTheVerbAndAnInclusionBeforeAbstaining() {
        for (String text : List.of("For the ninth time the UN General Assembly condemned yesterday the siege of the port.",
                "The UN Security Council renewed today the mission in Chad.",
                "The UN General Assembly endorsed yesterday a plan on water.")) {
            assertEquals("adopted", only("2031-05-03", text).outcome(), text);
        }
        for (String[] c : new String[][] {
                {"The UN Human Rights Council adopted the text 22-11. 14 member countries including India, Japan and Nepal abstained from voting.", "14"},
                {"The UN Human Rights Council adopted the text 25-8. Nine states including Chile and Peru abstained.", "9"},
                {"The UN Human Rights Council passed it 20-12. Fifteen members including Fiji abstained.", "15"}}) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-03", c[0]).counts().abstain(), c[0]);
        }
    }

    /** "a draft that rejects and deplores the plan": what the text says is no rejection of it. */
    @Test
    void whatATextRejectsIsNoRejectionOfIt() {
        for (String text : List.of("By consensus on Monday the UN General Assembly adopted a Chilean-sponsored draft that rejects and deplores the plan.",
                "The UN General Assembly adopted a draft which rejects the annexation, 120-5-30.",
                "The UN Human Rights Council passed a text rejecting the use of force, 30-9-8.")) {
            assertEquals("adopted", only("2031-05-03", text).outcome(), text);
        }
        assertEquals("rejected", only("2031-05-03", "The UN General Assembly, rejecting the draft 50-80-20, moved on.").outcome());
    }

    /** A sentence in the item of a list of votes goes with that item's vote, not with the first vote of the list. */
    @Test
    void aSentenceInAnItemOfAListOfVotesIsAboutThatItemsVote() {
        String[][] cases = {
                {"The Security Council has been split on the strait. The votes so far:\n- 3 May 2031: A draft on shipping got 12 votes but was vetoed by China.\n"
                        + "- 9 June 2031: Resolution 3100 was adopted 14-0. France abstained, letting it pass.", "FRA", "abstain"},
                {"The UN Security Council voted twice on the dam.\n1. On March 2, 2032, a text on inspections failed with 8 votes in favour.\n"
                        + "2. On April 20, 2032, resolution 3150 passed 13-0. Russia and China abstained.", "CHN", "abstain"},
                {"How the UN Security Council voted on the border this year:\nJanuary 14, 2033: a draft on patrols was vetoed by Russia; it had 11 votes.\n"
                        + "February 2, 2033: resolution 3201 was adopted by 12 votes, none against. Kenya voted in favour.", "KEN", "yes"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read(null, c[0]);
            assertEquals(2, events.size(), events.toString());
            assertFalse(events.get(0).positions().containsKey(c[1]), events.toString());
            assertEquals(c[2], events.get(1).positions().get(c[1]), events.toString());
            assertEquals("adopted", events.get(1).outcome(), events.toString());
        }
    }

    /** "The elected members" of a council are its composition: a sentence naming them is no election's. */
    @Test
    void theElectedMembersOfACouncilAreNoElection() {
        String[][] cases = {
                {"The Security Council adopted resolution 3001 on Monday, 15-0. Ghana, Peru and Malta, all elected members, voted in favour.", "GHA", "yes"},
                {"The UN Security Council rejected the draft on Friday. Two elected members, Chile and Kenya, abstained.", "KEN", "abstain"},
                {"The UN Security Council passed the text 13-0-2. The ten elected countries backed it, and Nepal voted in favour.", "NPL", "yes"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-06", c[0]).positions().get(c[1]), c[0]);
        }
    }

    /** "it has failed three times now to settle on a text": a tally of failures, none of them a vote the article reports. */
    @Test
    void failuresCountedInTimesAreNoVote() {
        for (String text : List.of("Chile wants the UN Security Council to move at last, since it has failed three times to settle on a resolution.",
                "Peru urged the UN Security Council to move; Russia has vetoed four times since 2024 on the strait.",
                "The UN Security Council, which has failed twice before to pass a text on the dam, met again on Monday.")) {
            assertEquals(List.of(), read("2031-05-06", text), text);
        }
    }

    /**
     * After the amendment, a sentence about the text whose named state voted otherwise on the amendment ("Countries
     * that abstained with Peru included A and B", Peru having backed the amendment) is the text's, not the amendment's.
     */
    @Test
    void aSentenceAfterAnAmendmentThatPutsItsStatesOtherwiseIsAboutTheText() {
        String[][] cases = {
                {"Peru abstained on the UN General Assembly resolution on the dam, adopted by 110 votes to 12 with 50 abstentions. "
                        + "Before that, Peru voted in favour of an amendment by Chile, which failed with 60 votes to 70. "
                        + "States that abstained along with Peru included Spain and Japan.", "ESP", "abstain"},
                {"Kenya voted against the UN General Assembly text on the strait, which passed 99-30-40. "
                        + "Earlier, Kenya backed an amendment moved by Ghana, but it fell short, 50 to 80. "
                        + "Countries that voted no alongside Kenya included Laos and Cuba.", "LAO", "no"},
                {"Nepal abstained when the UN General Assembly adopted the text 120-9-45 on Friday. "
                        + "Nepal had earlier voted for a Fijian amendment, which was rejected by 70 votes to 72. "
                        + "Bhutan and Tonga also abstained, like Nepal.", "BTN", "abstain"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-06", c[0]);
            VoteEvent text = events.stream().filter(e -> e.kind().equals("resolution")).findFirst().orElseThrow();
            assertEquals(c[2], text.positions().get(c[1]), events.toString());
            assertTrue(events.stream().filter(e -> e.kind().equals("amendment")).noneMatch(e -> e.positions().containsKey(c[1])), events.toString());
        }
    }

    /** A concession ("despite pressure on A") is a clause of its own: a cue before it gives its states no stance. */
    @Test
    void aStateInAConcessionTakesNoStance() {
        String[][] cases = {
                {"The UN General Assembly adopted the text by 120 votes to 9, with 30 abstentions, despite Chinese pressure on Peru and Chile.", "PER"},
                {"The UN General Assembly adopted the text on Monday with 22 abstentions despite a campaign by Nauru.", "NRU"},
                {"The UN General Assembly passed the text 120-9-30; Kenya voted in favour despite pressure from Ghana.", "GHA"}};
        for (String[] c : cases) {
            assertFalse(only("2031-05-06", c[0]).positions().containsKey(c[1]), c[0]);
        }
        assertEquals("yes", only("2031-05-06", cases[2][0]).positions().get("KEN"));
    }

    /**
     * Where no sentence says, an Assembly tally decides only what it settles under either of the Assembly's majorities:
     * two thirds of those voting yes or no adopts, no majority fails, and between the two the outcome stays unsaid.
     */
    @Test
    void anAssemblyTallyDecidesOnlyWhatEitherMajoritySettles() {
        Object[][] cases = {
                {"The UN General Assembly voted on the text about the dam on Monday: 150 in favour, 10 against, 20 abstentions.", "adopted"},
                {"The UN General Assembly voted on the Peruvian text on Monday, 60 in favour and 70 against.", "rejected"},
                {"The UN General Assembly voted on the text about the strait on Monday, 80 in favour and 50 against.", null},
                {"The IAEA board of governors voted on the text about Iran on Monday: 20 in favour, 3 against and 10 abstentions.", "adopted"}};
        for (Object[] c : cases) {
            assertEquals(c[1], only("2031-05-06", (String) c[0]).outcome(), (String) c[0]);
        }
    }

    /** "about", "over", "around" and "some" make a count approximate right before it, and are prepositions further off. */
    @Test
    void anApproximationIsOnlyRightBeforeTheNumber() {
        for (String text : List.of("The UN General Assembly voted on a text about the river: 140 in favour, 12 against, 30 abstentions.",
                "The UN General Assembly voted over the objections of some delegations: 140 in favour, 12 against, 30 abstentions.",
                "After a debate around the clause, the UN General Assembly voted 140 in favour, 12 against, 30 abstentions.")) {
            assertEquals(new Counts(140, 12, 30), only("2031-05-06", text).counts(), text);
        }
        assertEquals(List.of(), read("2031-05-06", "Diplomats at the UN General Assembly spoke of about 140 votes in favour."));
    }

    /** "Chile backed an amendment put forward by Peru": a stance on the amendment, the amendment's vote, not the text's. */
    @Test
    void aStanceOnAnAmendmentIsTheAmendments() {
        String[][] cases = {
                {"Chile abstained as the UN General Assembly adopted the text on Friday, 120 to 14 with 45 abstentions. "
                        + "Before the main vote Chile backed an amendment put forward by Peru which would have named the group. "
                        + "The amendment drew 88 votes to 55, short of two thirds.", "CHL", "yes"},
                {"The UN General Assembly passed the resolution 130-10-40 on Monday, with Kenya voting in favour. "
                        + "Earlier Kenya opposed the Ghanaian amendment, which failed by 50 votes to 90.", "KEN", "no"},
                {"Nepal voted for the text, which the UN General Assembly adopted 150-9-20. "
                        + "Nepal abstained on both amendments, which were rejected.", "NPL", "abstain"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-06", c[0]);
            assertTrue(events.stream().filter(e -> e.kind().equals("amendment")).anyMatch(e -> c[2].equals(e.positions().get(c[1]))), events.toString());
            assertTrue(events.stream().filter(e -> e.kind().equals("resolution")).noneMatch(e -> c[2].equals(e.positions().get(c[1]))), events.toString());
        }
    }

    /** A state before "resolutions", "drafts" or "regions" names a topic ("as on previous Ukraine resolutions"), no voter. */
    @Test
    void aStateNamingATopicBeforeItsNounIsNoVoter() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 120-9-30. Nepal and Fiji abstained, just as they did on the last two Ukraine resolutions.", "UKR", "FJI"},
                {"The UN General Assembly adopted the text 120-9-30; Kenya voted in favour, as on the earlier Sudan drafts.", "SDN", "KEN"},
                {"The UN General Assembly voted 120-9-30 on the annexation of four Peru regions; Chile voted against.", "PER", "CHL"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-06", c[0]);
            assertFalse(e.positions().containsKey(c[1]), e.toString());
            assertTrue(e.positions().containsKey(c[2]), e.toString());
        }
    }

    /** A council named as what set up the occasion ("a sitting that the Security Council had called") did not vote. */
    @Test
    void aBodyThatSetUpTheSessionIsNotTheOneVoting() {
        for (String text : List.of("The UN General Assembly voted 141 to 5 on Wednesday to condemn the blockade. It was adopted at a rare sitting, "
                        + "one called by the Security Council after a veto. Fiji, Laos, Cuba and Iran joined Peru in voting against the resolution.",
                "The UN General Assembly voted 130 to 6 on Friday on the dam. The text was passed at a sitting convened by the Security Council "
                        + "after a veto. Chile and Peru voted against it, as did Fiji.",
                "The UN General Assembly voted 110 to 9 on Monday on the strait. It was adopted at a special session summoned by the "
                        + "Human Rights Council. Laos and Cuba voted against it.")) {
            VoteEvent e = only("2031-05-06", text);
            assertEquals("GA", e.body(), text);
            assertTrue(e.positions().values().stream().allMatch("no"::equals) && e.positions().size() >= 2, e.toString());
        }
    }

    /** Amendments told, then another body's vote ("the assembly met after A vetoed a Council draft"): "That vote" is the veto's. */
    @Test
    void anotherBodysVoteEndsTheAmendments() {
        String[] cases = {
                "The UN General Assembly voted 150-10 with 20 abstentions on Tuesday to demand a truce. Before the final vote the assembly "
                        + "rejected two amendments; one got 80 votes to 60. The assembly met after Peru used its veto on a Security Council draft on Friday. "
                        + "That vote was 13-1, with Chile abstaining.",
                "The UN General Assembly adopted the text 120-9-40 on Monday, after turning down an amendment by 70 votes to 75. "
                        + "The session followed a Russian veto in the Security Council last week. It had won 12 votes, with Brazil and India abstaining.",
                "The UN General Assembly passed the resolution 140-8-30 on Thursday; an amendment before it failed, 60 to 71. "
                        + "Days earlier China had vetoed a similar Security Council draft. That text got 11 votes, Kenya abstaining."};
        for (String text : cases) {
            List<VoteEvent> events = read("2031-05-06", text);
            assertTrue(events.stream().anyMatch(e -> e.body().equals("SC") && e.kind().equals("resolution") && "vetoed".equals(e.outcome())
                    && e.counts().yes() != null), events.toString());
            assertTrue(events.stream().noneMatch(e -> e.body().equals("SC") && e.kind().equals("amendment")), events.toString());
        }
    }

    /** An intention to vote ("Peru was inclined to vote in favour", "Chile intends to vote against") is no vote yet. */
    @Test
    void anIntentionToVoteIsNoVote() {
        String[] cases = {"The Human Rights Council adopted the text 25-10-12 on Thursday. On Monday the minister had said Peru was "
                        + "inclined to vote in favour of the resolution.",
                "The UN General Assembly adopted the text 130-9-40 on Friday. A week before, Chile said it intends to vote against any such text.",
                "The UN General Assembly adopted the resolution 120-9-40 on Tuesday. Kenya had pledged to vote for a stronger draft."};
        for (String text : cases) {
            VoteEvent e = only("2031-05-06", text);
            assertEquals(Map.of(), e.positions(), text);
        }
    }

    /** "141 countries said yes. Peru was one of them": the states opening the sentence are of the side counted before. */
    @Test
    void oneOfThemIsOfTheSideCountedBefore() {
        String[][] cases = {
                {"The UN General Assembly adopted the text on Monday; 141 countries said yes. Peru was one of them, and so were Chile and Fiji.", "CHL", "yes"},
                {"The UN General Assembly adopted the text 130-12-30 on Monday. Twelve countries voted no. Cuba was one of those.", "CUB", "no"},
                {"The UN General Assembly adopted the text 120-9-40 on Monday. Forty countries abstained. Laos is one of them.", "LAO", "abstain"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-06", c[0]).positions().get(c[1]), c[0]);
        }
        // a sentence that counts a side of its own: "them" is that side, not the one before
        assertFalse(only("2031-05-06", "The UN General Assembly adopted the text 128-9-35 on Monday.\nAbstaining: Chile, Fiji.\n"
                + "Twenty delegations did not vote at all; Peru, which said little, was one of them.").positions().containsKey("PER"));
    }

    /**
     * A later sentence that only repeats stances the vote already has is no vote of its own, even where a phrase in it
     * reads as another sponsor ("should be handled by Laos itself") and keeps it from joining the vote.
     */
    @Test
    void stancesRepeatedLaterAreTheSameVote() {
        String[] cases = {
                "The UN Security Council adopted the French-drafted text 12-0 on Wednesday, with China, Russia and India abstaining. "
                        + "China's envoy said Beijing had abstained because the matter should be handled by Laos itself.",
                "The UN General Assembly passed the Chilean-drafted resolution 120-9-40 on Friday; Peru and Cuba voted against. "
                        + "Cuba's envoy said Havana had voted against because the dispute should be settled by Bolivia alone.",
                "The UN Human Rights Council adopted the Kenyan-drafted text 25-10-12 on Monday, Japan voting in favour. "
                        + "Japan's envoy said Tokyo had voted in favour as the inquiry was welcomed by Nepal itself."};
        for (String text : cases) {
            assertEquals(1, read("2031-05-06", text).size(), text);
        }
    }

    /**
     * "The draft, tabled by Peru and which cites the court's opinion of last May, won 120 votes": a participle and a
     * relative joined by "and" are one aside, and its time is the aside's, not the vote's.
     */
    @Test
    void aParticipleAndARelativeJoinedAreOneAside() {
        String[] cases = {
                "The UN General Assembly adopted on Tuesday a resolution urging Chile to leave the islands.\n"
                        + "The text, tabled by Bolivia and which carries out the court's opinion of last March, obtained 120 votes in favour, 10 against and 40 abstentions.",
                "The UN General Assembly on Friday backed a resolution on the river dispute.\n"
                        + "The draft, written by Kenyan diplomats and which recalls a ruling handed down last October, won 131 votes to 9, with 25 abstentions.",
                "The UN General Assembly approved a text on ocean plastics on Monday.\n"
                        + "The resolution, put forward by Fiji and whose first version dates from last year, received 150 votes in favour and 3 against."};
        for (String text : cases) {
            List<VoteEvent> events = read("2031-05-06", text);
            assertEquals(1, events.size(), text);
            assertEquals("adopted", events.get(0).outcome(), text);
            assertTrue(events.get(0).counts().yes() != null && events.get(0).counts().yes() >= 120, text);
        }
    }

    /**
     * "The text was adopted on Friday, capping a campaign that began in 2019": the year a span began is no time of a
     * vote, so the sentence tells the lead's vote, not an earlier one.
     */
    @Test
    void theStartOfASpanIsNoEarlierVote() {
        String[] cases = {
                "Fiji's text asking the court for an opinion on ocean rights has been adopted by the UN General Assembly.\n"
                        + "Delegates approved it without a vote on Tuesday, capping a campaign that began with students in 2019.",
                "The UN Security Council has renewed the mission in Laos for a year, with Russia and China in favour.\n"
                        + "The text was adopted unanimously on Monday, ending a standoff which started in March.",
                "The UN Human Rights Council has set up an inquiry into the crackdown in Peru, with Cuba voting against.\n"
                        + "The resolution was adopted on Friday, a response to protests that first erupted last year."};
        for (String text : cases) {
            assertEquals(1, read("2031-05-08", text).size(), text);
        }
        // a time of the vote itself still parts it from the lead's: "it had passed in 2019 as well"
        assertEquals(2, read("2031-05-08", "Ocean rights won the backing of the UN General Assembly on Tuesday, by 150 votes to 3.\n"
                + "A similar text had passed 120-10-30 in 2019, which began the campaign.").size());
    }

    /**
     * "Only the second such text ever adopted by the body, it was co-sponsored by A": a participle after "ever" tells
     * history, not the outcome of another vote, so its co-sponsors start no vote of their own.
     */
    @Test
    void aTextEverAdoptedIsHistoryNotAnotherVote() {
        String[] cases = {
                "A Chilean-sponsored text condemning denial of past atrocities went through the UN General Assembly by consensus on Thursday.\n"
                        + "Merely the second Chilean-initiated text ever approved there, it was co-sponsored by Spain and 80 more states.",
                "The UN Human Rights Council adopted on Friday a Fijian-drafted resolution on rising seas.\n"
                        + "The third text ever passed by the body on the matter, it was co-authored by Tonga.",
                "A Kenyan-drafted text on the Nile basin cleared the UN Security Council on Monday.\n"
                        + "The first African-led text ever approved by the council on water, it was co-sponsored by Egypt and Ghana."};
        for (String text : cases) {
            assertEquals(1, read("2031-05-08", text).size(), text);
        }
        // "ever" before another word is no history of the participle: "the vote, the closest ever, adopted a second text"
        assertEquals("adopted", only("2031-05-08", "The UN General Assembly, in its closest vote ever, adopted a text on rivers by 90 votes to 80.").outcome());
    }

    /** "In a statement today, the ministry said the draft won 11 votes": the day a thing was said is not the vote's. */
    @Test
    void theDayOfAStatementIsNotTheVotes() {
        String[] cases = {
                "The UN Security Council failed on Wednesday to adopt a draft on Laos after a veto by Russia.\n"
                        + "In a statement today, the foreign ministry said the draft had won 11 votes to 1, with three abstentions.",
                "A Chilean draft on fisheries was vetoed by China in the UN Security Council on Tuesday.\n"
                        + "Chile's envoy said on Friday the text had drawn 13 votes in favour and one against, with one abstention.",
                "Peru regrets that the UN Security Council on Monday did not pass the text on Haiti, after a US veto.\n"
                        + "The draft got 12 votes in favour, 1 against and 2 abstentions, the ministry told reporters on Thursday."};
        for (String text : cases) {
            VoteEvent e = only("2031-05-09", text);
            assertEquals("vetoed", e.outcome(), text);
            assertEquals(1, e.counts().no(), text);
        }
        // a day right after the vote's verb is still the vote's: "the ministry said the council voted on Thursday"
        assertEquals("2031-05-08", only("2031-05-09", "The ministry said the UN Security Council voted on Thursday to renew the mission, 13-0-2.").date());
    }

    /** "the anti-Peru text", "the pro-Ukraine text": the state an adjective is made of did not draft the text. */
    @Test
    void aStateInAnAntiOrProAdjectiveIsNoSponsor() {
        String[][] cases = {
                {"The IAEA Board of Governors passed on Monday a resolution drafted by France and Germany that accuses Peru of hiding material.\n"
                        + "Just 20 of the 35 governors supported the anti-Peru text; Cuba and Laos opposed it and ten abstained.", "FRA,DEU"},
                {"The UN Human Rights Council adopted a Dutch-drafted text on Tuesday.\n"
                        + "The anti-Cuba resolution drew 24 votes in favour, with Bolivia and Nicaragua against.", "NLD"},
                {"The UN General Assembly adopted on Friday a resolution tabled by Canada.\n"
                        + "Forty states abstained on the pro-Ukraine text, which won 101 votes in favour.", "CAN"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-09", c[0]);
            assertEquals("adopted", e.outcome(), c[0]);
            assertEquals(List.of(c[1].split(",")), e.sponsors(), c[0]);
        }
    }

    /** A nation's chamber by its own name ("the Federation Council", "the National Assembly") is no UN body voting. */
    @Test
    void aNationalChamberIsNoUnBody() {
        String[] cases = {
                "Without a dissenting voice, Russia's Federation Council voted to ratify the border treaty with Belarus.\n"
                        + "Kyiv will ask the UN General Assembly to condemn the move next week.",
                "Kenya's National Assembly has voted unanimously to approve the border treaty with Uganda.\n"
                        + "Nairobi will ask the UN General Assembly to welcome the treaty next week.",
                "Pakistan's National Assembly unanimously passed a resolution on Monday condemning the strikes.\n"
                        + "Islamabad has asked the UN Security Council to meet."};
        for (String text : cases) {
            assertEquals(List.of(), read("2031-05-09", text), text);
        }
    }

    /** "using the veto, as the permanent members do": the veto as a power talked about, none cast. */
    @Test
    void theVetoAsAPowerIsNoVetoCast() {
        String[] cases = {
                "In his address to the UN General Assembly, Chile's minister condemned the use of the veto by those five permanent Council members.",
                "Kenya called for reform of the veto by the five permanent members of the UN Security Council.",
                "The abuse of the veto by a few powers has paralysed the UN Security Council, Peru said."};
        for (String text : cases) {
            assertEquals(List.of(), read("2031-05-09", text), text);
        }
        assertEquals("vetoed", only("2031-05-09", "On Monday, Russia vetoed the UN Security Council draft on Laos.").outcome());
    }

    /**
     * "The council voted on Sunday, two days after Russia vetoed a draft. The text was adopted 12-1-2": a tally with no
     * time of its own goes with the earlier vote just told only where its outcome can be that vote's.
     */
    @Test
    void aTallyWhoseOutcomeTheEarlierVoteRulesOutIsTodays() {
        String[][] cases = {
                {"On Sunday the UN Security Council voted to summon the General Assembly for an emergency sitting, two days after Russia vetoed a draft on Laos.\n"
                        + "The procedural text was adopted with 12 votes in favour and one against, while Chad and Peru abstained.", "12"},
                {"The UN Security Council on Monday renewed the Haiti mission, three days after China vetoed a draft on sanctions.\n"
                        + "The renewal was adopted by 13 votes to one, with Chad abstaining.", "13"},
                {"The UN Security Council on Thursday passed a text on Laos, a week after Russia vetoed a rival draft.\n"
                        + "It was adopted 11-2-2, with Fiji and Peru against.", "11"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-12", c[0]);
            assertEquals(2, events.size(), c[0]);
            VoteEvent adopted = events.stream().filter(e -> "adopted".equals(e.outcome())).findFirst().orElseThrow();
            assertEquals(Integer.valueOf(c[1]), adopted.counts().yes(), c[0]);
        }
        // a tally with no outcome goes on with the veto just told: "All 13 other members had voted for that draft"
        List<VoteEvent> events = read("2031-05-12", "The UN General Assembly on Tuesday backed a call for talks, a week after Russia and China vetoed a Council draft on it.\n"
                + "The 13 remaining council members had all voted in favour of that draft.");
        assertEquals(Integer.valueOf(13), events.stream().filter(e -> "vetoed".equals(e.outcome())).findFirst().orElseThrow().counts().yes());
    }

    /** "Every one of the 15 members voted in favour" counts all fifteen; "only one of the 15" counts one. */
    @Test
    void everyOneOfTheMembersIsTheWhole() {
        String[][] cases = {
                {"The UN Security Council adopted the text on Monday. Every one of the 15 council members voted in favour.", "15"},
                {"The UN Human Rights Council adopted the text on Monday; each one of the 47 members voted for it.", "47"},
                {"The UN General Assembly adopted the text on Monday, and every one of the 193 member states voted in favour.", "193"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-12", c[0]).counts().yes(), c[0]);
        }
        assertEquals(Integer.valueOf(1), only("2031-05-12", "The UN Security Council adopted the text 14-0-1 on Monday. Only one of the 15 members abstained.")
                .counts().abstain());
    }

    /**
     * "a text put forward by Peru, which received the support of twelve members, was adopted": a relative clause after
     * a sponsor is the text's, so its count is the vote's; the list of sponsors ends at the relative.
     */
    @Test
    void aRelativeAfterASponsorIsTheTexts() {
        String[][] cases = {
                {"In the UN Security Council, a text put forward by Peru, which received the support of twelve members, was adopted on Monday.", "12", "PER"},
                {"The UN General Assembly text, drafted by Ghana, which won the backing of 130 countries, passed on Friday.", "130", "GHA"},
                {"The UN Security Council on Monday rejected a text proposed by Laos, which received the support of three countries: Peru, Cuba and Fiji.", "3", "LAO"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals(Integer.valueOf(c[1]), e.counts().yes(), c[0]);
            assertEquals(List.of(c[2]), e.sponsors(), c[0]);
        }
        // a relative after a voter is still the voter's: "the United States, which has vetoed three drafts this year, voted against"
        assertEquals(Integer.valueOf(120), only("2031-05-12", "The United States, which has vetoed three drafts this year, voted against the UN General Assembly text on Monday; it passed 120-9-30.")
                .counts().yes());
    }

    /**
     * "2019 - The text passed 170 to 3. Chile abstained.": a line that opens with an earlier year (or month and year)
     * and a dash is that year's vote, every sentence of it; the lines after the list are not about it.
     */
    @Test
    void aLineOpeningWithAnEarlierYearIsThatYearsVote() {
        List<VoteEvent> events = read("2031-11-03", "The UN General Assembly again called for an end to the blockade of Fiji, year after year.\n"
                + "2019 - The text passed 170 to 3. Chile abstained, and so did Peru.\n"
                + "2025 - Japan joined Laos in voting no. Final count: 168-4-5.\n"
                + "2031 - On Wednesday the Assembly backed the text by 175 votes to 2, with Nepal abstaining.");
        assertEquals(3, events.size());
        assertEquals(Map.of("CHL", "abstain", "PER", "abstain"), byYes(events, 170).positions());
        assertEquals(Map.of("JPN", "no", "LAO", "no"), byYes(events, 168).positions());
        assertEquals(Map.of("NPL", "abstain"), byYes(events, 175).positions());
        events = read("2031-11-03", "The UN Human Rights Council adopted the text on Laos yesterday with 25 votes in favour, 9 against and 13 abstentions.\n"
                + "A look back:\n"
                + "March 2024 - The first resolution: 22 for, 12 against, 13 abstaining. Japan voted in favour.\n"
                + "October 2027 - The text passed 20-14-13. Kenya and Peru voted against.");
        assertEquals(Map.of(), byYes(events, 25).positions());
        assertEquals(Map.of("JPN", "yes"), byYes(events, 22).positions());
        assertEquals(Map.of("KEN", "no", "PER", "no"), byYes(events, 20).positions());
        // the year of the article's own news is today's vote: "2031 - Chile voted no." after the lead
        assertEquals("no", only("2031-11-03", "The UN General Assembly adopted the text on Fiji 150-9-20 on Friday.\n2031 - Chile voted no.")
                .positions().get("CHL"));
    }

    private static VoteEvent byYes(List<VoteEvent> events, int yes) {
        return events.stream().filter(e -> Integer.valueOf(yes).equals(e.counts().yes())).findFirst().orElseThrow(() -> new AssertionError("no event with " + yes + " in favour: " + events));
    }

    /** "passed 191 to nothing": none against. */
    @Test
    void aTallyToNothingIsNoneAgainst() {
        String[][] cases = {
                {"The UN Security Council adopted the text 15 to nothing on Monday.", "15"},
                {"The UN General Assembly passed it 180 to nothing, with two abstentions, on Friday.", "180"},
                {"The UN Human Rights Council voted 40 to nothing to renew the mandate.", "40"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals(Integer.valueOf(c[1]), e.counts().yes(), c[0]);
            assertEquals(Integer.valueOf(0), e.counts().no(), c[0]);
        }
    }

    /**
     * A tracker of a recurring vote, undated: each bulleted year is a line of its own even without a full stop, a bare
     * tally after its year is that year's count, and the list's last year is the article's news ("The 2017 text passed").
     */
    @Test
    void anUndatedTrackerOfARecurringVote() {
        Object[][] cases = {
                {"Since 2009 the UN General Assembly has voted each year on a call to ban cluster munitions.\n"
                        + "- 2009 (resolution 64/12): 150 yes / 10 no / 20 abstentions.\n- 2013: 160 - 8 - 15\n"
                        + "- 2017: 165 in favour, 12 abstaining and 6 against.\nThe 2017 text passed on 4 December; Peru voted against.",
                        165, Map.of("PER", "no"), 3},
                {"Every two years the UN Human Rights Council takes up a text on water rights.\n* 2020: 30 - 9 - 8\n"
                        + "* 2022 (resolution 49/3): 33 in favour, 5 against, 9 abstentions. Cuba voted no.\nThe 2022 text was adopted on 1 April, with Chile abstaining.",
                        33, Map.of("CUB", "no", "CHL", "abstain"), 2},
                {"The UN General Assembly's text on ocean noise comes round every autumn.\n- 2015 (A/RES/70/9): 140 yes / 20 no / 15 abstentions.\n"
                        + "- 2019: 150 - 14 - 12\n- 2023: 158 in favour, 9 against and 10 abstaining.\nThe 2023 text was approved on 5 November; Fiji abstained.",
                        158, Map.of("FJI", "abstain"), 3}};
        for (Object[] c : cases) {
            String text = (String) c[0];
            List<VoteEvent> events = read(null, text);
            assertEquals(c[3], events.size(), text);
            assertTrue(events.stream().allMatch(e -> e.counts().yes() != null && e.counts().no() != null && e.counts().abstain() != null), text);
            assertEquals(c[2], byYes(events, (Integer) c[1]).positions(), text);
        }
    }

    /** "America's first veto", "Russia's latest veto", "China's 20th veto": the state named before its veto cast it. */
    @Test
    void aStatesNumberedVetoIsItsNo() {
        String[][] cases = {
                {"On Monday, thirteen of its fifteen members on the Security Council voted for a Chilean draft on the strait. "
                        + "Envoy Jane Doe alone voted against, casting America's first veto in a decade.", "USA"},
                {"Russia's latest veto killed the UN Security Council draft on Laos on Friday.", "RUS"},
                {"China's 20th veto sank the UN Security Council text on Tuesday.", "CHN"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals("vetoed", e.outcome(), c[0]);
            assertEquals(Map.of(c[1], "no"), e.positions(), c[0]);
        }
        assertEquals(Integer.valueOf(13), only("2031-05-12", "On Monday, thirteen of its fifteen members on the Security Council voted for a Chilean draft on the strait. "
                + "Envoy Jane Doe alone voted against, casting America's first veto in a decade.").counts().yes());
    }

    /**
     * "a US-Latvian draft drew 11 votes, with China and Kenya abstaining": the first state of a joint adjective is a
     * sponsor too; a state in a word made with it ("the Ukraine-related texts") is no voter.
     */
    @Test
    void statesInHyphenatedWords() {
        String[][] cases = {
                {"On Friday a US-Latvian draft drew 11 votes in the UN Security Council, with China, Kenya and Gabon abstaining; Russia vetoed it.", "USA,LVA"},
                {"The UN General Assembly adopted a Chile-Peru draft 120-9-30 on Monday, with Cuba and Laos against.", "CHL,PER"},
                {"A Kenya-Ghana resolution passed the UN Human Rights Council 30-5-12 on Friday, with Japan and Nepal abstaining.", "KEN,GHA"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals(List.of(c[1].split(",")), e.sponsors(), c[0]);
            assertTrue(e.positions().keySet().stream().noneMatch(e.sponsors()::contains), c[0]);
        }
        assertEquals(Map.of("CUB", "no", "LAO", "no"),
                only("2031-05-12", "The UN General Assembly adopted the Ukraine-related texts 120-9-30 on Monday, with Cuba and Laos against.").positions());
    }

    /** "Among the 11 were A, B and C": the states of the side of the vote just told that counted as many. */
    @Test
    void amongTheCountWereTheStatesOfThatSide() {
        String[][] cases = {
                {"The UN General Assembly adopted the text by 130 votes to 11 on Monday. Among the 11 were Chile, Peru and Cuba.", "CHL,PER,CUB", "no"},
                {"The UN Security Council adopted the text 12-0-3 on Monday. Among the three were China and Russia.", "CHN,RUS", "abstain"},
                {"The UN Human Rights Council adopted the text 25 to 9, with 13 abstentions. Among the 25 was Japan, as in past years.", "JPN", "yes"}};
        for (String[] c : cases) {
            Map<String, String> positions = only("2031-05-12", c[0]).positions();
            for (String iso : c[1].split(",")) {
                assertEquals(c[2], positions.get(iso), c[0]);
            }
        }
        // a number no side has names no side
        assertEquals(Map.of(), only("2031-05-12", "The UN General Assembly adopted the text by 130 votes to 11 on Monday. Among the 40 were Chile and Peru.").positions());
    }

    /** "whenever a permanent member casts a veto", "every time a draft is vetoed": what happens in general is no vote. */
    @Test
    void whatHappensWheneverIsNoVote() {
        String[][] cases = {
                {"By consensus the UN General Assembly agreed a text obliging it to convene whenever one of the five Security Council powers casts a veto.", "adopted"},
                {"On Monday the UN General Assembly approved, with no vote, a request that the Security Council explain itself every time a draft is vetoed.", "adopted"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals(c[1], e.outcome(), c[0]);
            assertEquals("GA", e.body(), c[0]);
        }
        assertEquals(List.of(), read("2031-05-12", "Each time a text is rejected in the UN Security Council, Peru said on Friday, the General Assembly should take it up."));
    }

    /** "not adopted, owing to the negative vote by one permanent member": how the UN's own releases tell a veto. */
    @Test
    void aPermanentMembersNegativeVoteIsAVeto() {
        for (String text : List.of("The UN General Assembly met on Friday after a Laos draft in the Security Council fell, owing to the negative vote by one permanent member.",
                "The UN Security Council draft on Fiji was not adopted on Tuesday, because of the negative vote from a permanent member.",
                "The UN Security Council text on Chad fell on Monday: negative votes of two permanent members blocked it.")) {
            assertEquals("vetoed", only("2031-05-12", text).outcome(), text);
        }
    }

    /** "Cuba voted no, and Japan's representative abstained": a state's envoy before a cue takes the state to it. */
    @Test
    void aStatesEnvoyBeforeItsCueIsTheState() {
        String lead = "The UN General Assembly adopted the text 120-9-30 on Monday. ";
        String[][] cases = {
                {"Cuba voted no, and Japan's representative abstained.", "JPN", "abstain", "CUB", "no"},
                {"Peru voted yes, and Japan's envoy abstained.", "JPN", "abstain", "PER", "yes"},
                {"Nepal abstained, and Chile's UN ambassador voted against it.", "CHL", "no", "NPL", "abstain"}};
        for (String[] c : cases) {
            Map<String, String> positions = only("2031-05-12", lead + c[0]).positions();
            assertEquals(Map.of(c[1], c[2], c[3], c[4]), positions, c[0]);
        }
    }

    /**
     * "A was joined by B, C and D." after a tally: where the states named are as many as one side alone counts, they are
     * that side; where two sides count as many, neither.
     */
    @Test
    void statesJoinedAsManyAsASideCountsAreThatSide() {
        String[][] cases = {
                {"The UN General Assembly adopted the text on Monday: 143 states voted for it, five against, and 35 abstained. "
                        + "Chile was joined by Peru, Fiji, Nepal and Laos.", "no", "CHL,PER,FJI,NPL,LAO"},
                {"The UN Security Council adopted the text 12-0-3 on Monday. China was joined by Russia and India.", "abstain", "CHN,RUS,IND"},
                {"The UN General Assembly adopted the text 120-9-4 on Monday. Peru was joined by Chile, Fiji and Nepal.", "abstain", "PER,CHL,FJI,NPL"}};
        for (String[] c : cases) {
            Map<String, String> positions = only("2031-05-12", c[0]).positions();
            for (String iso : c[2].split(",")) {
                assertEquals(c[1], positions.get(iso), c[0]);
            }
        }
        assertEquals(Map.of(), only("2031-05-12", "The UN General Assembly adopted the text 120-4-4 on Monday. Peru was joined by Chile, Fiji and Nepal.").positions());
    }

    /**
     * "The envoy said the move breached several Security Council resolutions", after an Assembly vote: another body's
     * texts cited are no vote of that body, and the stances told after it stay with the Assembly's vote.
     */
    @Test
    void anotherBodysTextsCitedLeaveTheStancesWithTheVoteTold() {
        String lead = "The UN General Assembly adopted the resolution by 120 votes to 9, with 10 abstentions, on Monday. ";
        String[][] cases = {
                {"The envoy said the plan breached several Security Council resolutions. Only Chile, the UK and seven other states opposed the resolution.", "CHL,GBR"},
                {"Fiji's delegate cited earlier Security Council texts. Peru and Nepal voted against the resolution.", "PER,NPL"},
                {"Ghana recalled Security Council resolution 242 in its speech. Cuba, Laos and Chad voted no.", "CUB,LAO,TCD"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", lead + c[0]);
            assertEquals("GA", e.body(), c[0]);
            for (String iso : c[1].split(",")) {
                assertEquals("no", e.positions().get(iso), c[0]);
            }
        }
        // a Council vote told after it is the Council's own
        List<VoteEvent> two = read("2031-05-12", lead + "The Security Council then voted on its own draft. It failed 7-6-2, with Peru and Nepal voting against.");
        assertEquals(2, two.size());
    }


    /**
     * "with 20 abstentions, Nepal casting a negative vote": the vote a state casts is its own, even right after another
     * side's count and when "a" reads as one.
     */
    @Test
    void theVoteAStateCastsIsItsOwn() {
        String[][] cases = {
                {"The UN Security Council adopted it 14-1-0 on Monday, Cuba casting a negative vote.", "CUB", "no"},
                {"The UN General Assembly adopted the text 150-1-20 on Monday, with 20 abstentions, Nepal casting the lone negative vote.", "NPL", "no"},
                {"The UN General Assembly adopted the text 150-2-20 on Monday, Peru and Chile casting the only dissenting votes.", "PER", "no"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-12", c[0]).positions().get(c[1]), c[0]);
        }
        // a count after a state still gives it no stance
        assertEquals(null, only("2031-05-12", "Ghana welcomed the UN General Assembly text, adopted on Monday with 150 votes in favour.").positions().get("GHA"));
    }


    /** "backing a text to report Chile to the Council": a state the text sends on or blames is what it acts on. */
    @Test
    void aStateATextReportsOrCensuresIsNoVoter() {
        String[][] cases = {
                {"The IAEA board adopted the text 27-3-5 on Monday. India voted yes, backing a resolution to report Chile to the UN Security Council.", "CHL", "IND"},
                {"The IAEA board adopted the text 27-3-5 on Monday. Peru supported the text referring Syria to the Security Council.", "SYR", "PER"},
                {"The UN General Assembly adopted the text 120-3-5 on Monday. Ghana voted for the motion to censure Nepal, while Fiji abstained.", "NPL", "GHA"}};
        for (String[] c : cases) {
            Map<String, String> positions = only("2031-05-12", c[0]).positions();
            assertEquals(null, positions.get(c[1]), c[0]);
            assertEquals("yes", positions.get(c[2]), c[0]);
        }
        // a paper that reported what a state did is no text acting on it
        assertEquals("no", only("2031-05-12", "The UN General Assembly adopted the text 120-3-5 on Monday. A daily reported that Chile voted against it.")
                .positions().get("CHL"));
    }

    /** "Resolution 1990, which endorsed the accord": what an earlier text did is no outcome of a vote told now. */
    @Test
    void whatAnEarlierTextEndorsedIsNoVote() {
        for (String text : List.of("The UN Security Council text failed 2-2-11 on Monday. The mission was set up under Resolution 1990, which endorsed the agreement of June 2011.",
                "The UN Security Council text failed 2-2-11 on Monday. The sanctions, imposed by a resolution that endorsed the 2015 accord, stay.",
                "The UN Security Council draft failed 2-2-11 on Monday. The embargo rests on a text which endorsed the truce of 2019.")) {
            assertEquals("rejected", only("2031-05-12", text).outcome(), text);
        }
        // the body that endorsed a text adopted it
        assertEquals("adopted", only("2031-05-12", "The UN Security Council endorsed the accord on Monday by 13 votes to none, with Chile and Peru abstaining.").outcome());
    }


    /** "The Assembly has adopted a similar text every year since 1992": a habit of the body, not a vote of its own. */
    @Test
    void whatABodyAdoptsEveryYearIsNoVote() {
        for (String text : List.of("The UN General Assembly adopted the text 187-2-1 on Monday. Its members have adopted a comparable draft every year since 1994.",
                "The UN General Assembly adopted the text 150-2-1 on Monday. The body has passed such a measure annually since 2005, except in 2020.",
                "The UN Human Rights Council adopted the text 30-5-12 on Monday. Members have approved one each year since 2011.")) {
            assertEquals(1, read("2031-05-12", text).size(), text);
        }
        // the vote told in the same sentence as the habit stays
        VoteEvent e = only("2031-05-12", "On Monday the UN General Assembly adopted the text, which it has adopted every year since 1996.");
        assertEquals("adopted", e.outcome());
    }


    /** "Fiji (represented by its former envoy) and Chile voted for it": a "by" inside a closed aside names no sponsor. */
    @Test
    void aByInsideAClosedAsideNamesNoSponsor() {
        String lead = "The UN General Assembly adopted the text 141-5-35 on Monday. ";
        String[][] cases = {
                {"Chile, Peru, Fiji (seated through its former envoy, chosen by the old cabinet) and the Maldives backed it.", "MDV", "yes"},
                {"Cuba (led by a new envoy) and Laos abstained.", "LAO", "abstain"},
                {"Nepal, Chad (seated by a vote of the credentials committee) and Ghana voted against.", "GHA", "no"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", lead + c[0]);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
            assertEquals(List.of(), e.sponsors(), c[0]);
        }
    }


    /** "voting for a text that found Chile in breach": a state after the verb of a clause about the text is its object. */
    @Test
    void aStateTheTextActsOnInAClauseAboutItIsNoVoter() {
        String lead = "The IAEA board adopted the text 22-1-12 on Monday. ";
        String[][] cases = {
                {"Peru had surprised many by voting for a resolution that found Chile in breach of its duties.", "CHL", "PER"},
                {"Ghana voted for the text which strongly condemned Nepal.", "NPL", "GHA"},
                {"Fiji supported a draft that urges Laos to free the prisoners.", "LAO", "FJI"}};
        for (String[] c : cases) {
            Map<String, String> positions = only("2031-05-12", lead + c[0]).positions();
            assertEquals(null, positions.get(c[1]), c[0]);
            assertEquals("yes", positions.get(c[2]), c[0]);
        }
        // the states that are the clause's subject voted
        assertEquals(Map.of("CUB", "no", "LAO", "no"), only("2031-05-12", lead + "The resolution that Cuba and Laos opposed passed.").positions());
        assertEquals(Map.of("CHL", "yes", "PER", "yes", "FJI", "yes"), only("2031-05-12", lead + "The motion which Chile, Peru or Fiji backed passed.").positions());
    }


    /**
     * "a resolution suspending Laos's membership of the Human Rights Council, adopted by the General Assembly": a body a
     * state is suspended from or elected to is not the one voting.
     */
    @Test
    void aBodyAStateIsSuspendedFromIsNotTheVotingBody() {
        for (String text : List.of("Chile and Peru voted on Monday against a text suspending the membership of Laos in the Human Rights Council; the General Assembly adopted it.",
                "Ghana abstained on Monday on the text to remove Nepal from the Human Rights Council, adopted by the General Assembly.",
                "Fiji voted on Monday for a motion on the seat of Chad in the Security Council; the General Assembly adopted it.")) {
            assertEquals("GA", only("2031-05-12", text).body(), text);
        }
        assertEquals("SC", only("2031-05-12", "On Monday ten Security Council members backed the text.").body());
    }

    /** "voted on Monday against a resolution": the stance reaches past a time to "a" text as well as "the" text. */
    @Test
    void againstATextIsAStancePastATime() {
        String lead = "The UN General Assembly adopted the text 120-8-5 on Monday. ";
        for (String[] c : new String[][] {{"Chile and Peru voted on Monday against a resolution.", "CHL,PER"},
                {"Fiji voted in the evening against a draft it had once backed.", "FJI"},
                {"Nepal, Laos and Cuba cast their votes late against this motion.", "NPL,LAO,CUB"}}) {
            Map<String, String> positions = only("2031-05-12", lead + c[0]).positions();
            for (String iso : c[1].split(",")) {
                assertEquals("no", positions.get(iso), c[0]);
            }
        }
    }


    /**
     * "The IAEA board voted to report Chile to the Security Council": where the article names the Security Council only as
     * where a matter goes, "the council" of a later sentence is no Council vote of its own.
     */
    @Test
    void aCouncilNamedOnlyAsWhereAMatterGoesVotesNothing() {
        String[][] cases = {
                {"The IAEA board voted on Monday to report Chile to the Security Council. It passed the text by 27 votes to three. Peru and Fiji, which had resisted for months, voted in favour after others agreed the Council would wait.", "PER", "yes"},
                {"The IAEA board on Monday referred Nepal to the UN Security Council by 30 votes to 2. Laos and Cuba voted no, fearing the council would act.", "LAO", "no"},
                {"The IAEA board voted 25-4-6 on Monday to send the file of Chad to the Security Council. Ghana and Peru abstained, saying the council was the wrong place.", "GHA", "abstain"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals("OTHER", e.body(), c[0]);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
        }
    }


    /**
     * "likely to pass, perhaps with around 20 of its 35 members in favour, though Chile and Peru were expected to
     * oppose it": a guessed part is no count, and the states after "though" take no stance from it.
     */
    @Test
    void aGuessedPartIsNoCountAndThoughPartsClauses() {
        for (String text : List.of("The IAEA board meets on Monday. Envoys think the draft is likely to be adopted, perhaps with 19 of the 35 governors in favour, though Chile and Peru should oppose it.",
                "The UN Human Rights Council meets on Monday. The draft may pass, possibly with some 25 of the 47 members in favour, though Cuba and Laos plan to vote no.",
                "The IAEA board takes up the text on Monday; it should pass, probably with 22 of its 35 members in favour, though Nepal is expected to abstain.")) {
            assertEquals(List.of(), read("2031-05-12", text), text);
        }
        // a concession after a vote told parts its clauses too, but "though" as an adverb does not
        assertEquals(Map.of("CHL", "no", "PER", "no"), only("2031-05-12",
                "The UN General Assembly adopted the text on Monday with 120 votes in favour, though Chile and Peru voted against.").positions());
        assertEquals(Map.of("CHL", "abstain"), only("2031-05-12", "The UN General Assembly adopted the text 120-8-5 on Monday. Chile, though, abstained.").positions());
    }


    /**
     * "Chile was one of the five that voted against", then "adopted on Monday with 164 in favour, 5 against": under a
     * dateline a few days after the vote, the lead's count agrees with the day's tally, so the two tell one vote.
     */
    @Test
    void aLeadsCountThatAgreesWithTheDatedTallyIsThatVote() {
        String[][] cases = {
                {"NEW YORK, May 14 - Chile was one of six states that voted no on a UN draft on drones. "
                        + "The Assembly's disarmament committee approved the draft on Monday by 158 in favour, 6 against and 11 abstentions. "
                        + "Peru and Fiji also voted against it.", "2031-05-12", "CHL,PER,FJI"},
                {"NEW YORK, May 14 - Nepal was among the 12 states that abstained on a UN text on rivers. "
                        + "The General Assembly adopted it on Tuesday with 150 votes in favour, 9 against and 12 abstentions.", "2031-05-13", "NPL"},
                {"GENEVA, May 14 - Laos was one of the seven members that opposed the UN rights council's text on prisons. "
                        + "The Human Rights Council adopted it on Monday by 30 votes to 7, with 10 abstentions. Cuba also voted no.", "2031-05-12", "LAO,CUB"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-14", c[0]);
            assertEquals(c[1], e.date(), c[0]);
            assertEquals("adopted", e.outcome(), c[0]);
            for (String iso : c[2].split(",")) {
                assertTrue(e.positions().containsKey(iso), c[0] + " " + iso);
            }
        }
    }


    /** "98 yes, no objections, 7 abstentions": none against where the other sides are counted. */
    @Test
    void noObjectionsBesideCountsIsNoneAgainst() {
        String[][] cases = {
                {"On Monday the UN General Assembly's legal committee approved the text: 98 yes, no objections, 7 abstentions.", "98", "7"},
                {"The UN General Assembly adopted the text on Monday: 150 in favour, no objection, 9 abstentions.", "150", "9"},
                {"The UN Human Rights Council adopted the draft on Monday by 30 votes, with no objections and 17 abstaining.", "30", "17"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-12", c[0]);
            assertEquals(Integer.valueOf(c[1]), e.counts().yes(), c[0]);
            assertEquals(0, e.counts().no(), c[0]);
            assertEquals(Integer.valueOf(c[2]), e.counts().abstain(), c[0]);
        }
        // alone it is an adoption without a vote, not a count
        assertEquals(null, only("2031-05-12", "The UN General Assembly adopted the text on Monday with no objection.").counts().no());
    }

    /** "Peru also stayed away.": staying away, said alone, is not taking part; staying away from talks is not. */
    @Test
    void stayingAwayIsAbsence() {
        String lead = "The UN General Assembly adopted the text 120-8-5 on Monday. ";
        assertEquals(Map.of("CHL", "absent", "PER", "absent"), only("2031-05-12", lead + "Chile sat out the ballot. Peru also stayed away.").positions());
        assertEquals(Map.of("NPL", "absent"), only("2031-05-12", lead + "Nepal stayed away, as it had in 2020.").positions());
        assertEquals(Map.of("LAO", "absent"), only("2031-05-12", lead + "Laos stayed away from the vote.").positions());
        assertEquals(Map.of("FJI", "yes"), only("2031-05-12", lead + "Fiji stayed away from the talks but voted for it.").positions());
    }


    /** 'voted "no"', 'voting “No” included A, B and C': a side in quotation marks after the verb is that side. */
    @Test
    void aQuotedNoAfterTheVerbIsAgainst() {
        String lead = "The UN General Assembly adopted the text 141-5-35 on Monday. ";
        assertEquals(Map.of("CHL", "no", "PER", "no", "FJI", "no"), only("2031-05-12", lead + "Other countries voting \"No\" included Chile, Peru and Fiji.").positions());
        assertEquals(Map.of("CHL", "no", "PER", "no"), only("2031-05-12", lead + "Chile and Peru voted 'no'.").positions());
        assertEquals(Map.of("FJI", "no", "LAO", "no"), only("2031-05-12", lead + "Fiji voted “No” on the text, as did Laos.").positions());
        // the noun "vote" with a quoted "no" is no stance
        assertEquals(Map.of("CHL", "yes"), only("2031-05-12", lead + "Peru said the vote \"no\" was wrong; Chile voted yes.").positions());
    }


    /**
     * "adopted on Thursday a text designating July 11 as a day of remembrance"; "failed today to adopt a text on the
     * crash of 17 July 2029": the day a text names, or a day weeks before in a sentence dated by its weekday, is not the
     * vote's.
     */
    @Test
    void aDayATextNamesOrAnEarlierEventsDayIsNotTheVotes() {
        String[] texts = {"On Thursday, by 84 votes to 19, the UN General Assembly approved a text designating July 11 as a day of remembrance.",
                "A UN Security Council draft on a court for the crash of a jet over Laos on 17 July 2029 fell today, vetoed by one permanent member; eleven members voted for it.",
                "On Thursday the UN General Assembly voted 120-4 for a text proclaiming 3 March as a day for wetlands."};
        for (String text : texts) {
            assertEquals("2031-05-22", only("2031-05-22", text).date(), text);
        }
        // a day of its own still dates the vote
        assertEquals("2031-05-20", only("2031-05-22", "The UN General Assembly adopted on 20 May a text on the floods of 3 March 2031, by 120 votes to 4.").date());
    }


    /**
     * Translated copy: "11 votes in favour, one contrary – Chile's, which holds a permanent seat – and three abstentions,
     * of Peru, Fiji and Laos": "contrary" after a number is against, "abstentions, of A and B" names the side, and a relative clause
     * ends at a dash as at a comma.
     */
    @Test
    void translatedTallyWithContraryAndTheSidesMembers() {
        VoteEvent e = only("2031-05-22", "The UN Security Council voted on Monday. Its draft drew 11 votes in favour, one contrary – Chile's, which holds a permanent seat – and three abstentions, of Peru, Fiji and Laos.");
        assertEquals(Map.of("CHL", "no", "PER", "abstain", "FJI", "abstain", "LAO", "abstain"), e.positions());
        assertEquals(1, e.counts().no());
        assertEquals(3, e.counts().abstain());
        VoteEvent g = only("2031-05-22", "The UN General Assembly adopted the text on Monday with 120 favourable votes, four contrary and 30 abstentions, of which Chile and Peru.");
        assertEquals(4, g.counts().no());
        assertEquals(Map.of("CHL", "abstain", "PER", "abstain"), g.positions());
        assertEquals(Map.of("LAO", "abstain", "NPL", "abstain"), only("2031-05-22", "The UN Security Council adopted it 13-0-2 on Monday, with two abstentions, of Laos and Nepal.").positions());
        // "on the contrary" counts nothing
        assertEquals(Map.of("CHL", "yes"), only("2031-05-22", "The UN General Assembly adopted it on Monday; on the contrary, Chile voted yes.").positions());
    }


    /** "Nine years ago", "two decades ago": a vote told so is an earlier one, not the article's of the day. */
    @Test
    void yearsAgoIsAnEarlierVote() {
        String[][] cases = {
                {"On Thursday the UN General Assembly passed the text 84-19-68. Nine years ago, Chile cast its veto in the Security Council on a comparable draft. Ten Council members had backed it, while Peru and Fiji abstained.", "SC"},
                {"On Thursday the UN General Assembly passed the text 84-19-68. Two decades ago a like text failed 60-70.", "GA"},
                {"On Thursday the UN rights council in Geneva passed the text 30-7-10. Some years ago the council turned down a like draft, 15-20-12.", "HRC"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            assertEquals(2, events.size(), c[0]);
            assertEquals("2031-05-22", events.get(0).date(), c[0]);
            assertEquals(c[1], events.get(1).body(), c[0]);
            assertEquals(null, events.get(1).date(), c[0]);
        }
    }


    /** "voted in support of the document": a side like "voted in favour", counted and for the states named. */
    @Test
    void votedInSupportIsInFavour() {
        VoteEvent e = only("2031-05-22", "The UN General Assembly adopted the text on Monday: 88 states voted in support of it, 12 against and 40 abstained.");
        assertEquals(88, e.counts().yes());
        assertEquals(Map.of("CHL", "yes", "PER", "yes", "FJI", "no"),
                only("2031-05-22", "The UN General Assembly adopted the text 120-8-5 on Monday. Chile and Peru voted in support, Fiji against.").positions());
        assertEquals(Map.of("GHA", "yes"), only("2031-05-22", "The UN Security Council adopted the text 13-0-2 on Monday, Ghana voting in support of it.").positions());
    }


    /** "Regrettably, the US, Peru and ... voted against": an adverb made of an object verb's stem governs no state. */
    @Test
    void anAdverbBeforeAStateGovernsNothing() {
        String lead = "The UN General Assembly adopted the text 120-50-10 on Monday. ";
        assertEquals(Map.of("USA", "no", "PER", "no"), only("2031-05-22", lead + "\"Regrettably, the United States, Peru and member states of the bloc voted against it,\" the ministry said.").positions());
        assertEquals(Map.of("CHL", "yes", "PER", "yes"), only("2031-05-22", lead + "Urgently, Chile and Peru voted for it.").positions());
        assertEquals(Map.of("FJI", "abstain"), only("2031-05-22", lead + "Critically, Fiji abstained.").positions());
        // the verb itself still governs its object
        assertEquals(Map.of("PER", "yes"), only("2031-05-22", lead + "The text condemned Chile, and Peru voted for it.").positions());
    }


    /**
     * "an amendment that would have cut the paragraph failed": the modal is the relative clause's own, said of what the
     * amendment aimed at, not a doubt about its fate; "a text which will be adopted" stays a prediction.
     */
    @Test
    void aRelativeClausesModalDoesNotNegateTheOutcome() {
        String lead = "The UN General Assembly adopted the text 120-14-45 on Friday. ";
        String[] texts = {"A Fijian amendment that would have cut the paragraph failed, 70-66-20.",
                "An amendment by Nepal which could have softened the text was rejected, 50-80-10.",
                "A Peruvian amendment that might have named the culprits was voted down, 60-70-15."};
        for (String text : texts) {
            List<VoteEvent> events = read("2031-05-22", lead + text);
            assertEquals(2, events.size(), text);
            assertEquals("rejected", events.get(1).outcome(), text);
        }
        assertEquals(List.of(), read("2031-05-22", "The UN General Assembly meets on Friday; the text, which will be adopted, is long."));
    }


    /** "fearing escalation before the election": an election named as a time makes no sentence about an election. */
    @Test
    void anElectionNamedAsATimeIsNoElection() {
        String[][] cases = {
                {"The IAEA board passed the text 20-2-12 on Wednesday. Ghana, which had long been reluctant, fearing unrest before the election, eventually voted for it.", "GHA", "yes"},
                {"The UN General Assembly adopted the text 120-5-3 on Monday. Ahead of next month's elections, Chile abstained.", "CHL", "abstain"},
                {"The UN Security Council adopted the text 13-0-2 on Monday; since the election in March, Peru has voted no on such texts, and it did so again.", "PER", "no"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-22", c[0]).positions().get(c[1]), c[0]);
        }
        assertEquals(List.of(), read("2031-05-22", "The UN General Assembly on Monday elected five members of the Security Council. Chile won 150 votes."));
    }


    /** "12 members of the 15-seat council had backed it": the body's size by its seats, countries or states is no count. */
    @Test
    void aBodysSizeBySeatsBeforeItsNameIsNoCount() {
        assertEquals(12, only("2031-05-22", "On Monday Russia vetoed a UN Security Council draft that 12 members of the 15-seat council had backed.").counts().yes());
        assertEquals(25, only("2031-05-22", "The IAEA text passed on Monday; 25 members of the 35-country board backed it.").counts().yes());
        assertEquals(30, only("2031-05-22", "The UN rights council text passed on Monday, 30 members of the 47-state council voting in favour.").counts().yes());
    }


    /** "Of those states present and voting, 88 backed it": the whole body as its rules count it, no group. */
    @Test
    void thosePresentAndVotingAreTheWholeBody() {
        VoteEvent e = only("2031-05-22", "The UNESCO General Conference voted on Monday on the bid. Of the states present and voting, 88 backed it, 41 were opposed and 20 abstained.");
        assertEquals(88, e.counts().yes());
        assertEquals(120, only("2031-05-22", "The UN General Assembly voted on Monday. Of the members present, 120 voted yes and 10 no.").counts().yes());
        // a group qualified by a number, a possessive or a region is a part of the body
        for (String part : List.of("Of the region's 12 states present, 10 voted yes.", "Of the Arab states present, ten voted yes.")) {
            assertEquals(150, only("2031-05-22", "The UN General Assembly adopted the text 150-5-10 on Monday. " + part).counts().yes(), part);
        }
    }


    /** "Paris's veto power", "the US veto rights": the veto as an institution is no veto cast. */
    @Test
    void aVetoPowerIsNoVetoCast() {
        String[] cases = {
                "The UN General Assembly adopted the text 140-6-30 on Monday. Several speakers urged curbs on France's veto power in the Security Council.",
                "The UN General Assembly adopted the text 120-9-40 on Monday. Brazil again asked the council to limit the US veto privilege.",
                "On Monday the UN General Assembly passed the text 99-12-60. Critics of Russia's veto rights in the Security Council welcomed it."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("GA", e.body(), c);
            assertEquals(Map.of(), e.positions(), c);
        }
        // a veto cast by its owner is still one
        assertEquals("vetoed", only("2031-05-22", "On Monday a UN Security Council text on Chad fell to Britain's veto.").outcome());
    }


    /** "Russia had vetoed earlier drafts": plural earlier texts are votes told together, none of them one vote. */
    @Test
    void earlierTextsInThePluralAreNoVote() {
        String[] cases = {
                "The UN Security Council adopted a text on Mali 13-0-2 on Monday. China had vetoed earlier drafts.",
                "On Monday the UN Security Council passed a text on Haiti, 14-0-1. The United States blocked previous texts on the matter.",
                "The UN General Assembly on Monday backed the plan 150-7-14. Hungary had opposed past resolutions on it."};
        for (String c : cases) {
            assertEquals(1, read("2031-05-22", c).size(), c);
        }
        // earlier texts beside the stance of today's vote leave that stance
        assertEquals("abstain", only("2031-05-22", "The UN General Assembly adopted the text 141-7-32 on Monday. Chile abstained, as it had on previous texts.").positions().get("CHL"));
    }


    /** "A and B voted against both texts": the stances of the two votes just told. */
    @Test
    void aStanceOnBothTextsIsEachOnesStance() {
        String[][] cases = {
                {"The UN General Assembly passed two texts on Monday. The text on refugees passed 150-8-12 and the water text 149-9-11. Chile and Peru voted against both resolutions.", "CHL", "no"},
                {"On Monday the UN Security Council voted on two drafts. The first passed 13-0-2. The second passed 12-0-3. Malta abstained on both.", "MLT", "abstain"},
                {"The UN rights council adopted two texts on Monday. One passed 30-10-7, the other 28-12-7. Japan backed both drafts.", "JPN", "yes"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            assertEquals(2, events.size(), c[0]);
            for (VoteEvent e : events) {
                assertEquals(c[2], e.positions().get(c[1]), c[0]);
            }
        }
        // a stance said of one of them is that one's alone
        List<VoteEvent> events = read("2031-05-22", "The UN General Assembly passed two texts on Monday. The text on refugees passed 150-8-12 and the water text 149-9-11. Chile voted against the water text.");
        assertEquals(1, events.stream().filter(e -> "no".equals(e.positions().get("CHL"))).count());
    }


    /** "A draft needs nine votes in favour and no veto by A or B": what a text needs is a rule, no stance or veto. */
    @Test
    void whatATextNeedsIsNoStance() {
        String[] cases = {
                "The UN Security Council will vote on Friday on a text on Chad. A draft needs nine votes in favour and no veto by China, France or Britain to pass.",
                "The UN Security Council meets on Friday. A text requires at least nine yes votes and no vetoes from Russia or the United States.",
                "A vote in the UN Security Council is set for Friday; the text needs the backing of nine members, Britain and France among them, and no veto."};
        for (String c : cases) {
            assertEquals(List.of(), read("2031-05-22", c), c);
        }
        // a stance beside the rule is still one
        VoteEvent e = only("2031-05-22", "The UN Security Council text, which needed nine votes, won 13 on Monday; Malta voted in favour and France abstained.");
        assertEquals("yes", e.positions().get("MLT"));
        assertEquals("abstain", e.positions().get("FRA"));
        // nor does a forecast in an aside take the tally that follows it
        assertEquals(13, only("2031-05-22", "The UN Security Council text, which was expected to pass, won 13 votes on Monday.").counts().yes());
    }


    /** "A and B, which vetoed a text on May 2, voted no": the day in a relative clause on states is the aside's. */
    @Test
    void aDayInARelativeClauseOnStatesIsTheAsides() {
        String[][] cases = {
                {"On Monday the UN General Assembly backed a text on Chad by 130-10-20. Cuba and Laos, which vetoed a similar council draft on Feb. 4, voted against.", "LAO", "no"},
                {"On Monday the UN General Assembly passed a text on Fiji, 120-5-30. Peru, which had abstained on 3 March, voted in favour, as did Chile.", "CHL", "yes"},
                {"The UN General Assembly adopted the text 99-20-41 on Monday. Mali and Chad, whose envoys walked out on 12 April, abstained.", "TCD", "abstain"}};
        for (String[] c : cases) {
            VoteEvent e = read("2031-05-22", c[0]).get(0);
            assertEquals("2031-05-19", e.date(), c[0]);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
        }
        // a relative clause on the text dates the vote
        assertEquals("2031-05-12", only("2031-05-22", "The UN General Assembly text, which passed on 12 May, won 150 votes.").date());
    }


    /** After a recalled vote, a stance-only sentence whose states stood otherwise in today's vote is the recalled one's. */
    @Test
    void aStanceAtOddsWithTodaysVoteStaysWithTheRecalledOne() {
        String[][] cases = {
                {"On Wednesday Chile vetoed a UN Security Council text on Haiti; Peru abstained. On Monday a rival draft failed, 4-5-6. Chile, Peru and Malta voted against it.", "PER"},
                {"On Wednesday the UN Security Council backed a text on Chad 13-0-2, with Ghana and Japan abstaining. On Monday a first draft had failed 5-6-4. Ghana and Japan voted no on it.", "GHA"},
                {"On Wednesday the UN Security Council passed a text on Mali 12-0-3; Kenya abstained. On Monday an earlier draft failed 6-7-2. Kenya and Brazil opposed it.", "KEN"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            assertEquals(2, events.size(), c[0]);
            assertEquals("abstain", events.get(0).positions().get(c[1]), c[0]);
            assertEquals("no", events.get(1).positions().get(c[1]), c[0]);
        }
        // a stance that agrees with today's vote goes back to it
        List<VoteEvent> events = read("2031-05-22", "On Wednesday the UN Security Council passed a text on Mali 12-0-3; Kenya abstained. On Monday an earlier draft failed 6-7-2. Brazil abstained too.");
        assertEquals("abstain", events.get(0).positions().get("BRA"));
    }


    /** "The draft by Malta and Japan won 12 votes": a text by states is their text, and its tally no election's. */
    @Test
    void aTextByStatesIsTheirs() {
        String[][] cases = {
                {"On Monday the UN Security Council text by Malta and Japan won 12 votes, with Chile abstaining.", "12", "CHL"},
                {"The UN General Assembly draft by Peru, Ghana and Fiji drew 140 votes on Monday, with Laos abstaining.", "140", "LAO"},
                {"A UN Security Council resolution by Kenya won 13 votes on Monday, with Brazil and India abstaining.", "13", "BRA"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals(Integer.valueOf(c[1]), e.counts().yes(), c[0]);
            assertEquals("abstain", e.positions().get(c[2]), c[0]);
            // the text's states are its sponsors, with no stance
            for (String sponsor : e.sponsors()) {
                assertNull(e.positions().get(sponsor), c[0]);
            }
            assertFalse(e.sponsors().isEmpty(), c[0]);
        }
        // states that win votes themselves are candidates in an election
        assertEquals(List.of(), read("2031-05-22", "In the UN General Assembly on Monday, Malta and Japan won 150 votes each for council seats."));
    }


    /** "blocked the draft at the Security Council with a veto": where a state blocked a text may come before the veto. */
    @Test
    void aVetoTellsWhereItBlocked() {
        String[] cases = {
                "The UN General Assembly backed the bid on Monday, 140-9-25. Paris blocked the move at the Security Council with a veto on 18 April.",
                "The UN General Assembly backed the plan on Monday, 120-12-30. In March, London blocked the plan in the Security Council with its veto.",
                "On Monday the UN General Assembly passed the text 130-8-20. Moscow had blocked it at the UN Security Council with a veto on 2 May."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(2, events.size(), c);
            VoteEvent veto = events.get(1);
            assertEquals("SC", veto.body(), c);
            assertEquals("vetoed", veto.outcome(), c);
            assertEquals(List.of("no"), List.copyOf(veto.positions().values()), c);
        }
        // a threatened veto blocks nothing
        assertEquals(1, read("2031-05-22", "The UN General Assembly backed the bid on Monday, 140-9-25. Paris may block it in the council with its veto.").size());
    }


    /** After a word of seats ("lost its seat"), a sentence that counts abstentions tells a text's vote, not a ballot. */
    @Test
    void aTallyWithAbstentionsEndsAnElection() {
        String[] cases = {
                "The UN General Assembly adopted the text 100-20-50 on Monday. Chile is the only other state to have lost its seat. In May the rights council voted 30-5 with 12 abstentions on the matter.",
                "On Monday the UN General Assembly passed the text 110-15-40. Peru won a seat in 2019. Last month the Security Council voted 12-1 with two abstentions on a related text.",
                "The UN General Assembly backed the plan 120-9-30 on Monday. Fiji lost the seat last year. In April the rights council voted 29-6, with 12 abstentions, on a text about it."};
        for (String c : cases) {
            assertEquals(2, read("2031-05-22", c).size(), c);
        }
        // an election's own ballots stay no vote
        assertEquals(List.of(), read("2031-05-22", "The UN General Assembly elected Chile to the rights council on Monday. Peru lost its seat, with 90 votes to 100."));
    }


    /** "the Assembly voted to suspend A from the rights council. The council itself voted 32-2": a council's tally. */
    @Test
    void aCouncilThatCountsVotesIsNoAssembly() {
        String[] cases = {
                "The UN General Assembly voted 100-20-50 on Monday to suspend Chile from the Human Rights Council. In May the council itself voted 30-5 with 12 abstentions on an inquiry.",
                "On Monday the UN General Assembly voted to suspend Peru from the Human Rights Council, 95-25-55. Last month the council voted 28-7, with 12 abstentions, to send monitors.",
                "The UN General Assembly on Monday suspended Fiji from the Human Rights Council by 90 votes to 30. In April the council had voted 25-10-12 on the same question."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(List.of("GA", "HRC"), events.stream().map(VoteEvent::body).toList(), c);
        }
    }


    /** "the text gathered 120 votes": the votes a text gathered are its yes side, as those it won or drew. */
    @Test
    void votesATextGatheredAreItsYesSide() {
        String[][] cases = {
                {"On Monday the UN General Assembly text on Chad gathered 120 votes, with 9 against.", "120"},
                {"The UN Security Council draft on Mali gathered only four votes on Monday and failed.", "4"},
                {"A UN General Assembly resolution on water, gathering 150 votes, passed on Monday.", "150"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
        // a crowd gathered is no vote
        assertEquals(List.of(), read("2031-05-22", "Outside the UN General Assembly on Monday, 300 protesters gathered."));
    }


    /** "an amendment that would have named A and the B failed": a modal relative without commas is the text's aside. */
    @Test
    void aModalRelativeWithoutCommasLeavesTheOutcomeToTheText() {
        String[] cases = {
                "At the UN General Assembly on Monday a Chilean amendment which would have condemned the raids and the sieges failed.",
                "On Monday, in the UN General Assembly, an amendment that would have cut the budget and the staff of the office was rejected.",
                "A Peruvian amendment to the UN General Assembly text that could have named the militias and their backers failed on Monday."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("amendment", e.kind(), c);
            assertEquals("rejected", e.outcome(), c);
        }
        // the aside ends at its clause: an outcome past it is said of something else
        assertEquals(List.of(), read("2031-05-22", "On Monday a Chilean amendment that would have named the rebels was tabled in the UN General Assembly; weeks of talks on the harvest and the trade deal then failed."));
    }


    /** "A and B, permanent members of the council, voted no": the Council names a group, not the voting body. */
    @Test
    void permanentMembersOfTheCouncilVoteInTheAssemblyToo() {
        String[][] cases = {
                {"A UN General Assembly committee on Monday approved the text 120-40-15. Britain, Russia and France, three permanent members of the UN Security Council, voted no.", "GBR", "no"},
                {"The UN General Assembly on Monday passed the text 130-20-15. China and the United States, permanent members of the Security Council, abstained.", "CHN", "abstain"},
                {"On Monday the UN General Assembly adopted the text 140-9-12; of the permanent members of the UN Security Council, only France voted in favour.", "FRA", "yes"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals("GA", e.body(), c[0]);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
        }
        // members of the Council counted in it are its vote
        assertEquals("SC", only("2031-05-22", "On Monday 13 members of the UN Security Council voted for the text on Chad, and Russia abstained.").body());
    }


    /** "30 of Asia's 47 states backed it, 12 abstained": counts within a region's states are no total of the vote. */
    @Test
    void countsWithinARegionAreNoTotal() {
        String[] cases = {
                "On Monday the UN General Assembly adopted the text 141-5-35. Then, 25 of Africa's 54 states backed it, 15 abstained and one voted no.",
                "The UN General Assembly passed the text 150-9-20 on Monday; 20 of Asia's 47 states backed it and 10 abstained.",
                "On Monday the UN General Assembly adopted the text 120-12-40. Nine of the 22 Arab states voted yes, and four abstained."};
        for (String c : cases) {
            assertEquals(1, read("2031-05-22", c).size(), c);
        }
        // the seats of the body that voted are its total
        assertEquals(10, only("2031-05-22", "On Monday ten of the UN Security Council's 15 members voted yes and Chile abstained.").counts().yes());
    }


    /** "An earlier version of this article said Chile abstained": what a correction withdraws is no vote. */
    @Test
    void whatACorrectionWithdrawsIsNoVote() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 100-9-40 on Monday. Chile voted in favour.\nCorrection: An earlier version of this article said that Chile abstained.", "CHL", "yes"},
                {"On Monday the IAEA board passed the text 20-2-12.\nCorrection, 3 June: The original version of this story stated that 12 members voted against. Peru abstained.", "PER", "abstain"},
                {"The UN Security Council adopted the text 13-0-2 on Monday; Ghana abstained.\nA previous version of this report wrongly said Ghana had voted no.", "GHA", "abstain"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals(c[2], e.positions().get(c[1]), c[0]);
        }
        // a version of a text is no correction
        assertEquals(2, only("2031-05-22", "On Monday the UN General Assembly adopted an earlier version of this text, 120-2-30.").counts().no());
    }


    /** "with the support of 20 of the board's 35 members", "due to a veto cast by A": counts and vetoes in more words. */
    @Test
    void aPartOfTheBodysSeatsAndAVetoCastBy() {
        String[][] cases = {
                {"The UN General Assembly text was adopted on Monday with the backing of 120 of the assembly's 193 members.", "120"},
                {"On Monday the IAEA board text passed with the support of 20 of the board's 35 members.", "20"},
                {"The UN rights council text won the votes of 30 of the council's 47 members on Monday.", "30"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
        VoteEvent veto = only("2031-05-22", "On Monday a UN Security Council draft on Chad fell because of a veto cast by France.");
        assertEquals("vetoed", veto.outcome());
        assertEquals("no", veto.positions().get("FRA"));
    }


    /** An agency's "general conference", "Unesco" in newspaper case and a treaty's "negotiating conference" vote as themselves. */
    @Test
    void anAgencysConferenceIsAnotherBody() {
        String[] cases = {
                "Chile joined Unesco, the UN's cultural agency, on Monday. Delegates at the agency's general conference approved membership by 100 votes to 12, with 50 abstentions.",
                "At the United Nations on Monday, the treaty's negotiating conference approved a ban on cluster arms. 110 states voted yes and Peru voted no.",
                "The IAEA General Conference on Monday adopted a text on safety by 80 votes to 10, with 20 abstentions."};
        for (String c : cases) {
            assertEquals("OTHER", only("2031-05-22", c).body(), c);
        }
        // the Assembly's own vote stays the Assembly's
        assertEquals("GA", only("2031-05-22", "On Monday the UN General Assembly adopted the text 120-10-20 after a conference on water.").body());
    }


    /** "none objected", "88 WHO member states voted in favour": none against, and an agency's members counted. */
    @Test
    void noneObjectedAndAnAgencysMembers() {
        String[] none = {
                "On Monday the WHO assembly's committee voted: 120 countries voted in favour, none objected and 10 abstained.",
                "The UN General Assembly text passed on Monday; 150 states backed it, none objected, and 20 abstained.",
                "At the IAEA board on Monday, 25 members voted yes, none objected and nine abstained."};
        for (String c : none) {
            assertEquals(0, only("2031-05-22", c).counts().no(), c);
        }
        String[][] members = {
                {"On Monday 90 WHO member states backed the text on Chad, with 10 against.", "90"},
                {"At the IAEA board on Monday, 22 IAEA members voted for the text and two against.", "22"},
                {"On Monday 100 UNESCO member states voted yes on the bid, 14 against.", "100"}};
        for (String[] c : members) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
        // "who" in lower case opens a relative clause, no agency
        assertNull(only("2031-05-22", "The UN General Assembly adopted a text on Monday; the envoys who spoke for it numbered 12, and Chile voted in favour.").counts().yes());
    }


    /** "Chile voted yes, breaking with Peru": a state broken with took no stance from the cue. */
    @Test
    void aStateBrokenWithTakesNoStance() {
        String[][] cases = {
                {"On Monday Chile voted yes on the UN General Assembly text on Haiti, breaking with Peru.", "CHL", "PER"},
                {"Ghana voted yes on the UN General Assembly text on Monday, splitting with Kenya for the first time.", "GHA", "KEN"},
                {"On Monday Fiji voted for the UN General Assembly resolution, breaking ranks with Australia.", "FJI", "AUS"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals("yes", e.positions().get(c[1]), c[0]);
            assertNull(e.positions().get(c[2]), c[0]);
        }
        // a state voted with is on the same side
        assertEquals("yes", only("2031-05-22", "On Monday Chile voted yes on the UN General Assembly text, along with Peru.").positions().get("PER"));
    }


    /** "A and B, which vetoed a council draft on 4 May, voted no": the veto the aside tells is a vote of its own. */
    @Test
    void aVetoInAnAsideOnStatesIsAVoteOfItsOwn() {
        String[][] cases = {
                {"On Monday the UN General Assembly adopted a text on Chad by 130-10-20. Cuba and Laos, which vetoed a similar Security Council draft on 4 May, voted against.", "CUB", "LAO"},
                {"The UN General Assembly passed the text 120-9-40 on Monday. Peru, which vetoed a council text on 2 April, voted no, as did Chile.", "PER", null},
                {"On Monday the UN General Assembly backed the plan 140-7-30; Ghana and Kenya, which had vetoed the Security Council draft on 9 May, abstained.", "GHA", "KEN"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            assertEquals(2, events.size(), c[0]);
            VoteEvent veto = events.get(1);
            assertEquals("SC", veto.body(), c[0]);
            assertEquals("vetoed", veto.outcome(), c[0]);
            assertEquals("no", veto.positions().get(c[1]), c[0]);
            if (c[2] != null) {
                assertEquals("no", veto.positions().get(c[2]), c[0]);
            }
        }
        // a tally of vetoes is no vote, and leaves the stance of the state it is said of
        VoteEvent e = only("2031-05-22", "On Monday the UN General Assembly adopted a text on Chad by 130-10-20. Peru, which has vetoed three council drafts, voted against.");
        assertEquals("no", e.positions().get("PER"));
    }


    /** "Japan spoke on Monday, with Chile abstaining": an absolute clause's cue is its own subject's alone. */
    @Test
    void anAbsoluteClausesCueIsItsOwnSubjects() {
        String[][] cases = {
                {"At the UN Security Council on Monday, Japan spoke first, with Chile abstaining on the text.", "JPN", "CHL"},
                {"In the UN General Assembly on Monday Ghana was loudly applauded, with Peru and Fiji voting against the text.", "GHA", "PER"},
                {"At the UN Security Council on Monday, Malta took the floor early, with Kenya abstaining later on the text.", "MLT", "KEN"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertNull(e.positions().get(c[1]), c[0]);
            assertTrue(e.positions().containsKey(c[2]), c[0]);
        }
        // a state set beside another with commas shares its cue
        assertEquals("abstain", only("2031-05-22", "On Monday the UN General Assembly adopted the text; Chile, with Peru, abstained.").positions().get("CHL"));
    }


    /** "a wider margin than the 118-12 count of the May text", "past the 139 of March": an earlier vote's tally. */
    @Test
    void aTallyComparedWithIsAnEarlierVote() {
        String[][] cases = {
                {"On Monday the UN General Assembly adopted the text 150-9-20, a wider margin than the 118-12 tally on the May resolution.", "118"},
                {"The UN General Assembly passed the plan 145-5-30 on Monday, edging past the 139 recorded in March.", "139"},
                {"On Monday the UN General Assembly backed the text 160-4-10, topping the 151 votes it won last year.", "151"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            assertEquals(2, events.size(), c[0]);
            assertEquals(Integer.valueOf(c[1]), events.get(1).counts().yes(), c[0]);
        }
        // a number compared with no time of its own is no vote
        assertEquals(1, read("2031-05-22", "On Monday the UN General Assembly adopted the text 150-9-20, more than the 97 needed.").size());
    }


    /** "a Chile-Peru drafted text", "the Chile- and Peru-drafted text", "penned by A and B": sponsors, no voters. */
    @Test
    void sponsorsInMoreShapes() {
        String[][] cases = {
                {"On Monday Ghana abstained on a UN Security Council text, a Malta-Japan drafted resolution on Haiti, which passed 12-0-3.", "MLT", "GHA"},
                {"The Chile- and Peru-drafted UN Security Council text won 11 votes on Monday, with four abstentions and no votes against.", "CHL", null},
                {"The UN Security Council text, penned by Kenya and Ghana, was adopted on Monday with 13 members voting in favour; Russia abstained.", "KEN", "RUS"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertTrue(e.sponsors().contains(c[1]), c[0]);
            assertNull(e.positions().get(c[1]), c[0]);
            if (c[2] != null) {
                assertTrue(e.positions().containsKey(c[2]), c[0]);
            }
        }
    }


    /** "The council renewed the mission with 14 votes. The resolution was adopted on Thursday": the day of the one vote told. */
    @Test
    void aSentenceAboutTheTextDatesTheVoteTheDatelineDated() {
        String[] cases = {
                "UNITED NATIONS, May 22 - The UN Security Council has renewed the mission in Mali, with 14 members in favour and Russia abstaining. The resolution was adopted on Tuesday.",
                "UNITED NATIONS, May 22 - The UN Security Council extended the Haiti mission by 13 votes to none. The text, drafted by Malta, was approved on Tuesday.",
                "UNITED NATIONS, May 22 - The UN Security Council renewed sanctions on Mali with 12 votes. This resolution was adopted on Tuesday after long talks."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("2031-05-20", e.date(), c);
        }
        // a sentence with counts of its own on another day is another vote
        assertEquals(2, read("2031-05-22", "UNITED NATIONS, May 22 - The UN Security Council renewed the mission with 14 votes. The resolution on Mali was adopted on Tuesday by 12 votes to 3.").size());
    }


    /** "a mission, to be led by Kenya": what a state is to lead is no text it sponsored, so one vote stays one. */
    @Test
    void aMissionToBeLedByAStateHasNoSponsor() {
        String[] cases = {
                "On Monday the UN Security Council authorized a mission, to be led by Ghana, to help Chad. The council adopted the text, drafted by Malta, with 13 votes in favour.",
                "On Monday the UN Security Council approved a force to be led by Kenya in Haiti. The text, tabled by Peru, passed with 12 votes.",
                "The UN Security Council on Monday set up an inquiry, to be led by Chile, into the crash. The resolution, written by Japan, won 14 votes."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals(1, e.sponsors().size(), c);
        }
        // a text led by a state is its sponsor's
        assertEquals(List.of("KEN"), only("2031-05-22", "On Monday a UN Security Council text led by Kenya passed with 13 votes.").sponsors());
    }


    /** "approved by all 15 members", "with the bare minimum nine votes": counts in more words. */
    @Test
    void countsWithAllOrABareMinimum() {
        String[][] cases = {
                {"On Monday the UN Security Council text on Chad passed unanimously, approved by all 15 members.", "15"},
                {"The UN Security Council text on Mali scraped through on Monday with the bare minimum nine votes.", "9"},
                {"On Monday the IAEA board text was approved narrowly by 18 members, with 12 abstaining.", "18"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
        // a minimum a text needs is no count
        assertNull(only("2031-05-22", "On Monday the UN Security Council text on Mali, which needs the minimum nine votes, was put off; Chile voted no.").counts().yes());
    }


    /** "Only A, B, C and D sided with E" after "five against": the states and the one sided with are the five. */
    @Test
    void statesThatSidedWithOneAreTheSideTheyFill() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 143-5-35 on Monday. Only Chile, Peru, Fiji and Nepal sided with Laos.", "LAO", "no"},
                {"On Monday the UN General Assembly passed the plan 120-4-50. Just Ghana, Kenya and Mali stood with Chad.", "KEN", "no"},
                {"The UN General Assembly backed the text 100-9-3 on Monday. Fiji and Tonga voted with Samoa.", "TON", "abstain"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-22", c[0]).positions().get(c[1]), c[0]);
        }
        // states that fill no side alone are left alone
        assertEquals(Map.of(), only("2031-05-22", "The UN General Assembly adopted the text 143-6-35 on Monday. Only Chile, Peru, Fiji and Nepal sided with Laos.").positions());
        // the side may be the main vote's, after another vote told since
        List<VoteEvent> events = read("2031-05-22", "The UN General Assembly adopted the text 143-5-35 on Monday. On Friday a motion on the order of business had passed 107-13-39. Only Chile, Peru, Fiji and Nepal sided with Laos.");
        assertEquals("no", events.get(0).positions().get("LAO"));
        assertEquals(Map.of(), events.get(1).positions());
    }


    /** "The Russian Federation voted against": a state's formal name is no federation of other voters. */
    @Test
    void theRussianFederationIsAStateNotAFederationOfVoters() {
        String[] cases = {
                "The UN General Assembly adopted the text 100-9-52 on Monday. The Russian Federation voted against it, as did Belarus.",
                "On Monday the UN General Assembly passed the text 120-8-40; the Russian Federation voted no and Chile abstained.",
                "The UN General Assembly backed the plan on Monday, 90-12-50. The Russian Federation abstained."};
        for (String c : cases) {
            assertTrue(only("2031-05-22", c).positions().containsKey("RUS"), c);
        }
        // a sports federation's vote is no UN vote
        assertEquals(1, read("2031-05-22", "The UN General Assembly adopted the text 100-9-52 on Monday. The football federation voted 30-2 to ban Chile.").size());
    }


    /** "A year ago Peru abstained on resolution 2334. It passed 14-0.": "it" after an earlier time is that time's text. */
    @Test
    void itAfterAnEarlierTimeIsThatTimesText() {
        String[] cases = {
                "On Monday the UN General Assembly adopted the text 128-9-35. A year ago the council took up resolution 2334 on the same matter. It passed 14-0. Chile and Peru voted no on Monday's text.",
                "The UN General Assembly backed the plan 140-7-20 on Monday. Two years ago the council adopted a first text. It passed 13-0. Fiji and Laos voted against the plan.",
                "On Monday the UN General Assembly passed the text 150-5-10. In 2019 the council had voted on a similar draft. It failed 5-6. Nepal and Togo opposed the new text."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(2, events.size(), c);
            assertEquals(2, events.get(0).positions().size(), c);
            assertEquals(Map.of(), events.get(1).positions(), c);
        }
    }


    /** "like three Security Council texts of 1999": a body named as the author of several texts is no context. */
    @Test
    void aBodyNamedAsTheAuthorOfSeveralTextsSetsNoContext() {
        String[] cases = {
                "The UN General Assembly adopted the text 39-7-100 on Monday. Like three Security Council texts of 1999, it stayed on paper. Chile, Peru and France voted against it.",
                "On Monday the UN General Assembly passed the plan 120-9-30. Experts compare it with two earlier Security Council texts. Fiji, Laos and Russia opposed it.",
                "The UN General Assembly backed the text 110-8-40 on Monday; several Security Council resolutions had said the same. Chad, Mali and China voted no."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("GA", e.body(), c);
            assertEquals(3, e.positions().size(), c);
        }
    }


    /** "An amendment failed 88-55. France voted in favour, while Peru voted against": stances naming no amendment are the text's. */
    @Test
    void stancesAfterAnAmendmentThatNameNoneAreTheTexts() {
        String[][] cases = {
                {"On Monday the UN General Assembly adopted the text on Chad 120-14-45. Before the vote, a Chilean amendment failed, 80 states backing it and 60 opposing. Ghana voted in favour, while Peru voted against.", "GHA", "yes"},
                {"The UN General Assembly passed the plan 130-10-30 on Monday. An amendment from Fiji was rejected 60-70-20. Nepal and Laos abstained.", "NPL", "abstain"},
                {"On Monday the UN General Assembly backed the text 110-12-40, after a Japanese amendment fell 50-80-15. Kenya voted against, and Chile abstained.", "KEN", "no"}};
        for (String[] c : cases) {
            VoteEvent text = read("2031-05-22", c[0]).stream().filter(e -> "resolution".equals(e.kind())).findFirst().orElseThrow();
            assertEquals(c[2], text.positions().get(c[1]), c[0]);
        }
        // a stance said of the amendment stays with it
        VoteEvent amendment = read("2031-05-22", "The UN General Assembly passed the plan 130-10-30 on Monday. An amendment from Fiji was rejected 60-70-20. Nepal voted for the amendment.")
                .stream().filter(e -> "amendment".equals(e.kind())).findFirst().orElseThrow();
        assertEquals("yes", amendment.positions().get("NPL"));
    }


    /** "backing Russia's war": backing what a state's possessive names, no text, is no vote. */
    @Test
    void backingAStatesWarIsNoVote() {
        String[] cases = {
                "The UN General Assembly adopted the text 165-7-12 on Monday. Officials said Cuba was backing Russia's war, where the US said thousands fought.",
                "On Monday the UN General Assembly passed the text 120-9-40; critics said Chile had been supporting Peru's blockade for years.",
                "The UN General Assembly backed the plan 140-5-20 on Monday. Envoys said Laos was opposing Japan's policy on whaling."};
        for (String c : cases) {
            assertEquals(Map.of(), only("2031-05-22", c).positions(), c);
        }
        // backing a state's text is a vote
        assertEquals("yes", only("2031-05-22", "On Monday the UN General Assembly adopted the text 120-9-40, with Chile backing Peru's draft.").positions().get("CHL"));
    }


    /** "a rise from the 118 that voted yes in May": the time of what a vote is compared with is not its own. */
    @Test
    void theTimeOfWhatAVoteIsComparedWithIsNotItsOwn() {
        String[] cases = {
                "On Monday the UN General Assembly voted on a truce. The text received 150 votes in favour, 9 against and 20 abstentions, a rise from the 118 states that backed a similar text in May. Chile and Peru voted no.",
                "On Monday the UN General Assembly voted on water. The text drew 140 votes, 8 against and 30 abstentions, more than the 120 it drew in March. Fiji abstained.",
                "On Monday the UN General Assembly voted on water. The text passed with 130 votes to 9, compared with the 101 it won last year. Laos and Nepal voted against.",
                "On 19 May the UN General Assembly adopted a text on water. It drew 131 yes votes (up from 117 in 2029), 30 against and 21 abstentions. Chile voted no."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            VoteEvent today = events.get(0);
            assertEquals("2031-05-19", today.date(), c);
            assertFalse(today.positions().isEmpty(), c);
            assertNotNull(today.counts().yes(), c);
        }
    }


    /** "The text comes after Peru's parliament passed a law": a legislature in a clause of time is background, no voter. */
    @Test
    void aLegislatureInAClauseOfTimeIsBackground() {
        String[] cases = {
                "The UN General Assembly adopted the text 150-9-11 on Monday. The text comes after Peru's parliament passed a law on the agency. Chile voted against it.",
                "On Monday the UN General Assembly passed the plan 120-8-30, weeks after the Senate approved a bill on aid. Chile voted against it.",
                "The UN General Assembly backed the text 130-5-40 on Monday. It was tabled since Japan's parliament voted a ban. Chile voted against it."};
        for (String c : cases) {
            assertEquals("no", only("2031-05-22", c).positions().get("CHL"), c);
        }
        // a parliament's own vote goes on in the sentences after it
        assertEquals(Map.of(), only("2031-05-22", "The UN General Assembly adopted the text 150-9-11 on Monday. Later the parliament passed a law 200-20. Chile voted against it.").positions());
    }


    /** "A and B voted against them", after two texts: against both. */
    @Test
    void againstThemAfterTwoTextsIsAgainstBoth() {
        String[] cases = {
                "The UN General Assembly passed two texts on Monday. The first passed 150-9-13 and the second 151-9-11. Chile and Peru voted against them.",
                "On Monday the UN General Assembly took up two texts. One passed 120-10-30, the other 118-12-30. Fiji voted in favour of them.",
                "The UN General Assembly passed two texts on Monday. The first passed 140-9-13. The second passed 139-9-11. Laos voted for them."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(2, events.size(), c);
            assertEquals(events.get(0).positions(), events.get(1).positions(), c);
            assertFalse(events.get(0).positions().isEmpty(), c);
        }
    }


    /** "20 opposed and 53 others abstained": others after a count, not after named states, are a side of their own. */
    @Test
    void othersAfterACountAreASideOfTheirOwn() {
        String[][] cases = {
                {"On Monday the UN General Assembly adopted the text: 116 states voted for it, while 20 opposed and 53 others abstained.", "53"},
                {"The UN General Assembly passed the plan on Monday; 120 backed it, 9 voted no and 40 others abstained.", "40"},
                {"On Monday the UN General Assembly backed the text, 99 voting yes, 12 against and 33 others abstaining.", "33"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().abstain(), c[0]);
        }
        // others after named states count with them
        assertEquals(17, only("2031-05-22", "On Monday the UN General Assembly adopted the text; Chile voted no, while Peru and 16 others abstained.").counts().abstain());
    }


    /** A main body named only by its size, or a dateline in capitals, is the UN's even where no sentence says "UN". */
    @Test
    void aBodyBySizeOrACapitalsDatelineIsTheUns() {
        String[][] cases = {
                {"The 15-member council renewed the mandate of the mission in Chad with 13 votes in favour.", "SC"},
                {"UNITED NATIONS — The council extended its sanctions on Peru with 12 votes in favour and three abstentions.", "SC"},
                {"The 193-nation assembly backed the plan for Fiji with 140 votes in favour, 5 against and 20 abstentions.", "GA"}};
        for (String[] c : cases) {
            assertEquals(c[1], only("2031-05-22", c[0]).body(), c[0]);
        }
        // a city's council of that size is none of them
        assertEquals(List.of(), read("2031-05-22", "The 15-member city council renewed the mayor's mandate with 13 votes in favour."));
    }


    /**
     * In an undated article whose lead dates its vote in full, a day without its year is of that year, and a list whose
     * count is the lead's vote's goes to that vote after a digression into another body's.
     */
    @Test
    void aDayWithoutYearAfterAFullDateIsOfThatYear() {
        String[][] cases = {
                {"The UN General Assembly adopted the text on 9 May 2031 by 120 votes to 8, with 30 abstentions.\nA Security Council draft got 13 votes on 2 May, but Russia vetoed it.\nAgainst (8): Chile, Peru, Fiji.", "2031-05-02"},
                {"On 20 January 2030 the UN General Assembly passed the plan 140-6-20.\nA Council text had failed on 28 December when China vetoed it with 12 votes in favour.\nNo (6): Laos, Nepal, Cuba.", "2029-12-28"},
                {"The UN General Assembly backed the text 99-9-50 on 3 March 2031.\nOn 1 March a Security Council draft won 11 votes and was vetoed by France.\nAgainst (9): Ghana, Kenya and Chad.", "2031-03-01"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read(null, c[0]);
            assertEquals(2, events.size(), c[0]);
            VoteEvent ga = events.stream().filter(e -> e.body().equals("GA")).findFirst().orElseThrow();
            VoteEvent sc = events.stream().filter(e -> e.body().equals("SC")).findFirst().orElseThrow();
            assertEquals(c[1], sc.date(), c[0]);
            assertEquals(3, ga.positions().size(), c[0]);
            assertTrue(ga.positions().values().stream().allMatch("no"::equals), c[0]);
        }
    }


    /** A bloc said to have split counts its own members: those counts are no totals of the vote. */
    @Test
    void aSplitBlocsCountsAreItsOwn() {
        String[] cases = {
                "The UN General Assembly adopted the text 150-9-30 on Monday. The EU, for its part, did not vote together: 20 member states backed the text, while Chile's partners Malta and Cyprus abstained.",
                "On Monday the UN General Assembly passed the plan 120-14-45. The African Group was divided. Ghana, Kenya and 30 others voted in favour; the remaining 18, including Chad, abstained.",
                "The UN General Assembly backed the text 130-8-40 on Monday. ASEAN broke ranks: six of its members voted yes, and Laos and Myanmar abstained."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(1, events.size(), c);
            assertTrue(events.get(0).positions().size() >= 2, c);
            assertTrue(events.get(0).counts().yes() >= 120, c);
        }
        // a tally in the sentence is the vote's, split or not
        assertEquals(88, only("2031-05-22", "The EU split as the UN General Assembly adopted the text 88-40-20 on Monday.").counts().yes());
    }


    /** "with five countries voting against": the count after "with" is the side its cue names, not support. */
    @Test
    void withANumberVotingAgainstIsThatSide() {
        String[][] cases = {
                {"The UN General Assembly adopted the text on Monday with 7 states voting against and 40 abstaining.", "7"},
                {"On Monday the UN General Assembly passed the plan, with eleven countries voting no.", "11"},
                {"The UN General Assembly backed the text on Monday with 4 members opposed.", "4"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals(Integer.valueOf(c[1]), e.counts().no(), c[0]);
            assertNull(e.counts().yes(), c[0]);
        }
        assertEquals(120, only("2031-05-22", "The UN General Assembly adopted the text on Monday with 120 states voting in favour.").counts().yes());
    }

    /** A state's name in capitals ("PERU was one of 12 ..."), and the count of its side. */
    @Test
    void aStateInCapitalsIsAState() {
        String[][] cases = {
                {"PERU was one of 12 countries that voted against the UN General Assembly text on Monday.", "PER", "no"},
                {"On Monday, KENYA was among 140 states that voted in favour of the plan in the UN General Assembly.", "KEN", "yes"},
                {"The UN General Assembly adopted the text 130-9-40 on Monday. NEW ZEALAND abstained.", "NZL", "abstain"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-22", c[0]).positions().get(c[1]), c[0]);
        }
        assertEquals(12, only("2031-05-22", "PERU was one of 12 countries that voted against the UN General Assembly text on Monday.").counts().no());
        // a common word in capitals is none
        assertEquals(Map.of(), only("2031-05-22", "The UN General Assembly adopted the text 130-9-40 on Monday. TURKEY PRICES ROSE.").positions());
    }


    /** A verb of stopping a text with a veto ("sank it with its veto") is a veto by its subject. */
    @Test
    void stoppedWithAVetoIsAVeto() {
        String[][] cases = {
                {"The Security Council draft on Chad had 12 votes, but China sank it with its veto on Monday.", "CHN"},
                {"On Monday France and Britain killed the Security Council text with their vetoes.", "FRA"},
                {"Russia torpedoed the proposal in the Security Council with a veto on Monday, after 13 members backed it.", "RUS"},
                {"On Monday Britain blocked by its veto the Security Council draft on Fiji.", "GBR"}};
        for (String[] c : cases) {
            VoteEvent e = only("2031-05-22", c[0]);
            assertEquals("vetoed", e.outcome(), c[0]);
            assertEquals("no", e.positions().get(c[1]), c[0]);
        }
        assertEquals(List.of(), read("2031-05-22", "The storm killed the power with its winds on Monday, the Security Council heard."));
    }

    /** States a count includes end where a clause of another side begins ("four, including A and B, while nine voted against"). */
    @Test
    void theStatesACountIncludesEndAtAnotherSidesClause() {
        String[] cases = {
                "The Security Council draft was backed by five members including Chile, Peru and Kenya, while eight voted against on Monday.",
                "On Monday the Security Council text got six votes, including those of Japan and Chad, whereas eight voted against.",
                "The Security Council draft won five votes including Ghana's and Mexico's, but eight voted against on Monday."};
        for (String c : cases) {
            assertEquals(8, only("2031-05-22", c).counts().no(), c);
        }
    }


    /** After a digression into an earlier vote, stances said to be of "that vote", or "also" right after it, stay with it. */
    @Test
    void stancesOfThatVoteStayWithTheVoteJustTold() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 150-9-20 on Monday. It came after a Security Council draft fell to a Russian veto on 2 May. Chile abstained in that vote.", "CHL", "abstain"},
                {"On Monday the UN General Assembly passed the plan 120-8-30. On 2 May China had vetoed a Security Council text on it. Peru also voted against.", "PER", "no"},
                {"The UN General Assembly backed the text 99-9-50 on Monday. France vetoed a Security Council draft on 2 May. Kenya and Ghana also abstained.", "KEN", "abstain"}};
        for (String[] c : cases) {
            List<VoteEvent> events = read("2031-05-22", c[0]);
            VoteEvent sc = events.stream().filter(e -> e.body().equals("SC")).findFirst().orElseThrow();
            VoteEvent ga = events.stream().filter(e -> e.body().equals("GA")).findFirst().orElseThrow();
            assertEquals(c[2], sc.positions().get(c[1]), c[0]);
            assertNull(ga.positions().get(c[1]), c[0]);
        }
        // a stance with no such word is the article's vote's again
        List<VoteEvent> events = read("2031-05-22", "The UN General Assembly adopted the text 150-9-20 on Monday. It came after a Security Council draft fell to a Russian veto on 2 May. Chile abstained.");
        assertEquals("abstain", events.stream().filter(e -> e.body().equals("GA")).findFirst().orElseThrow().positions().get("CHL"));
    }


    /** Support from a part of the body's members ("12 of the board's members"), its total left out, is the yes count. */
    @Test
    void backedByAPartOfTheBodysMembersIsTheYesCount() {
        String[][] cases = {
                {"On Monday the Security Council draft on Chad was backed by 12 of the council's members, but China vetoed it.", "12"},
                {"The IAEA board's resolution on Peru won the support of 20 of the board's members on Monday.", "20"},
                {"On Monday the Security Council text drew the votes of 11 of its members and passed.", "11"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
    }


    /**
     * The other sides of an earlier vote's tally, told in the next sentence about "that proposal" or "it", are that
     * vote's when the article's own votes have other counts for them.
     */
    @Test
    void theOtherSidesOfAnEarlierTallyGoOnWithIt() {
        String[] cases = {
                "The UN General Assembly adopted the text 150-9-20 on Friday. On Monday, Chile was among 100 states that backed a motion on the debate. Twelve voted against that motion and 30 abstained.",
                "On Friday the UN General Assembly passed the plan 130-5-40. Earlier, on Tuesday, 90 members backed a procedural request. Eight states voted against it, with 44 abstentions.",
                "The UN General Assembly backed the text 140-7-33 on Friday. On Monday 95 states had supported a motion calling for a recorded vote. Eleven opposed that proposal and 50 abstained, and it was carried."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-24", c);
            assertEquals(2, events.size(), c);
            VoteEvent earlier = events.stream().filter(e -> !"2031-05-23".equals(e.date())).findFirst().orElseThrow();
            assertNotNull(earlier.counts().yes(), c);
            assertNotNull(earlier.counts().no(), c);
            assertNotNull(earlier.counts().abstain(), c);
        }
        // without a pointer back the count stays apart
        assertEquals(3, read("2031-05-24", "The UN General Assembly adopted the text 150-9-20 on Friday. On Monday, Chile was among 100 states that backed a motion on the debate. Twelve voted against and 30 abstained.").size());
    }


    /** "The nine against in May were ...": the month of the article's own vote is no earlier time. */
    @Test
    void theMonthOfTheArticlesOwnVoteIsNoEarlierTime() {
        String[] cases = {
                "On 10 May the UN General Assembly adopted the text 140-9-20. The Security Council had voted on 18 April, 12 to 1. The nine states against in May were Chile, Peru and Fiji.",
                "The UN General Assembly passed the plan 120-4-30 on 6 June. A council text failed on 2 May. Those voting no in June included Laos and Nepal.",
                "On 3 March the UN General Assembly backed the text 99-7-50. In February a Security Council draft was vetoed. Cuba and Iran were among the seven against it in March."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-06-12", c);
            VoteEvent ga = events.stream().filter(e -> e.body().equals("GA")).findFirst().orElseThrow();
            assertTrue(ga.positions().size() >= 2, c);
            assertTrue(ga.positions().values().stream().allMatch("no"::equals), c);
        }
    }


    /** "Peru voted against Chile at the UN": against a state, which says not how it voted on the text. */
    @Test
    void votingAgainstAStateIsNoStanceOnTheText() {
        String[] cases = {
                "The UN General Assembly adopted the text on Chile 150-9-20 on Monday. Peru voted against Chile at the Assembly.",
                "On Monday the UN General Assembly passed the plan 120-8-30. For the first time Kenya voted against Ghana.",
                "The UN General Assembly backed the text 99-9-50 on Monday; a post claimed that Laos had voted against Cuba in the Assembly."};
        for (String c : cases) {
            assertEquals(Map.of(), only("2031-05-22", c).positions(), c);
        }
        // a state's text, or an inverted list of states, is not the object
        assertEquals("no", only("2031-05-22", "The UN General Assembly rejected the text 50-90-20 on Monday. Peru voted against Chile's draft.").positions().get("PER"));
        assertEquals("no", only("2031-05-22", "The UN General Assembly passed the plan 120-3-30 on Monday. Voted against Chile, Peru and Fiji.").positions().get("FJI"));
    }


    /** A question tells no vote: "Why didn't France veto it?", "Did 150 states back it?" (its answer does). */
    @Test
    void aQuestionTellsNoVote() {
        String[] cases = {
                "The Security Council adopted the text 14-0-1 on Monday. Why didn't France veto it?",
                "On Monday the Security Council passed the plan 13-0-2. Did Russia vote against it?",
                "The Security Council backed the text 12-0-3 on Monday. Will China block it next time?"};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("adopted", e.outcome(), c);
            assertEquals(Map.of(), e.positions(), c);
        }
        // the answer after it is read
        assertEquals("no", only("2031-05-22", "The UN General Assembly adopted the text 150-3-20 on Monday. Who voted against? Chile, Peru and Fiji.").positions().get("FJI"));
    }

    /** "later vetoed texts on Syria": a bare plural after a veto is several texts, no vote of the article. */
    @Test
    void aVetoOfABarePluralIsNoVote() {
        String[] cases = {
                "The Security Council adopted the text 15-0 on Monday. Critics say this is why Russia later vetoed drafts on Chad.",
                "On Monday the Security Council passed the plan 13-0-2. In the years after, China and Russia vetoed resolutions on Peru.",
                "The Security Council backed the text 12-0-3 on Monday, though France has blocked texts on Fiji."};
        for (String c : cases) {
            assertEquals(1, read("2031-05-22", c).size(), c);
        }
    }


    /** A fact box's line of the date ("When: 17 March 2011") dates the vote the box goes on to tell. */
    @Test
    void aFactBoxsDateLineDatesItsVote() {
        String[][] cases = {
                {"Key facts\n- What: Security Council resolution 3001 on Chad\n- When: 4 May 2019\n- Vote: 13 in favour, none against, 2 abstentions (China, Peru)", "2019-05-04"},
                {"At a glance\nBody: UN General Assembly\nDate of vote: 12 December 2018\nResult: 150 in favour, 5 against, 20 abstentions", "2018-12-12"},
                {"The facts\n* Security Council text on Fiji\n* Date: 1 June 2020\n* Result: adopted 15-0", "2020-06-01"}};
        for (String[] c : cases) {
            assertEquals(c[1], only("2031-05-22", c[0]).date(), c[0]);
        }
    }


    /** "adopted by 141 voices": votes, as some translations put it. */
    @Test
    void voicesAreVotes() {
        String[][] cases = {
                {"The UN General Assembly adopted the text on Monday by 120 voices.", "120"},
                {"On Monday the UN General Assembly passed the plan with 99 voices in favour and 8 against.", "99"},
                {"The UN General Assembly passed the resolution with 130 voices on Monday.", "130"}};
        for (String[] c : cases) {
            assertEquals(Integer.valueOf(c[1]), only("2031-05-22", c[0]).counts().yes(), c[0]);
        }
    }


    /** A weekday as a list item's label ("- Thursday: adopted 120-7") dates that item's vote. */
    @Test
    void aWeekdayLabellingAnItemDatesItsVote() {
        String[] cases = {
                "The UN General Assembly has voted on the matter twice.\n- 2 March 2030: adopted with 141 in favour.\n- Thursday: adopted 120 to 7, with 30 abstentions.",
                "How the UN General Assembly voted\n* 12 May 2029: 130-9-40\n* Thursday - passed 99-8-50",
                "UN General Assembly votes on the plan.\n2 March 2030 - adopted 150-4-20.\nThursday: adopted 110-10-45."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-24", c);
            assertTrue(events.stream().anyMatch(e -> "2031-05-22".equals(e.date())), c);
        }
    }


    /** "rejected a Peruvian amendment", then "Chile voted against it": the amendment's vote, and the stance on "it" is its. */
    @Test
    void aStanceOnItAfterAnAmendmentIsTheAmendments() {
        String[] cases = {
                "The UN General Assembly adopted the text 120-14-45 on Monday. Before that, it rejected a Peruvian amendment. That amendment drew 71 yes votes and 60 no votes. Chile voted against it.",
                "On Monday the UN General Assembly passed the plan 130-9-30. Members first turned down a Fijian amendment, 60 votes to 70. Laos voted for it.",
                "The UN General Assembly backed the text 99-9-50 on Monday, after defeating a Kenyan amendment by 50 votes to 80. Ghana abstained on it."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            VoteEvent amendment = events.stream().filter(e -> e.kind().equals("amendment")).findFirst().orElseThrow();
            assertEquals(1, amendment.positions().size(), c);
            events.stream().filter(e -> e.kind().equals("resolution")).forEach(e -> assertEquals(Map.of(), e.positions(), c));
        }
    }


    /** The IAEA by what it is ("the atomic watchdog", "its 35-member board"); a state's national security council is no UN body. */
    @Test
    void theNuclearWatchdogsBoardAndANationalSecurityCouncil() {
        String[] cases = {
                "In Vienna on Monday, the 35-member board of the nuclear watchdog censured Peru. The vote was 20 in favour, with two against.",
                "On Monday the atomic watchdog's board passed a resolution on Chile by 22 votes to 3, with 10 abstentions.",
                "After the IAEA Board of Governors voted on Monday, Peru's Supreme National Security Council said it would respond. The resolution was passed with 25 votes, while six members abstained."};
        for (String c : cases) {
            assertEquals("OTHER", only("2031-05-22", c).body(), c);
        }
    }


    /** A council a sentence of stances alone names in passing, while another body's vote is told, is not where they voted. */
    @Test
    void aCouncilNamedInPassingIsNotWhereTheyVoted() {
        String[] cases = {
                "The IAEA board passed the resolution on Peru by 22 votes to 3 on Monday. Chile and Kenya, which sit on the Council, backed it once others agreed the Council would wait.",
                "On Monday the IAEA Board of Governors adopted the text on Fiji 25-2-8. Japan backed it once it was clear the Council would not act before May.",
                "The IAEA board censured Laos 20-4-11 on Monday. Ghana, a Council member, abstained, saying the Council should take up the file."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(1, events.size(), c);
            assertEquals("OTHER", events.get(0).body(), c);
            assertFalse(events.get(0).positions().isEmpty(), c);
        }
    }


    /** Two states joined by a hyphen name a conflict or a pair ("Chile-Peru war"), not two voters. */
    @Test
    void statesJoinedByAHyphenAreNoVoters() {
        String[] cases = {
                "Chile-Peru: the UN General Assembly adopted the text 150-9-20 on Monday, and Ghana voted in favour.",
                "On Monday the UN General Assembly voted 120-8-30 on the Fiji-Tonga dispute; Kenya voted against.",
                "The UN General Assembly backed the plan on the Laos-Nepal border 99-9-50 on Monday. Japan abstained."};
        for (String c : cases) {
            assertEquals(1, only("2031-05-22", c).positions().size(), c);
        }
    }


    /** A list item that opens with its day dates the votes its line goes on to tell, sentence after sentence. */
    @Test
    void aListItemsDayDatesTheVotesOnItsLine() {
        String[] cases = {
                "The Security Council voted twice.\n1) 18 Oct 2030 - Chile's text on aid. Vetoed 12-1, Peru no.\n2) 8 Dec 2030 - Kenya's draft. Vetoed 13-1, Ghana abstained.",
                "Two Security Council drafts failed.\n- 4 May 2030: a text by Fiji. It got 11 votes and a veto.\n- 9 June 2030: a text by Laos. It got 12 votes and a veto.",
                "Council votes this year:\n* March 3, 2030 - the Peruvian draft. Adopted 15-0.\n* April 9, 2030 - the Chilean draft. Adopted 14-0-1."};
        for (String c : cases) {
            List<VoteEvent> events = read(null, c);
            assertEquals(2, events.size(), c);
            assertNotEquals(events.get(0).date(), events.get(1).date(), c);
            assertNotNull(events.get(1).date(), c);
        }
    }


    /** A weekday past an adverb after the verb ("voted overwhelmingly Tuesday") or right after "vote" dates the vote. */
    @Test
    void aWeekdayPastAnAdverbOrAfterTheVoteDatesIt() {
        String[][] cases = {
                {"The UN General Assembly voted overwhelmingly Tuesday to back the plan, 150-9-20.", "2031-05-20"},
                {"The UN General Assembly adopted narrowly Monday a text on Peru, 80-70-20.", "2031-05-19"},
                {"The UN General Assembly backed the plan on Chad. The vote Wednesday was 120-8-30.", "2031-05-21"}};
        for (String[] c : cases) {
            assertEquals(c[1], only("2031-05-22", c[0]).date(), c[0]);
        }
    }


    /** Backing a text named with a dotted sponsor ("the U.S.-sponsored resolution") is a stance on the text. */
    @Test
    void backingATextWithADottedSponsorIsAStance() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 150-9-20 on Monday. Peru backed the U.S.-sponsored resolution.", "PER"},
                {"On Monday the UN General Assembly passed the plan 120-8-30; Chile supported the U.K.-drafted text.", "CHL"},
                {"The UN General Assembly backed the measure 99-9-50 on Monday, and Kenya backed the U.S.-led draft too.", "KEN"}};
        for (String[] c : cases) {
            assertEquals("yes", only("2031-05-22", c[0]).positions().get(c[1]), c[0]);
        }
    }


    /** The rights council decides by a simple majority: a text it rejected had fewer for than against, whichever came first. */
    @Test
    void aTextTheRightsCouncilRejectedHadFewerFor() {
        String[] cases = {
                "The Human Rights Council rejected a motion on Peru on Monday, 19 votes to 17.",
                "On Monday the draft on Chile was voted down in the UN Human Rights Council by 20 votes to 15, with 12 abstentions.",
                "The Geneva-based Human Rights Council rejected the text on Fiji 25-18 on Monday."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertTrue(e.counts().yes() < e.counts().no(), c);
        }
        // adopted, the order stays
        assertEquals(19, only("2031-05-22", "The Human Rights Council adopted a motion on Peru on Monday, 19 votes to 17.").counts().yes());
    }


    /** Where a text goes next ("it heads to the Council") sets no body for the stances after it. */
    @Test
    void whereATextGoesNextSetsNoBody() {
        String[] cases = {
                "The UN General Assembly adopted the text 116-20-53 on Monday. Next the text goes to the 15-member Council for its part. Chile and Peru voted against the resolution.",
                "On Monday the UN General Assembly passed the plan 120-8-30. It heads to the Security Council next. Fiji voted against it.",
                "The UN General Assembly backed the text 99-9-50 on Monday. The file went on to the Security Council in May. Kenya voted in favour of the text."};
        for (String c : cases) {
            VoteEvent e = only("2031-05-22", c);
            assertEquals("GA", e.body(), c);
            assertEquals(1, e.positions().values().stream().distinct().count(), c);
        }
    }


    /** The Assembly's main committees vote as the Assembly, also after another body's vote ("the First Committee resolution"). */
    @Test
    void aMainCommitteeVotesAsTheAssembly() {
        String[] cases = {
                "A UN conference adopted a treaty on Monday, 120-1-1. In May, Chile voted against the First Committee resolution that began the talks, which passed 123-30 with 16 abstentions.",
                "The IAEA board backed the plan 25-3-7 on Monday. Earlier the Fourth Committee had approved a text on Peru 99-9-40.",
                "The WHO assembly passed the text 110-5-20 on Monday. Last year the Third Committee backed a similar text 120-12-35."};
        for (String c : cases) {
            List<VoteEvent> events = read("2031-05-22", c);
            assertEquals(2, events.size(), c);
            assertEquals("GA", events.get(1).body(), c);
        }
    }


    /** "A, B and C joined them.": on the side of the states the sentence before named. */
    @Test
    void statesThatJoinedThemAreOnTheirSide() {
        String[][] cases = {
                {"The UN General Assembly adopted the text 150-9-20 on Monday. Chile and Peru voted against it. Fiji and Tonga joined them.", "FJI", "no"},
                {"On Monday the UN General Assembly passed the plan 120-8-30. Kenya and Ghana abstained. Laos joined them in doing so.", "LAO", "abstain"},
                {"The UN General Assembly backed the text 99-9-50 on Monday; Japan and Spain voted yes. Nepal and Chad joined those states.", "TCD", "yes"}};
        for (String[] c : cases) {
            assertEquals(c[2], only("2031-05-22", c[0]).positions().get(c[1]), c[0]);
        }
    }


    /** A vote told with a day but no year is no vote of another day the article dates in full. */
    @Test
    void aDayWithoutYearIsNoVoteOfAnotherDay() {
        String[] cases = {
                "On 8 June, the IAEA board passed a resolution on Chile. The vote was 30 to 2.\nOn 24 September 2025, Peru voted for a resolution on Fiji. The tally was 22-1-12.",
                "On 3 May the UN General Assembly backed a text on Laos, 120-9-40.\nOn 9 October 2029, Kenya backed a text on Nepal, which passed 99-10-50.",
                "On 12 March the Security Council adopted a text on Chad 13-0-2.\nOn 1 July 2028 Japan voted for a text on Mali. It passed 14-0-1."};
        for (String c : cases) {
            List<VoteEvent> events = read(null, c);
            assertEquals(2, events.size(), c);
            assertNull(events.get(0).date(), c);
            assertEquals(Map.of(), events.get(0).positions(), c);
            assertEquals(1, events.get(1).positions().size(), c);
        }
    }


    /** An outcome alone inside a quotation is someone's view, not a vote ("“This text has failed the world,” he said"). */
    @Test
    void anOutcomeInAQuotationIsAView() {
        String[] cases = {
                "The UN General Assembly adopted the text on Monday with 84 votes. \u201cThis resolution has failed to win over the world,\u201d the minister said.",
                "On Monday the UN General Assembly passed the plan 120-8-30. \"The text was rejected by every decent nation,\" Peru's envoy told reporters.",
                "The UN General Assembly backed the text 99-9-50 on Monday. 'It failed where it mattered,' an analyst said."};
        for (String c : cases) {
            assertEquals(1, read("2031-05-22", c).size(), c);
        }
        // a quotation with its count is read
        assertEquals(2, read("2031-05-22", "The UN General Assembly adopted the text 150-9-20 on Monday. \"A rival draft failed 40-90 last week,\" the envoy said.").size());
    }


    /** A vote told on a weekday is no vote of a fully dated day that falls on another weekday. */
    @Test
    void aVoteToldOnAWeekdayIsNoVoteOfAnotherWeekdaysDate() {
        String[] cases = {
                "On Tuesday the Security Council draft on Chad got 13 votes; Peru vetoed it. On March 3, 2029, a council text on Fiji passed 14-0.",
                "The UN General Assembly backed the plan on Laos on Thursday, 120-9-40. Back on 4 May 2027, a text on Nepal had passed 99-10-50.",
                "On Monday the Human Rights Council adopted a text on Chile 30-5-12. On 2 June 2028 it adopted one on Peru 25-10-12."};
        for (String c : cases) {
            List<VoteEvent> events = read(null, c);
            assertEquals(2, events.size(), c);
            assertNull(events.get(0).date(), c);
            assertNotNull(events.get(1).date(), c);
        }
    }


    /** A weekday in a relative clause on states is the aside's, not the vote's ("A, which had agreed on Monday, voted on Friday"). */
    @Test
    void aWeekdayInARelativeClauseOnStatesIsTheAsides() {
        String[][] cases = {
                {"Chile and Peru, which had agreed to it on Monday, backed the text in the UN General Assembly on Friday, 120-9-40.", "2031-05-23"},
                {"Kenya, whose envoy spoke on Tuesday, voted for the plan when the UN General Assembly passed it on Thursday, 99-9-50.", "2031-05-22"},
                {"Fiji, which had objected on Monday, abstained when the UN General Assembly passed the text on Wednesday, 130-5-30.", "2031-05-21"}};
        for (String[] c : cases) {
            assertEquals(c[1], only("2031-05-24", c[0]).date(), c[0]);
        }
    }
}
