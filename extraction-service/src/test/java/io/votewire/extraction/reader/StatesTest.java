package io.votewire.extraction.reader;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatesTest {
    private final States states = States.get();

    private List<String> found(String text) {
        return states.find(text, 0, text.length()).stream()
                .map(m -> m.state().iso3() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void allMembersAndTheObserverStates() {
        assertEquals(193, states.all().stream().filter(s -> s.member() && Boolean.TRUE.equals(io.votewire.contract.UnRules.sat(io.votewire.contract.UnRules.GA, s.iso3(), 2025))).count());
        // the one former member a vote of its years may name
        assertEquals(Set.of("TWN"), states.all().stream().filter(s -> s.member() && !Boolean.TRUE.equals(io.votewire.contract.UnRules.sat(io.votewire.contract.UnRules.GA, s.iso3(), 2025)))
                .map(State::iso3).collect(java.util.stream.Collectors.toSet()));
        assertEquals(Set.of("VAT", "PSE"), states.all().stream().filter(s -> !s.member()).map(State::iso3)
                .collect(java.util.stream.Collectors.toSet()));
        Set<String> codes = new HashSet<>();
        for (State s : states.all()) {
            assertTrue(s.iso3().matches("[A-Z]{3}"), s.iso3());
            assertTrue(codes.add(s.iso3()), "duplicate " + s.iso3());
        }
    }

    /** The UN's own name for North Macedonia until 2019, as its recorded-vote lists spell it, and its short forms. */
    @Test
    void northMacedoniasFormerName() {
        assertEquals(List.of("THA:Thailand", "MKD:The former Yugoslav Republic of Macedonia", "TGO:Togo"),
                found("Thailand, The former Yugoslav Republic of Macedonia, Togo"));
        assertEquals(List.of("MKD:FYROM", "SRB:Serbia"), found("FYROM and Serbia abstained"));
        assertEquals(List.of("ALB:Albania", "MKD:FYR Macedonia"), found("Albania joined FYR Macedonia"));
    }

    @Test
    void commonNamesAbbreviationsAndPossessives() {
        assertEquals(List.of("USA:U.S.", "GBR:Britain", "PRK:DPRK", "TUR:Türkiye", "CIV:Ivory Coast", "MMR:Burma"),
                found("The U.S. and Britain joined DPRK, Türkiye, Ivory Coast and Burma."));
        assertEquals(List.of("RUS:Russia", "USA:US"), found("Russia's envoy rejected the US-drafted text."));
        assertEquals(List.of("CIV:Côte d’Ivoire", "CZE:Czech Republic"), found("Côte d’Ivoire and the Czech Republic"));
        // names in lists of other languages' habits: the UN's short "Lao", a republic named by its adjective
        assertEquals(List.of("LAO:Lao", "ZAF:South African Republic", "NPL:Nepal"), found("Lao, the South African Republic and Nepal"));
        // names of the lists of older votes, and the Republic of China as against the People's Republic
        assertEquals(List.of("COD:Zaire", "BFA:Upper Volta", "BEN:Dahomey", "LKA:Ceylon", "WSM:Western Samoa", "TWN:Republic of China", "CHN:People's Republic of China"),
                found("Zaire, Upper Volta, Dahomey, Ceylon, Western Samoa, the Republic of China and the People's Republic of China"));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("PNG:Papua New Guinea", "GNQ:Equatorial Guinea", "GNB:Guinea-Bissau", "GIN:Guinea"),
                found("Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea"));
        assertEquals(List.of("SSD:South Sudan", "SDN:Sudan", "NGA:Nigeria", "NER:Niger", "DOM:Dominican Republic", "DMA:Dominica"),
                found("South Sudan, Sudan, Nigeria, Niger, the Dominican Republic and Dominica"));
        assertEquals(List.of("COD:Democratic Republic of the Congo", "COG:Congo"), found("Democratic Republic of the Congo and Congo"));
        // short forms of long names: the full name still wins where it is written
        assertEquals(List.of("VCT:St. Vincent", "ARE:Emirates", "SLB:Solomons"), found("St. Vincent, the Emirates and the Solomons"));
        assertEquals(List.of("SLB:Solomons", "VCT:Saint Vincent and the Grenadines", "ARE:United Arab Emirates"),
                found("the Solomons, Saint Vincent and the Grenadines, and the United Arab Emirates"));
        assertEquals(List.of("ARE:Emirates", "VCT:St Vincent", "VCT:St Vincent and the Grenadines"), found("Emirates, St Vincent and St Vincent and the Grenadines"));
        assertEquals(List.of("KNA:St. Kitts", "LCA:St Lucia", "KNA:Saint Kitts and Nevis"), found("St. Kitts, St Lucia and Saint Kitts and Nevis"));
        assertEquals(List.of("KNA:Saint Kitts", "VCT:St. Vincent", "KNA:St Kitts-Nevis"), found("Saint Kitts, St. Vincent, St Kitts-Nevis"));
        // common misspellings and Soviet-era or older names of lists in informal writing
        assertEquals(List.of("PHL:Phillipines", "ISR:Isreal", "LBY:Lybia", "KAZ:Kazakstan"), found("Phillipines, Isreal, Lybia and Kazakstan"));
        assertEquals(List.of("USA:Untied States", "USA:Unites States"), found("the Untied States; the Unites States"));
        // the initials Pacific papers use
        assertEquals(List.of("PNG:PNG", "FSM:FSM", "FJI:Fiji"), found("PNG, FSM and Fiji"));
        assertEquals(List.of("KGZ:Kirghizia", "MDA:Moldavia", "TKM:Turkmenia", "TJK:Tadjikistan", "BLR:Belorussia"),
                found("Kirghizia, Moldavia, Turkmenia, Tadjikistan, Belorussia"));
        assertEquals(List.of("KHM:Kampuchea", "VEN:Venezuala", "AZE:Azerbaidjan"), found("Kampuchea; Venezuala; Azerbaidjan"));
    }

    @Test
    void aPresidentsAdministrationIsItsState() {
        assertEquals(List.of("USA:Biden administration"), found("The Biden administration abstained."));
        assertEquals(List.of("USA:Obama administration", "CHN:Beijing"), found("Both the Obama administration and Beijing spoke."));
        assertEquals(List.of("GBR:Britain", "USA:Trump administration"), found("Britain sided with the Trump administration."));
        assertEquals(List.of(), found("The administration of the camp abstained from comment."));
    }

    @Test
    void lowerCaseWordsAreNotStates() {
        assertEquals(List.of(), found("Let us carve the turkey on fine china in the chad of the guinea pig."));
    }

    @Test
    void capitalsAndDemonymsAreMarked() {
        var m = states.find("Moscow and Russian diplomats", 0, 28);
        assertEquals(StateMention.Form.METONYM, m.get(0).form());
        assertEquals(StateMention.Form.DEMONYM, m.get(1).form());
    }
}
