package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentenceFactsTest {
    private static SentenceFacts read(String text) {
        return SentenceFacts.read(new Sentence(0, 0, text.length(), text), States.get());
    }

    private static void counts(String text, Integer yes, Integer no, Integer abstain) {
        SentenceFacts f = read(text);
        assertEquals(yes, f.yes, "yes in: " + text);
        assertEquals(no, f.no, "no in: " + text);
        assertEquals(abstain, f.abstain, "abstain in: " + text);
    }

    /** A time inside "whether ..." is the question the text puts, not the time of its vote. */
    @Test
    void aTimeInsideAWhetherPhraseDoesNotDateTheVote() {
        assertFalse(read("The Assembly voted to ask the court whether the declaration made last year was lawful.").past);
        assertFalse(read("The council voted 12-3 on whether the strikes in 2019 broke the truce.").past);
        assertFalse(read("It adopted by 90 votes a text asking whether the annexation in March was valid.").past);
        assertTrue(read("Last year the Assembly voted 120-9 on a similar text.").past);
    }

    /** "The Peruvian amendment: 70 in favour, ...": a vote on the amendment, and the state naming it is no voter. */
    @Test
    void anAmendmentBeforeItsCountIsVotedOn() {
        for (String text : List.of("Chile amendment: 70 in favour, 72 against, 20 abstentions.",
                "Board is up on the Kenya amendment: 61 yes, 80 no, 9 abstaining.",
                "Then the Japan motion: 12 in favour, 30 against.")) {
            SentenceFacts f = read(text);
            assertTrue(f.amendment || text.contains("motion"), text);
            assertEquals(Map.of(), f.positions, text);
            assertTrue(f.hasCounts(), text);
        }
        assertTrue(read("The amendment tabled by Peru: 61 yes, 80 no.").amendment);
    }

    /** "has generally abstained", "usually votes against": a habit is no stance in this vote. */
    @Test
    void aHabitIsNoStance() {
        assertEquals(Map.of("PER", "yes"), read("Peru voted in favour, while Chile has generally abstained on such texts.").positions);
        assertEquals(Map.of(), read("Kenya usually votes against texts of this kind.").positions);
        assertEquals(Map.of("FJI", "no"), read("Fiji, as always, voted against; Tonga typically abstains.").positions);
    }

    /** A time in a relative clause that runs to the end of the sentence is the aside's, not the vote's. */
    @Test
    void aTimeInATrailingRelativeClauseIsNotTheVotes() {
        assertFalse(read("The text was adopted at the special session, which was convened in March last year.").past);
        assertFalse(read("Peru voted in favour of the text, which its envoy had drafted in 2019.").past);
        assertFalse(read("The council adopted it with Chile's support, who had joined the council two years ago.").past);
        assertTrue(read("The text was adopted in March last year, at the special session.").past);
    }

    /** "24 opposing", "12 supporting it": a number before a participle of its side counts it; "two opposing texts" does not. */
    @Test
    void aNumberBeforeASidesParticipleCountsIt() {
        counts("The motion fell, with twelve members supporting it, twenty-four opposing and eleven abstaining.", 12, 24, 11);
        counts("It passed 30-9, with 30 supporting the text and 9 opposing it.", 30, 9, null);
        counts("The draft failed: 5 backing it, 7 opposing, 3 abstaining.", 5, 7, 3);
        counts("The council weighed two opposing resolutions on the crisis.", null, null, null);
    }

    /** A teen in words is the teen, not the unit it begins with ("seventeen" is no seven), in either order. */
    @Test
    void teensInWordsAreNotTheirUnits() {
        counts("The Council adopted the text by nineteen votes to seventeen.", 19, 17, null);
        counts("The Assembly adopted it by eighty-six votes to fourteen, with sixteen abstentions.", 86, 14, 16);
        counts("Members approved it by thirteen votes to six, with eighteen abstentions.", 13, 6, 18);
    }

    /** "rejected it by 19 votes to 17": a rejection counts the side against first, with a pronoun object too. */
    @Test
    void aRejectionByAPronounCountsTheSideAgainstFirst() {
        counts("The Council rejected it by nineteen votes to seventeen.", 17, 19, null);
        counts("The Assembly defeated them by 80 votes to 60, with 12 abstentions.", 60, 80, 12);
        counts("The Council rejected the motion by 24 votes to 12.", 12, 24, null);
    }

    /** "they supported efforts towards a truce": backing a bare plural is backing a cause, not the text voted on. */
    @Test
    void backingABarePluralIsNoVote() {
        assertEquals(Map.of(), read("Chile and Peru said they supported efforts towards a lasting truce.").positions);
        assertEquals(Map.of(), read("Kenya backed calls for talks before the vote.").positions);
        assertEquals(Map.of(), read("Fiji opposed moves to expand the mission.").positions);
        assertEquals(Map.of("PER", "yes"), read("Peru supported it in the vote.").positions);
    }

    /** "opposed by A and B, with three abstaining": every state of a passive cue's agent list is on its side. */
    @Test
    void aPassiveCuesAgentsAreAllOnItsSide() {
        assertEquals(Map.of("CHL", "no", "PER", "no"), read("The text was opposed by Chile and Peru, with three abstaining.").positions);
        assertEquals(Map.of("KEN", "yes", "GHA", "yes", "TGO", "yes"), read("It was backed by Kenya, Ghana and Togo, while two abstained.").positions);
        assertEquals(Map.of("CUB", "no", "IRN", "abstain"), read("The text was opposed by Cuba, and Iran abstained.").positions);
    }

    /** "endorsed the call 158 to 2": a body endorsing something by a tally voted on it. */
    @Test
    void anEndorsementByATallyIsAVote() {
        counts("The Assembly endorsed the call 158 to 2, with Chile and Peru dissenting.", 158, 2, null);
        counts("The council endorsed the plan 30-10.", 30, 10, null);
        counts("Members endorsed the report by 99 votes to 4, with 12 abstentions.", 99, 4, 12);
    }

    /** "all members except Chile voted for it": the state set apart takes no stance from that cue. */
    @Test
    void aStateSetApartIsNotOnTheSide() {
        assertEquals(Map.of(), read("All members except Chile voted for the draft.").positions);
        assertEquals(Map.of("PER", "abstain"), read("Every state other than Peru backed the text, and Peru abstained.").positions);
        assertEquals(Map.of(), read("All but Kenya and Ghana voted in favour.").positions);
    }

    /** "received the votes of 153 countries", "got the approval of 123 member states": the yes side's count. */
    @Test
    void theVotesOrApprovalOfNStatesCountTheYesSide() {
        counts("The Assembly's text received the votes of 153 countries, with 10 against.", 153, 10, null);
        counts("The resolution got the approval of 123 member states.", 123, null, null);
        counts("The draft won the backing of 11 members and three abstained.", 11, null, 3);
    }

    /** "Nobody voted against", "not a single member voted no": none against, in words without a number. */
    @Test
    void nobodyAgainstIsNone() {
        counts("The text won 11 votes in favour; nobody voted against it.", 11, 0, null);
        counts("Not a single state voted no, and the resolution passed with 130 votes.", 130, 0, null);
        counts("With four abstentions and no-one against, the text passed 11-0-4.", 11, 0, 4);
    }

    /** "sat on the fence" is an abstention, whoever sat there and whatever came before. */
    @Test
    void sittingOnTheFenceIsAnAbstention() {
        assertEquals(Map.of("PER", "abstain", "CHL", "abstain"), read("Peru and Chile sat on the fence when the council voted 12-0-3.").positions);
        assertEquals(Map.of("KEN", "abstain"), read("In the 100-4 vote, Kenya was sitting on the fence.").positions);
        assertEquals(Map.of("FJI", "yes", "TON", "abstain"), read("Fiji voted in favour and Tonga sat on the fence in the vote.").positions);
    }

    /** "no one against" holds "one against": the count is none, whichever side comes first. */
    @Test
    void noOneAgainstIsNone() {
        counts("It passed with 12 votes in favour and three abstentions, with no one against it.", 12, 0, 3);
        counts("No one voted against; 140 countries backed the text and 9 abstained.", 140, 0, 9);
        counts("The draft won 9 votes in favour, no one against and 6 abstentions.", 9, 0, 6);
    }

    /** A failed text's larger number is against it, unless the sentence names the sides. */
    @Test
    void aFailedTextWithNamedSidesKeepsThem() {
        counts("Chile's text was defeated by a vote of 11 in favour to 2 against, with 2 abstentions.", 11, 2, 2);
        counts("The text was rejected by 12 votes in favour to 2 against (Peru, Chile), with one abstention.", 12, 2, 1);
        counts("The procedural motion got rejected by 23 votes to 16, and 8 abstained.", 16, 23, 8);
    }

    @Test
    void countsInEveryCommonForm() {
        counts("The text passed in a recorded vote, 131 in favour to 11 against, with 38 abstentions.", 131, 11, 38);
        counts("The Assembly voted 141-5-35 to demand a withdrawal.", 141, 5, 35);
        counts("In the end the count stood at 12 to 2 with one abstention.", 12, 2, 1);
        counts("It passed by 93 votes to 18, with 65 abstaining.", 93, 18, 65);
        counts("Ninety-three countries voted for the resolution and eight nations opposed it.", 93, 8, null);
        counts("While 93 out of 193 countries supported it, only five countries opposed it.", 93, 5, null);
        counts("The resolution was adopted by 14 votes to none, with 1 abstention.", 14, 0, 1);
        counts("That draft decision was rejected by 21 votes to 18, with 7 abstentions.", 18, 21, 7);
        counts("No country voted against, but the remaining 13 members — among them Britain and France — abstained.", null, 0, 13);
        counts("Ten of the council's 15 members voted in favour.", 10, null, null);
        counts("The resolution was approved by 119 countries.", 119, null, null);
        counts("Pakistan received 169 votes, Uzbekistan 164 and Nepal 150.", null, null, null);
        counts("A resolution criticizing Russia secured 93 votes.", 93, null, null);
        // number words whose smaller words are not inside them ("thirteen" holds no "three")
        counts("Thirteen members voted in favour, fifteen against and zero abstained.", 13, 15, 0);
    }

    /** Ayes and nays, as parliaments and some wires count. */
    @Test
    void ayesAndNays() {
        counts("The text drew 104 ayes, 12 nays and 40 abstentions.", 104, 12, 40);
        counts("It passed with 13 ayes, 0 noes and 2 abstentions.", 13, 0, 2);
        counts("It carried with 30 ayes against 7 nays.", 30, 7, null);
    }

    @Test
    void numbersThatAreNotCounts() {
        counts("A draft needs nine votes to pass in the 15-member Security Council.", null, null, null);
        counts("Sponsors had hoped to clear 100 yes votes.", null, null, null);
        counts("The Senate later voted on a budget for 2024.", null, null, null);
    }

    @Test
    void outcomesAndTheirNegation() {
        assertEquals("adopted", read("The resolution was adopted without a vote.").outcome);
        assertEquals("vetoed", read("Russia vetoed the draft on Friday.").outcome);
        assertEquals("rejected", read("The Russian text fell short of the nine votes needed.").outcome);
        assertNull(read("France opted not to use its veto.").outcome);
        assertNull(read("Neither Paris nor London used its veto.").outcome);
        assertEquals("rejected", read("The second amendment was likewise not adopted.").outcome);
        assertEquals("adopted", read("The text cleared the General Assembly by 118 votes to 6.").outcome);
    }

    @Test
    void whoUsedTheVetoVotedNo() {
        assertEquals(Map.of("RUS", "no", "CHN", "no"), read("Russia and China used their vetoes to block the draft.").positions);
        assertEquals(Map.of("USA", "no"), read("Days earlier the United States had blocked with its veto a similar text.").positions);
        assertEquals(Map.of(), read("None of them used its veto, although Moscow and Beijing had doubts.").positions);
        assertEquals(Map.of("RUS", "yes", "CHN", "yes", "GAB", "yes"), read("It was backed only by Russia, China and Gabon.").positions);
    }

    @Test
    void positionsFromListsAndCues() {
        assertEquals(Map.of("RUS", "no", "SYR", "no", "BLR", "no", "PRK", "no", "ERI", "no"),
                read("Russia, Syria, Belarus, North Korea and Eritrea voted against.").positions);
        assertEquals(Map.of("NRU", "no", "PLW", "no", "FJI", "abstain"),
                read("Nauru and Palau opposed the draft, and Fiji abstained.").positions);
        assertEquals(Map.of("NOR", "abstain", "JPN", "abstain"),
                read("The rival text won 11 votes in favour, Norway and Japan abstaining.").positions);
        assertEquals(Map.of("AUT", "no", "HRV", "no", "USA", "no"),
                read("It was adopted by 120 in favour to 3 against (Austria, Croatia, United States), with 45 abstentions.").positions);
        assertEquals(Map.of("MAR", "absent"), read("Morocco did not vote.").positions);
        assertEquals(Map.of("BRA", "no", "ARG", "no"),
                read("Brasilia, whose proposal had been voted down an hour earlier, opposed the text, as did Argentina.").positions);
    }

    @Test
    void aStatesStanceIsNotTheOutcome() {
        assertNull(read("Peru, which has no seat on the council, rejected the text.").outcome);
        assertNull(read("Nepal's envoy told the council that her government rejected the draft outright.").outcome);
        assertEquals("rejected", read("The Council rejected the draft by 19 votes to 17.").outcome);
        assertEquals("rejected", read("Russia's draft was rejected.").outcome);
        assertEquals("adopted", read("The Assembly urged an end to the trade blockade against Cuba,"
                + " adopting its yearly text by a vote of 185-3-2.").outcome);
        assertNull(read("Such a reform needs a Charter amendment, and one has to be adopted by two-thirds of the members.").outcome);
    }

    @Test
    void failingToDoSomethingElseIsNotAnOutcome() {
        assertEquals("adopted", read("The Board passed a resolution censuring Iran for failing to explain uranium traces.").outcome);
        assertEquals("rejected", read("The draft failed to win the nine votes it needed.").outcome);
    }

    @Test
    void aPastMarkerDatesTheVoteUnlessItOpensASpanToNow() {
        assertTrue(read("Last year, the Assembly adopted a similar text by 141 votes to 5.").past);
        assertTrue(read("The Council rejected a Russian draft in February.").past);
        assertFalse(read("Members voted down a European proposal on Friday, days after UN investigators warned of"
                + " grave abuses in the region.").past);
        assertTrue(read("Two weeks earlier, the Council had rejected a similar draft.").past);
        assertTrue(read("The Assembly met two weeks after France vetoed a Council text.").past);
        assertFalse(read("The text was approved with 88 votes in favour, 19 against and 70 abstentions, its lowest "
                + "backing of any text on the war since the fighting started in March.").past);
    }

    @Test
    void sponsorsSpeakersAndTargetsAreNotVotes() {
        SentenceFacts f = read("The Ukraine-drafted resolution condemning Russia, put forward by Canada, passed as the Russian envoy said it was unfair.");
        assertTrue(f.positions.isEmpty(), f.positions.toString());
        assertTrue(f.sponsors.contains("UKR") && f.sponsors.contains("CAN"), f.sponsors.toString());
        assertFalse(read("Even if France and Britain were to abstain, the text could pass.").positions.containsKey("FRA"));
        assertTrue(read("Egypt has campaigned hard against the text for weeks.").positions.isEmpty());
        assertTrue(read("Officials expect at least 30 abstentions from Latin America.").positions.isEmpty());
    }

    @Test
    void howStatesVotedInLessCommonWords() {
        assertEquals(Map.of("CHN", "no", "RUS", "no"), read("The draft fell when Russia and China cast their vetoes.").positions);
        assertEquals(Map.of("KEN", "yes", "NGA", "no"), read("Kenya voted yes, and Nigeria voted no.").positions);
        assertEquals(Map.of("CHL", "no", "PER", "no", "COL", "no"),
                read("Three states voted against: the Republic of Chile, Peru and Colombia.").positions);
        assertEquals(Map.of("FRA", "no"), read("The text was vetoed at the Security Council by France.").positions);
    }

    @Test
    void aVetoIsSaidOnlyOfTheStatesRightBeforeIt() {
        assertEquals(Map.of("RUS", "no"), read("The Chilean envoy said Peru and Ghana had tried hard, after Russia cast its veto.").positions);
        assertEquals(Map.of("CHN", "no"), read("Kenya spoke for Nigeria and Ghana before China cast its veto on the text.").positions);
        assertEquals(Map.of("USA", "no", "GBR", "no"), read("Mali asked for a delay, but the United States and Britain cast their vetoes.").positions);
        assertEquals(Map.of("FRA", "no"), read("After France's veto, Peru and Chile left the chamber.").positions);
    }

    @Test
    void aPossessiveNamesNoVoterUnlessItNamesTheVote() {
        assertTrue(read("Countries supporting the call for Peru's independence voted in favour.").positions.isEmpty());
        assertTrue(read("The resolution rejecting Chile's claim was backed by most members.").positions.isEmpty());
        assertTrue(read("Delegations backing Ghana's bid voted for the text on Monday.").positions.isEmpty());
        assertEquals(Map.of("KEN", "abstain"), read("Kenya's abstention surprised many delegations.").positions);
    }

    @Test
    void dissentOppositionAndRefrainingAreSides() {
        assertEquals(Map.of("NIC", "no", "SYR", "no"), read("It passed 150-2, with Nicaragua and Syria in opposition.").positions);
        assertEquals(Map.of("BLR", "no", "CUB", "no"), read("Belarus and Cuba dissented, while the rest voted yes.").positions);
        assertEquals(Map.of("KEN", "no"), read("It passed 14-1; Kenya was the lone dissenter.").positions);
        assertEquals(Map.of("BRA", "abstain"), read("Brazil refrained from voting on the text.").positions);
        assertEquals(Map.of("PER", "yes", "CHL", "no"), read("Peru cast a yes vote and Chile cast a no vote.").positions);
    }

    @Test
    void aBodyKnownByItsSize() {
        assertEquals("SC", read("The 15-member council voted 13-0 to renew the mission.").body);
        assertEquals("HRC", read("The 47-member body adopted the text by 30 votes to 6.").body);
        assertEquals("GA", read("The text passed in the 193-member assembly by 120 votes to 9.").body);
        assertNull(read("The 27-member council of the bloc voted 20-7.").body);
    }

    @Test
    void aStateThatSponsoredTheTextIsASponsorNotAVoter() {
        SentenceFacts f = read("Peru co-sponsored the text, and Chile, Kenya and Ghana backed it.");
        assertEquals(Map.of("CHL", "yes", "KEN", "yes", "GHA", "yes"), f.positions);
        assertTrue(f.sponsors.contains("PER"), f.sponsors.toString());
        assertFalse(read("Mali drafted the resolution, which passed with 100 votes in favour.").positions.containsKey("MLI"));
        assertFalse(read("Nepal had tabled a text that most members backed.").positions.containsKey("NPL"));
    }

    @Test
    void aStatesDelegationThatVotedIsTheState() {
        assertEquals(Map.of("MEX", "yes"), read("Mexico's delegation voted in favour of the resolution.").positions);
        assertEquals(Map.of("KEN", "abstain"), read("Kenya's UN ambassador abstained on the text.").positions);
        assertEquals(Map.of("CHL", "yes"), read("Russia's envoy said the text was biased as Chile voted in favour.").positions);
    }

    @Test
    void aStateInARelativeClauseIsNoVoterOfTheMainOne() {
        assertTrue(read("The text, which Peru drafted, drew 120 votes in favour to 9 against.").positions.isEmpty());
        assertTrue(read("The draft, which Chile and Ghana wrote, was backed by 14 members.").positions.isEmpty());
        assertTrue(read("The motion, which Kenya tabled last month, was opposed by 30 states.").positions.isEmpty());
    }

    @Test
    void aStateInAQuotedTitleIsNoVoter() {
        assertTrue(read("The resolution “Human rights in the occupied parts of Peru” passed with 80 votes in favour.").positions.isEmpty());
        assertTrue(read("A draft entitled \"Cooperation with Chile and Bolivia\" drew 12 votes against.").positions.isEmpty());
        assertEquals(Map.of("GHA", "abstain"), read("The text called “Water for Mali” was adopted, with Ghana abstaining.").positions);
    }

    @Test
    void aListOfSponsorsEndsWithItsLine() {
        for (String line : List.of("Submitted by editor on Mon, 03/05/2029 - 10:04", "Posted by staff, 12 May - 08:30",
                "Filed by our desk on 2 June")) {
            SentenceFacts f = read(line + "\nChina and Russia vetoed the draft on Syria.");
            assertEquals(Map.of("CHN", "no", "RUS", "no"), f.positions, line);
            assertTrue(f.sponsors.isEmpty(), line + " " + f.sponsors);
        }
    }

    @Test
    void statesThatCouldNotOrDidNotVoteWereAbsent() {
        assertEquals(Map.of("PER", "absent"), read("Peru was unable to vote because of its arrears.").positions);
        assertEquals(Map.of("CUB", "absent"), read("Cuba spoke at length but did not issue a vote.").positions);
        assertEquals(Map.of("GHA", "absent", "MLI", "absent"), read("Ghana and Mali did not register a vote on the text.").positions);
    }

    @Test
    void aParticipleNamingATextSaysNoOutcome() {
        assertNull(read("The new draft mirrors the vetoed measure on the port.").outcome);
        assertNull(read("Delegates said the adopted text would be hard to apply.").outcome);
        assertNull(read("Its rejected proposals were tabled again this week.").outcome);
        assertEquals("adopted", read("The council adopted the text on Friday.").outcome);
    }

    @Test
    void aNegationEndsWhereASecondVerbIsJoinedOn() {
        assertEquals(Map.of("RUS", "abstain"), read("Russia did not block the text and abstained instead.").positions);
        assertEquals(Map.of("CHN", "yes"), read("China did not speak and voted in favour.").positions);
        assertTrue(read("France did not vote against the text.").positions.isEmpty());
    }

    @Test
    void aClauseOpeningWithItsCueSharesTheSubjectBefore() {
        assertEquals(Map.of("PER", "yes"), read("Peru did not sponsor the text, but voted in its favour.").positions);
        assertEquals(Map.of("CHL", "abstain"), read("Chile spoke first but abstained.").positions);
        assertEquals(Map.of("GHA", "no", "KEN", "no"), read("Ghana and Kenya raised objections, but voted against it in the end.").positions);
        assertEquals(Map.of("CHL", "yes", "PER", "abstain"), read("Chile voted yes but Peru abstained.").positions);
    }

    @Test
    void countsThatAreNotTheSidesTotal() {
        SentenceFacts f = read("Cuba and four other countries voted against it.");
        assertNull(f.no);
        assertEquals("no", f.positions.get("CUB"));
        assertEquals(12, read("The other 12 members of the council voted in favour.").yes);
    }

    @Test
    void unanimityIsEveryMemberInFavour() {
        assertTrue(read("The council voted unanimously to renew the sanctions regime.").unanimous);
        assertTrue(read("Members unanimously approved the request.").unanimous);
        assertFalse(read("The decision was not taken unanimously.").unanimous);
        assertFalse(read("The council will vote unanimously, diplomats said.").unanimous);
    }
    /** A passive cue's voters follow its "by": states before it are not its agents, nor is a count before a comma. */
    @Test
    void aPassiveCueTakesTheStatesAfterItsBy() {
        assertEquals(Map.of("PER", "yes", "GHA", "yes", "NZL", "yes", "IRN", "no"),
                read("The text was supported by Peru, Ghana and New Zealand but opposed by Iran.").positions);
        assertEquals(Map.of("CHL", "yes", "SYR", "no", "CUB", "no"),
                read("Chile backed the draft, which was opposed by Syria and Cuba.").positions);
        SentenceFacts f = read("The draft was backed by 13 members, opposed by Russia, and Brazil abstained.");
        assertEquals(13, f.yes);
        assertNull(f.no);
        assertEquals(Map.of("RUS", "no", "BRA", "abstain"), f.positions);
        f = read("Supported by 101 countries, opposed by Venezuela, and with Nepal and Laos abstaining, it passed.");
        assertEquals(101, f.yes);
        assertNull(f.no);
        assertEquals(Map.of("VEN", "no", "NPL", "abstain", "LAO", "abstain"), f.positions);
        assertEquals(Map.of("FJI", "yes", "WSM", "yes", "TON", "no"), read("Backed by Fiji and Samoa, the motion was opposed by Tonga.").positions);
    }
    /** Neutral, sitting out, a ballot: other words for abstaining, being absent and voting. */
    @Test
    void otherWordsForASide() {
        assertEquals(Map.of("BRA", "abstain", "ZAF", "abstain"), read("Brazil and South Africa stayed neutral on the text.").positions);
        assertEquals(Map.of("TUR", "abstain", "CHL", "yes"), read("Turkey remained neutral, while Chile voted for it.").positions);
        assertEquals(Map.of("HUN", "absent"), read("Hungary sat it out.").positions);
        assertEquals(Map.of("GRC", "absent", "CYP", "absent"), read("Greece and Cyprus sat out the vote entirely.").positions);
        assertEquals(Map.of("SRB", "absent"), read("Serbia stayed away from the vote.").positions);
        assertEquals(Map.of("MLT", "yes", "JPN", "yes", "RUS", "no"),
                read("Malta and Japan cast ballots in favour, Russia cast a ballot against.").positions);
        assertEquals(Map.of("POL", "no"), read("Poland cast the only ballot against.").positions);
    }
    /** A side in quotation marks, as non-native copy writes it: "against" still ends its clause. */
    @Test
    void aQuotedAgainst() {
        assertEquals(Map.of("PER", "no", "CHL", "abstain"), read("Peru voted 'against', Chile 'abstained'.").positions);
        assertEquals(Map.of("IRN", "no", "IRQ", "abstain"), read("Iran voted “against” and Iraq abstained.").positions);
        assertEquals(Map.of("CUB", "no", "FJI", "abstain"), read("Only Cuba was \"against\"; Fiji abstained.").positions);
    }
}
