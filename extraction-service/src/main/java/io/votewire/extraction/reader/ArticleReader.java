package io.votewire.extraction.reader;

import io.votewire.contract.Article;
import io.votewire.contract.Counts;
import io.votewire.contract.Evidence;
import io.votewire.contract.UnRules;
import io.votewire.contract.VoteEvent;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads every recorded vote in an article. Sentences are read one by one ({@link SentenceFacts}); each sentence
 * that says something about a vote is attached to the vote it is about — the one its body, sponsor, kind, counts
 * and time agree with, else the vote under discussion — or opens a new one. Framework-free and thread-safe.
 */
public final class ArticleReader {
    public static final String VERSION = "rules-1.19";
    private static final KeyedPattern SYMBOL = KeyedPattern.atWords(Pattern.compile(
            "\\b(?:A/RES/[A-Z0-9\\-]+(?:/[A-Z0-9\\-]+)*|S/RES/\\d+\\s*\\(\\d{4}\\)|A/HRC/RES/\\d+/\\d+|A/HRC/\\d+/L\\.\\d+|S/\\d{4}/\\d+|A/[A-Z0-9\\-]+/L\\.\\d+)"),
            "a/", "s/");
    private static final KeyedPattern SC_RESOLUTION_NUMBER = KeyedPattern.atWords(Pattern.compile("\\b[Rr]esolution (\\d{3,4}) \\((\\d{4})\\)"),
            "resolution 0", "resolution 1", "resolution 2", "resolution 3", "resolution 4", "resolution 5", "resolution 6",
            "resolution 7", "resolution 8", "resolution 9");
    private static final KeyedPattern EUROPE = KeyedPattern.atWords(Pattern.compile("\\b(?:European|Europe|EU|European Union|Europeans)(?:-Ukrainian)?(?:\\s*-\\s*|\\s+)(?:backed|drafted|sponsored|led|resolution|draft|text|countries'? (?:resolution|draft|text))"
            + "|\\b(?:drafted|backed|sponsored|put forward|tabled|championed|written) by (?:the )?(?:European|EU\\b|Europe)",
            Pattern.CASE_INSENSITIVE),
            "europe", "eu", "drafted by", "backed by", "sponsored by", "put forward by", "tabled by", "championed by", "written by");
    private static final FirstCharPattern ITS_OWN = FirstCharPattern.atWords(Pattern.compile(
            "\\b(?:its|their) own (?:draft|text|resolution|measure|proposal|version)\\b", Pattern.CASE_INSENSITIVE), "it");
    private static final FirstCharPattern WEEKDAY = FirstCharPattern.atWords(Pattern.compile(
            "\\b(?:(?:[Oo]n|[Ll]ast|[Tt]his|[Ll]ate|[Ee]arly|[Ll]ate on|[Ee]arly on) "
                    // "Tuesday's vote": the day of the vote, as "on Tuesday"
                    + "|(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s (?:[\\w.]+ ){0,4}?(?:vote|ballot|decision|session|meeting|adoption|resolution)\\b)"
                    // wire style, right after the verb: "voted Friday", "adopted it Tuesday"
                    + "|(?<=(?:ed|it|em) )"
                    // (past an adverb, or after the vote itself: "voted overwhelmingly Tuesday", "That vote Friday was 13-1")
                    + "|(?<=\\b(?:voted|adopted|passed|approved|rejected|vetoed) \\w{2,14}ly )|(?<=\\b(?:[Vv]ote|[Bb]allot) )"
                    // a list item's or a liveblog's label: "- Thursday: adopted 141-7"
                    + "|(?<=^[-*•–—]?\\s{0,2})(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s*[:–—-]))"
                    + "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|\\b([Yy]esterday|[Tt]oday)\\b"),
            "oletyOLETYMWFS");
    private static final String[] MONTH_DAY_KEYS = KeyedPattern.digitsAnd("jan", "feb", "mar", "apr",
            "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    // (a press release's date line in capitals too: "2 APRIL 2013")
    private static final KeyedPattern MONTH_DAY = KeyedPattern.atWords(Pattern.compile("\\b(?:(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December"
            + "|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)"
            + "|(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?) (\\d{1,2})(?:st|nd|rd|th)?)(?:,? (\\d{4}))?\\b"),
            MONTH_DAY_KEYS);
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> TITLE_STOP = Set.of("on", "at", "in", "by", "for", "to", "against", "from", "was",
            "were", "is", "that", "which", "voted", "adopted", "passed", "rejected", "approved");
    private static final Set<String> TITLE_DETERMINER = Set.of("a", "an", "the", "its", "their", "his", "her");
    private static final FirstCharPattern TITLE_END = FirstCharPattern.atWords(Pattern.compile(
            "[,;:.(—–]|\\b(?:was|were|is|passed|received|secured|won|got|garnered|by a|by \\d+|with|which|that was|after|when|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\\b"
                    + "|\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b"), // "a text on Sudan 26-7": the tally is no part of its title
            ",;:.(—–wiprsgbtao0123456789");
    private static final Pattern DATELINE_END = Pattern.compile("\\s*(?:\\(\\w+\\)\\s*)?[—–-]");
    private static final KeyedPattern TITLE_NOUN = KeyedPattern.atWords(Pattern.compile("\\b(?:resolution|draft(?: resolution| decision)?|text|measure|proposal|motion|decision)\\b"),
            "resolution", "draft", "text", "measure", "proposal", "motion", "decision");
    /** Who voted, when it is not a UN body: "the league voted 14-2", "lawmakers approved the bill". */
    private static final KeyedPattern OTHER_VOTERS = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:league|club|(?<!russian )federation|association|union members|party members|shareholders|lawmakers|legislators|parliament|senate|congress|knesset|duma|bundestag|mps|meps|deputies)\\s+(?:on\\s+\\w+day\\s+|\\w+\\s+)?(?:voted|approved|adopted|passed|rejected|backed)\\b"),
            "league", "club", "federation", "association", "union members", "party members", "shareholders", "lawmakers", "legislators", "parliament", "senate", "congress", "knesset", "duma", "bundestag", "mps", "meps", "deputies");
    /**
     * Words of an election: its ballots are no vote on a text ("the elected members" of a council are no election, nor
     * is an election named as a time: "before the presidential election").
     */
    private static final Pattern ELECTION = Pattern.compile("(?i)\\b(?:elect(?:s|ing|ed(?! (?:members?|ten|states|countries|nations)\\b))"
            + "|(?<!\\b(?:before|after|ahead of|since|until|during) (?:the |next |last |this |a |an )?(?:[\\w'’-]{1,15} )?)elections?|vacant seats?|(?:won|lost|wins|loses|its|a|the) (?:bid for a |non-permanent |(?-i:[A-Z][\\w-]+ ))?seats?|(?:won|wins|lost|loses|secured|secures)(?: a| the)? (?:[\\w-]+ ){1,3}seats?|rounds? of (?:voting|balloting)|balloting|candidates?|candidacy|ran against|straw polls?|secret ballots?)\\b");
    /** Every match of {@link #ELECTION} contains one of these. */
    private static final Keywords ELECTION_WORDS = Keywords.of("elect", "seat", "candida", "ran against", "straw poll", "secret ballot", "round", "balloting");
    /** A text voted on, named: the vote is about it again. */
    /** One text named as the one told of ("the text", "this resolution"), not several ("two rival resolutions"). */
    private static final Pattern THE_TEXT = Pattern.compile("(?i)\\b(?:the|this|that|its) " + SentenceFacts.TEXT_NOUN + "\\b(?!s)");
    private static final Pattern TEXT_NAMED = Pattern.compile("(?i)\\b(?:" + SentenceFacts.TEXT_NOUN + "|resolutions|texts|amendments)\\b");
    /** Voters that are no UN body: national and regional parliaments, regional organisations, companies, courts. */
    private static final KeyedPattern LEGISLATURE = KeyedPattern.atWords(Pattern.compile("\\b(?:Senate|Congress|[Pp]arliament(?:ary [Aa]ssembly)?|House of (?:Representatives|Commons|Lords)|Bundestag|Knesset|Duma|lawmakers|legislators|MPs|MEPs|[Ll]egislature|[Ss]hareholders|[Bb]oard of [Dd]irectors|Supreme Court|[Jj]ury|referendum|[Ss]tockholders|[Cc]ommittee of"
            + "|Council of Europe|PACE|European Council|Council of the European Union|African Union|Arab League|OSCE|NATO|Organization of American States|deputies|FIFA"
            // a nation's chambers by their own names: "Kenya's National Assembly voted to approve the pact"
            + "|Federation Council|National Assembly|Verkhovna Rada|Rada|Sejm|Bundesrat|Riksdag|Storting|Lok Sabha|Majlis)\\b"),
            "senate", "congress", "parliament", "house of", "bundestag", "knesset", "duma", "lawmakers", "legislators", "mps", "meps", "legislature", "shareholders", "board of", "supreme court", "jury", "referendum", "stockholders", "committee of",
            "council of europe", "pace", "european council", "council of the european", "african union", "arab league", "osce", "nato", "organization of american", "deputies", "fifa",
            "federation council", "national assembly", "verkhovna", "rada", "sejm", "bundesrat", "riksdag", "storting", "lok sabha", "majlis");
    private static final Pattern GENERIC_TITLE = Pattern.compile("(?i)(?:the|a|an|this|that|its|their)?\\s*(?:(?:final|same|new|original|whole|entire|draft|own|rival|alternative|other)\\s+)?(?:resolution|draft|text|measure|proposal|motion|decision|draft resolution)");
    private static final Pattern MAIN_TEXT = Pattern.compile("(?i)\\b(?:final text|text as a whole|draft as a whole|resolution as a whole|final resolution|final vote|amended (?:text|resolution|draft)|(?:text|resolution|draft) as amended"
            // "voted against the main resolution", "the resolution itself", "the underlying text"
            + "|(?:main|underlying|overall) (?:text|resolution|draft)|(?:text|resolution|draft) itself)\\b");
    private static final FirstCharPattern AMENDMENT_TOPIC = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:two|three|several|four|the|both|an?|its|his|her|their|these) (?:[\\w-]+ )?amendments?\\b"), "tsfbaih");
    /**
     * The text under discussion as the subject, also after an opening participle or clause ("Having failed to ..., it
     * was not adopted", "As it failed to obtain ..., it was not adopted").
     */
    static final Pattern PRONOUN_SUBJECT = Pattern.compile("^(?:(?:Having|Lacking|Failing|Unable|Short|As|Because|Since|Though|Although)\\b[^,;.]{0,160},\\s*(?=it\\b|this\\b|that\\b|the\\b))?"
            + "(?:It|That|This|The latter|The former|The first|The second|The other|Both|Neither|The proposal|That proposal|The change"
            + "|it|this|that|the latter|the former|the proposal|the change|the amendment|the text)\\b");
    /**
     * Several texts at once ("had passed two similar resolutions", "its fourth veto of such drafts", "vetoed earlier
     * drafts", "has failed three times now"): a tally of votes, none of them.
     */
    private static final KeyedPattern AGGREGATE = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many|multiple|numerous|dozens of|a series of|similar|such)\\s+(?:\\w+\\s+)?(?:resolutions|drafts|texts|measures|proposals)\\b"
            // ("had vetoed earlier drafts", not "as it did on previous texts", which tells of them beside today's vote)
            // (the match starts at the time word, the key: the verbs are in every other sentence)
            + "|(?<=\\b(?:vetoed|blocked|adopted|passed|rejected|approved|opposed|backed|supported)\\s{1,3}(?:the\\s{1,3})?)(?:previous|earlier|past|prior)\\s+(?:\\w+\\s+)?(?:resolutions|drafts|texts|measures|proposals)\\b"
            // ("it has failed three times now to find a text members accept", "has vetoed six times since 2011")
            + "|\\b(?:failed|vetoed|blocked|voted)\\s+(?:\\w+\\s+)?(?:twice|(?:two|three|four|five|six|seven|eight|nine|ten|\\d+|several|many|multiple|numerous) times)\\b"
            // ("later vetoed texts on Syria": a bare plural after the veto)
            + "|(?<=\\b(?:vetoed|vetoing|blocked)\\s{1,3})(?:resolutions|drafts|texts|measures|proposals)\\b"),
            KeyedPattern.digitsAnd("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "multiple",
                    "numerous", "dozens of", "a series of", "similar", "such", "failed", "vetoed", "blocked", "voted", "previous", "earlier",
                    "past", "prior", "resolutions", "drafts", "texts", "measures", "proposals"));
    /**
     * Whether the sentence tells several texts at once outside an aside on states ("Peru, which has vetoed three
     * drafts, voted no" tells Peru's vote; "the council, which has failed twice, met" no vote).
     */
    private static boolean aggregate(KeyedPattern.Text text) {
        for (KeyedPattern.Scan scan = AGGREGATE.scan(text); scan.find(); ) {
            if (!SentenceFacts.insideRelativeOnStates(text.text, scan.match().start())) {
                return true;
            }
        }
        return false;
    }

    /** "has adopted a similar text every year since 1992": what a body does year by year, not a vote. */
    private static final Pattern HABITUAL = Pattern.compile("(?i)\\b(?:has|have)\\s+(?:\\w+\\s+)?(?:adopted|passed|approved)\\b[^.;]{0,60}?"
            + "\\b(?:(?:every|each)\\s+year|annually|year after year)\\b");

    /** A habit told as the sentence's first outcome (not in "approved it on Friday, as it has each year since 2004"). */
    private static boolean habitual(SentenceFacts f) {
        if (f.outcomeAt < 0 || f.text.lower.indexOf(" year") < 0 && f.text.lower.indexOf("annually") < 0) {
            return false;
        }
        Matcher m = HABITUAL.matcher(f.text.text);
        return m.find() && m.start() <= f.outcomeAt;
    }
    private static final Pattern LEADING_CLAUSE = Pattern.compile("((?:After|Days after|Weeks after|Hours after|Before|Following|Once|When)\\s[^,;]{10,200}),\\s+");
    private static final KeyedPattern ADDRESSED_BODY = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:urg\\w*|call\\w* (?:on|upon)|ask\\w*|request\\w*|demand\\w*|appeal\\w* to|invit\\w*)\\s+(?:the\\s+)?(?:UN\\s+|U\\.N\\.\\s+)?(?:Security Council|General Assembly|Human Rights Council|council|assembly)"),
            "urg", "call", "ask", "request", "demand", "appeal", "invit");
    /** A verb that stops something, and the spaces after it ({@link #endsThePolicy}). */
    private static final Pattern STOPPING = Pattern.compile("(?i)\\b(?:halt|stop|end|prevent|avert|terminate|block|suspend|delay|postpone|reverse|lift|eas|remov|scrap|abolish|cancel)\\w*\\s+");
    private static final Pattern WORD_AND_SPACE = Pattern.compile("\\w+\\s+");
    private static final Pattern FIRST_TIME = Pattern.compile("(?i)\\b(?:first|second|third|\\w+th|only) time\\b[^.;]{0,80}\\bhad\\b");
    private static final Pattern BEFORE_FINAL = Pattern.compile("(?i)\\b(?:before|ahead of|prior to)\\b[^.;]{0,40}?\\b(?:the final (?:vote|text|resolution)"
            + "|(?:text|draft|resolution) as a whole)\\b");
    private static final Keywords MAIN_TEXT_WORDS = Keywords.of("final", "whole", "amended", "main", "underlying", "overall", "itself");
    private static final Keywords ANOTHER_WORDS = Keywords.of("second", "rival", "alternative", "competing", "another", "separate", "also");
    /** A vote other than those before: "a rival draft", "the assembly also adopted a text on ...". */
    private static final Pattern ANOTHER = Pattern.compile("(?i)\\b(?:a|the) (?:second|rival|alternative|competing|another|separate) (?:\\w+ )?(?:resolution|draft|text|amendment|proposal|vote)\\b"
            + "|\\balso (?:adopted|approved|passed|rejected|endorsed|voted (?:for|on|in favou?r of)) (?:a|an|another) "
            // a headline's present tense drops the article: "Assembly Also Adopts Resolution on Tuvalu"
            + "|\\balso (?:adopts|approves|passes|rejects|endorses) (?:\\w+ )?(?:resolutions?|texts?|drafts?|decisions?)\\b");
    /** A text of its own, or a rival one, put to a vote after the one told before. */
    private static final KeyedPattern ANOTHER_PUT = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:put|brought|pushed|forced) (?:its|their|his|her) own (?:\\w+ ){0,2}?(?:text|draft|resolution|proposal|version)s? to (?:a |the )?vote\\b"
            + "|\\b(?:a|the|its|their) (?:rival|competing|alternative|own) (?:\\w+ ){0,2}?(?:text|draft|resolution|proposal|version) (?:was|were) (?:then |also |later )?put to (?:a |the )?vote\\b"),
            Stream.concat(Stream.of("put ", "brought ", "pushed ", "forced "), Stream.of("a ", "the ", "its ", "their ")
                    .flatMap(d -> Stream.of("rival ", "competing ", "alternative ", "own ").map(a -> d + a))).toArray(String[]::new));
    /** UN bodies other than the three main ones: their votes are reported with body OTHER. */
    static final String OTHER_BODIES = "IAEA|International Atomic Energy Agency|UNESCO|Unesco|World Health Assembly|WHO|ECOSOC|Economic and Social Council"
            + "|UNICEF|ILO|International Labour Organization|FAO|UNHCR|UNEP|UN-Habitat|WIPO|ICAO|IMO|ITU|Board of Governors|Commission on the Status of Women|Commission on Human Rights"
            // the IAEA by what it does or by its board's size: "the atomic watchdog", "its 35-member board"
            + "|nuclear watchdog|atomic watchdog|(?:35|thirty-five)-(?:nation|member|country) board"
            // a treaty's negotiating conference votes as itself, not as the Assembly that convened it
            // (the match starts at "conference" or "meeting": "UN" is in nearly every sentence, too common a key)
            // (an agency's "general conference", a treaty's "negotiating conference")
            + "|(?<=(?:UN|U\\.N\\.|United Nations|[Dd]iplomatic|[Nn]egotiating) )conference|(?<=[Gg]eneral )[Cc]onference|(?<=(?:UN|U\\.N\\.|United Nations) )meeting|[Cc]onference of (?:the )?[Pp]arties|[Ss]tates [Pp]arties";
    private static final KeyedPattern UN_MAIN = KeyedPattern.atWords(Pattern.compile("\\b(?:General Assembly|" + SentenceFacts.SECURITY_COUNCIL + "|Human Rights Council|UNGA|UNSC)\\b"),
            "general assembly", "security council", "human rights council", "unga", "unsc");
    private static final KeyedPattern OTHER_BODY = KeyedPattern.atWords(Pattern.compile("\\b(?:" + OTHER_BODIES + ")\\b"),
            "iaea", "international", "unesco", "world health", "who", "ecosoc", "economic and", "unicef", "ilo", "fao", "unhcr", "unep", "un-habitat", "wipo", "icao", "imo", "itu", "board of governors", "commission on",
            "nuclear watchdog", "atomic watchdog", "35-", "thirty-five-",
            "conference", "meeting", "states parties");
    // a text's word in any case ("Resolution adopted." in a summary line), "it" only in its two
    private static final KeyedPattern VOTED_TEXT = KeyedPattern.atWords(Pattern.compile("\\b(?:(?i:" + SentenceFacts.TEXT_NOUN + "|resolutions|amendments|proposals|vote|ballot|result|outcome"
            + "|treaty|convention|statute|declaration)|[Ii]t|Council|Assembly)\\b"),
            "resolution", "draft", "text", "measure", "amendment", "proposal", "motion", "document", "decision", "it", "vote", "ballot", "council", "assembly",
            "treaty", "convention", "statute", "declaration", "result", "outcome");
    /** Within a sentence: "U.S." and "U.N." do not end one. */
    private static final String IN_SENTENCE = "(?:[^.]|(?<=\\b\\p{Lu})\\.){0,200}";
    /** A UN body by name: most articles about a vote name one in their first lines. */
    private static final FirstCharPattern UN_NAMED = FirstCharPattern.atWords(Pattern.compile("\\bU\\.N\\.|\\b(?:United Nations|UNITED NATIONS|UN|world body"
            + "|General Assembly|" + SentenceFacts.SECURITY_COUNCIL + "|Human Rights Council|UNGA|UNSC|UNHRC|HRC|Geneva(?:-based)? (?:[Cc]ouncil|body|forum)|(?<=[Cc]ouncil )in Geneva"
            // a main body by its size: "the 15-member council", "the 193-nation assembly"
            + "|(?:15|fifteen|47|193)-(?:member|nation|country|state|seat) (?:[Cc]ouncil|[Aa]ssembly|body)|" + OTHER_BODIES + ")\\b"),
            // the first letters of the names above and of OTHER_BODIES
            "UwGSHi1f4" + "IWEFBCcmsna3t");
    /** A council or assembly with a resolution, draft or veto in one sentence: costly, so asked second. */
    private static final FirstCharPattern UN_BY_CONTEXT = FirstCharPattern.atWords(Pattern.compile(
            "\\b(?:(?:[Cc]ouncil|Assembly)\\b" + IN_SENTENCE + "\\b(?:[Vv]eto\\w*|[Rr]esolution|[Dd]raft)|(?:[Vv]eto\\w*|[Rr]esolution|[Dd]raft)\\b" + IN_SENTENCE + "\\b[Cc]ouncil"
                    // "Russia vetoed a draft resolution on aid": only the Security Council vetoes draft resolutions
                    + "|[Vv]etoe?d?s?\\b (?:[\\w-]+ ){0,4}?draft resolution)\\b"),
            "CcAvrdVRD");

    private final States states = States.get();
    private final TokenRules rules = TokenRules.get();
    private final Tokenizer tokenizer = new Tokenizer(states, rules.vocabulary());

    /** One vote being assembled from the sentences about it. */
    private static final class Frame {
        String body;
        boolean amendment;
        boolean past;
        String date;
        /** The weekday a sentence gives the vote where no date can be worked out from it (no publication date). */
        String weekday;
        /** The day and month ({@code --MM-DD}) a sentence gives the vote in an article without a publication date. */
        String monthDay;
        boolean monthDayWithCounts;
        Integer yes;
        Integer no;
        Integer abstain;
        String outcome;
        String title;
        String symbol;
        /** The number a sentence gives the text without its year ("resolution 1737"): two numbers are two texts. */
        String number;
        final Set<String> sponsors = new LinkedHashSet<>();
        final Map<String, String> positions = new LinkedHashMap<>();
        final List<Sentence> evidence = new ArrayList<>();
        boolean explicitBody;
        boolean withoutVote;
        /** Whether the vote's sentences name another UN body (a conference, an agency) and whether a main one. */
        boolean namesAnotherBody;
        boolean namesAMainBody;
        /** Whether its sentences name a council they do not say which of ("adopted by the Council, 13-0-2"). */
        boolean council;
        /** Whether one of its sentences has a word of voting (not only "backed" or "opposed"). */
        boolean namesVoting;
        /** Where the line starts of the list item of an earlier year that told it ("2016 - ..."), else -1. */
        int itemLine = -1;

        /** Whether a sentence counted a side of it. */
        boolean counted() {
            return yes != null || no != null || abstain != null;
        }
    }

    public List<VoteEvent> read(Article article) {
        return read(article, Deadline.NONE);
    }

    /** @throws Deadline.Exceeded when the deadline passes before the last sentence is read */
    public List<VoteEvent> read(Article article, Deadline deadline) {
        article = withPlainText(article);
        String text = article.body();
        if (!aboutTheUn(text) && (article.headline() == null || !aboutTheUn(article.headline()))) {
            return List.of();
        }
        LocalDate published = published(article.published());
        List<Sentence> sentences = clausesApart(Sentences.split(text));
        List<Frame> frames = new ArrayList<>();
        Frame current = null;
        String contextBody = null;
        // "the council" is the Security Council unless the article is about the Human Rights Council
        // (only the Security Council has vetoes)
        String whole = article.headline() == null ? text : article.headline() + "\n" + text; // a headline names the body too
        // (not where it is named only as where a matter is sent: "the board voted to refer Chad to the Security Council")
        boolean namesSc = namesTheSecurityCouncil(whole);
        boolean councilIsSc = (namesSc && !SentenceFacts.onlyReferredTo(whole, "Security Council") || whole.contains("veto"))
                && !whole.contains("Human Rights Council");
        // and the rights council where it is the only council the article names
        boolean councilIsHrc = !councilIsSc && whole.contains("Human Rights Council") && !namesSc;
        String contextDate = null;
        boolean contextDateOfAVote = false;
        String contextMonthDay = null;
        SentenceFacts previous = null;
        boolean amendmentsUnderDiscussion = false;
        boolean aboutOtherVoters = false;
        boolean aboutAnElection = false;
        boolean afterBlocSplit = false;
        String lineDate = null;
        int lineDateStart = -1;
        // "Moscow then put its own text to a vote.": the next vote the article tells is that text's
        boolean anotherTextPut = false;
        Set<String> pendingSponsors = Set.of();
        // the vote of the last list item of an earlier year; the year of the article's news, once a list item asks
        Frame itemFrame = null;
        int newsYear = 0;
        List<KeyedPattern.Text> texts = new ArrayList<>(sentences.size());
        // the gazetteer reads the article once, for its tokens and for each sentence
        List<StateMention> mentions = states.find(text, 0, text.length());
        List<TokenRules.Finding> findings = rules.read(tokenizer.tokens(text, mentions));
        int finding = 0;
        int mention = 0;
        for (Sentence s : sentences) {
            deadline.check();
            List<StateMention> named = new ArrayList<>();
            for (; mention < mentions.size() && mentions.get(mention).start() < s.end(); mention++) {
                StateMention m = mentions.get(mention);
                if (m.start() >= s.start() && m.end() <= s.end()) {
                    named.add(new StateMention(m.state(), m.start() - s.start(), m.end() - s.start(), m.form()));
                }
            }
            SentenceFacts f = SentenceFacts.read(s, states, named);
            // "Why didn't the US veto it?", "Did 140 states vote for it?": a question tells no vote (what answers it,
            // as the token rules read it, does)
            if (s.text().endsWith("?")) {
                f.unsay();
            }
            // what the token rules read from a construction starting in this sentence overrides the sentence's own reading
            int lastSentence = s.index();
            for (; finding < findings.size() && findings.get(finding).start() < s.end(); finding++) {
                TokenRules.Finding found = findings.get(finding);
                apply(found, f, s.start());
                while (lastSentence + 1 < sentences.size() && sentences.get(lastSentence + 1).start() < found.end()) {
                    lastSentence++;
                }
            }
            texts.add(f.text);
            // the headline repeated under a dateline is the headline, read as one (fillFromHeadline), not a vote of its own;
            // a link to another story ("Related Story: U.S. Blocks ...") is the page's, not the article's
            // (nor is what a correction says an earlier version got wrong: "A previous version of this report said ...")
            if (s.start() > 0 && article.headline() != null && s.text().strip().equals(article.headline().strip())
                    || LINK_TO_ANOTHER_STORY.matcher(s.text()).lookingAt()
                    || s.text().contains(" version of this ") && CORRECTED.matcher(s.text()).find()) {
                continue;
            }
            // "Among the ten ASEAN countries, only four abstained": a count within a group is no total of the vote
            // (a group of the whole council, or "among those who abstained", is none)
            // (nor one of a region's states anywhere: "30 of Asia's 47 states backed it, 12 abstained")
            // (nor one of a bloc said to have split, in that sentence or the one after: "The bloc did not vote as one: 22
            // members backed the text", "The union split three ways. ... the remaining 15 abstained")
            boolean blocSplit = (s.text().contains("split") || s.text().contains("divided") || s.text().contains(" not ") || s.text().contains("broke"))
                    && BLOC_SPLIT.matcher(s.text()).find();
            if (f.hasCounts() && ((s.text().startsWith("Among ") || s.text().startsWith("Of ")) && withinAGroup(s.text())
                    || s.text().contains(" of ") && groupPartFirst(s.text())
                    || (blocSplit || afterBlocSplit) && f.body == null && !TALLY.matcher(s.text()).find())) {
                f.yes = null;
                f.no = null;
                f.abstain = null;
            }
            afterBlocSplit = blocSplit;
            // "the first passed 150-5, the second 120-40": the clause left its verb out, so it has the one before
            if (f.ordinal && f.outcome == null && previous != null && previous.outcome != null && !"vetoed".equals(previous.outcome)) {
                f.outcome = previous.outcome;
            }
            // "Ahead of the final vote, members took up three amendments. ... It failed by 40 votes to 81."
            String lower = f.text.lower;
            boolean mainText = MAIN_TEXT_WORDS.in(f.text) && MAIN_TEXT.matcher(s.text()).find();
            boolean amendmentTopic = f.amendment || s.text().contains("mendment") && AMENDMENT_TOPIC.foundIn(s.text());
            // "before the final vote, members took up three amendments" opens the amendments, it does not close them
            if (mainText && !(amendmentTopic && BEFORE_FINAL.matcher(s.text()).find())) {
                amendmentsUnderDiscussion = false;
            } else if (amendmentTopic) {
                amendmentsUnderDiscussion = true;
            } else if (f.body != null && current != null && current.body != null && !f.body.equals(current.body)) {
                // another body's vote ("the assembly convened once France had vetoed a Council draft") is no amendment
                amendmentsUnderDiscussion = false;
            }
            if (amendmentsUnderDiscussion && pronounSubject(s.text())) {
                f.amendment = true;
            }
            // (a council that counts votes is never the Assembly: "the Assembly suspended A from the rights council. In
            // May the council had voted 30-5" is a council's vote)
            String body = f.body != null ? f.body : f.council ? (councilIsSc ? "SC" : contextBody != null && !(f.hasCounts() && "GA".equals(contextBody)) ? contextBody
                    : councilIsHrc ? "HRC" : null)
                    // "And last month Russia vetoed that recommendation", in an article about the Assembly: a veto is the Council's
                    : "vetoed".equals(f.outcome) ? "SC"
                    // "the IAEA's board of governors voted to refer Syria to the Security Council": another UN body voting
                    : OTHER_BODY.foundIn(f.text) && VOTING_WORD.foundIn(f.text) && namesAnotherBodyVoting(f.text) ? "OTHER"
                    : null;
            // (a council a sentence of stances alone, with no time of its own, names in passing while another body's vote
            // is told, is not where they voted: "A and B, which sit on the Council, voted in favour after it was agreed the Council would wait")
            if (body != null && f.body == null && f.council && !f.hasCounts() && f.outcome == null && !f.past && current != null
                    && current.explicitBody && current.body != null && !current.body.equals(body) && date(f.text, published) == null) {
                body = null;
            }
            // an elected body sits whole; "unanimously" in the Assembly leaves out those absent
            // ("unanimously adopted, with all 15 members voting in favour": the other sides are none as well)
            Integer seats = body != null && !"GA".equals(body) ? UnRules.size(body, null) : null;
            if (f.unanimous && seats != null && (!f.hasCounts() || seats.equals(f.yes) && f.no == null && f.abstain == null)) {
                f.yes = seats;
                f.no = 0;
                f.abstain = 0;
            }
            // once the lead's date is known, a sentence with nothing about a vote needs no date of its own
            // (and a list item's day: "1) 18 Oct 2030 - Chile's text. 12 yes, 1 no." dates the votes its line goes on to tell)
            int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            boolean datedItem = s.start() - lineStart <= ITEM_MARK && DATED_ITEM.matcher(text).region(lineStart, s.end()).lookingAt();
            String date = contextDate == null || f.hasVoteFacts() || datedItem ? date(f.text, published) : null;
            // a day without its year (an undated article) only names the event's day: it parts no votes, dates no
            // context ("an inquiry into unrest that began on 3 March ... voted on 9 May" is one vote)
            String monthDay = date != null && date.startsWith("--") ? date : null;
            // (but after a lead that dated its vote in full, a vote's day is of that year: "adopted on 9 May 2019 ... a
            // draft had failed on 2 May")
            if (monthDay != null && contextDateOfAVote && f.hasVoteFacts()) {
                date = inYearOf(monthDay, contextDate);
                monthDay = null;
            }
            if (monthDay != null) {
                date = null;
                if (contextMonthDay == null && !f.past && (f.hasVoteFacts() || s.index() < 2)) {
                    contextMonthDay = monthDay; // the lead's day, for a vote that gives none of its own
                }
            }
            String weekday = date == null && published == null && f.hasVoteFacts() ? weekdayName(s.text()) : null;
            // a dateline's day is the filing's: the first vote told with a day of its own a few days before it
            // ("Yesterday, the Assembly adopted ...") dates the article's vote, and is no recalled one
            // (also when the votes told so far are only the filing day's mentions: "RAMALLAH, April 19 — ... condemned the
            // veto. Twelve members voted in favour on Thursday night": one vote, Thursday's)
            if (date != null && contextDate != null && f.hasVoteFacts()
                    && (!contextDateOfAVote && frames.isEmpty() || !frames.isEmpty() && onlyMentionsDated(frames, contextDate, f))
                    && published != null && contextDate.equals(published.toString())
                    && daysBefore(date, contextDate) >= 1 && daysBefore(date, contextDate) <= DATELINE_LAG_DAYS) {
                for (Frame fr : frames) {
                    fr.date = date;
                }
                contextDate = date;
            }
            if (date == null && lineDate != null && lineStart == lineDateStart && f.hasVoteFacts()) {
                date = lineDate;
            } else if (date != null && datedItem && !f.past) {
                lineDate = date;
                lineDateStart = lineStart;
            }
            if (date != null && contextDate != null && !date.equals(contextDate)) {
                f.past = true; // a vote on another day than the one the article reports
            }
            // "the nine against in May were ...": the month of the article's own vote is no earlier time
            if (f.past && date == null && contextDate != null && s.text().contains(" in ")) {
                Matcher month = IN_A_MONTH.matcher(s.text());
                if (month.find() && Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)).getValue() == Integer.parseInt(contextDate.substring(5, 7))
                        && !SentenceFacts.pastWithout(s.text(), month.start(), month.end())) {
                    f.past = false;
                }
            }
            // "In December 2016, the Assembly had adopted ...": a month of a year before the article's is another vote's
            // (in an undated article: a sentence that opens with its month and year and tells in the past perfect)
            if (date == null && !f.past && f.hasVoteFacts()
                    && (published != null ? monthBefore(s.text(), published) : FLASHBACK.matcher(s.text()).lookingAt())) {
                f.past = true;
            }
            // "2019 - The text passed 170-3. Chile abstained.": a line that opens with an earlier year is that year's
            // vote, all of it
            int year = itemYear(text, lineStart);
            if (year > 0 && newsYear == 0) {
                newsYear = published != null ? published.getYear() : latestItemYear(text);
            }
            boolean earlierItem = year > 0 && year < newsYear;
            if (earlierItem) {
                f.past = true;
                date = null;
            } else if (f.past && published == null && newsYear > 0 && onlyYearNamed(s.text(), newsYear)) {
                f.past = false; // "The 2024 text was adopted on 17 December", after a list that ends with 2024
            }
            // the article's date is its lead's (a dateline too), not that of any event a later sentence recalls
            // (also a fact box's line of the date: "When: 17 March 2011", "Date of vote: ...")
            if (contextDate == null && date != null && !f.past && (f.hasVoteFacts() || s.index() < 2 || DATE_LINE.matcher(s.text()).lookingAt())) {
                contextDate = date;
                contextDateOfAVote = f.hasVoteFacts();
            }
            Set<String> sponsors = new LinkedHashSet<>(f.sponsors);
            if (s.text().contains("Europ") || s.text().contains("EU")) {
                if (EUROPE.foundIn(f.text)) {
                    sponsors.add("EU");
                }
            }
            if (s.text().contains(" own ") && ITS_OWN.foundIn(s.text())) {
                if (!f.voters.isEmpty()) {
                    sponsors.add(f.voters.get(0).state().iso3());
                } else if (!f.positions.isEmpty()) {
                    sponsors.add(f.positions.keySet().iterator().next());
                }
            }
            if (sponsors.isEmpty() && !pendingSponsors.isEmpty() && pronounSubject(s.text())) {
                sponsors.addAll(pendingSponsors);
            }
            pendingSponsors = f.hasVoteFacts() ? Set.of() : new LinkedHashSet<>(sponsors); // in the order named (Set.copyOf's order changes per run)
            // (not "among them" of those who spoke: "dozens of delegations delivered statements, among them A and B")
            // ("Peru was one of them" opening its sentence is of the side before; "Twenty states did not vote; Peru was one of
            // them" means the sentence's own)
            String previousSide = (f.amongThem || f.likewise) && f.positions.isEmpty() && previous != null
                    && !(s.text().contains("one of th") && (f.hasVoteFacts() || f.voters.isEmpty() || f.voters.get(0).start() > 0))
                    ? sideOf(previous, f.likewise) : null;
            if (previousSide != null && !(f.amongThem && SPOKE_BEFORE_AMONG.matcher(s.text()).find())) {
                f.voters.forEach(v -> f.positions.putIfAbsent(v.state().iso3(), previousSide));
            }
            // "Fiji was one of the 14.": the side of the vote just told that counted as many
            // ("Chile was joined by Peru, Fiji, Nepal and Laos." after "five against": the five; so are "Only Peru, Fiji and
            // Nepal sided with Chile." after "four against")
            Map<String, String> counted = !f.positions.isEmpty() || f.hasCounts() || current == null ? Map.of()
                    : s.text().contains(" the ") ? oneOfTheCounted(s.text(), current) : Map.of();
            // (the side they fill may be the article's main vote's, after another told since: "... That motion passed
            // 107-13. Only A, B, C and D sided with E.")
            Frame countedIn = current;
            if (counted.isEmpty() && !f.hasCounts() && f.positions.isEmpty() && current != null
                    && (s.text().contains(" joined by ") || s.text().contains(" with ") && SIDED_WITH_WORDS.matcher(s.text()).find())) {
                counted = joinedAsCounted(s.text(), current);
                Frame main = mainFrame(frames);
                if (counted.isEmpty() && main != null && main != current) {
                    counted = joinedAsCounted(s.text(), main);
                    countedIn = main;
                }
            }
            if (!counted.isEmpty()) {
                counted.forEach(countedIn.positions::putIfAbsent);
                countedIn.evidence.add(s);
                previous = f;
                continue;
            }
            // a parliament's vote goes on in the sentences after it ("The measure passed 274-12") until a UN body is named
            boolean votingOthers = OTHER_VOTERS.foundIn(f.text) && namedAsVoter(OTHER_VOTERS.pattern(), s.text());
            // (not one named in an aside: "the text, which condemns laws the Knesset passed, was adopted by 159")
            // (nor one named after a preposition: "it drafted the text for the African Union")
            boolean otherVoters = f.body == null && LEGISLATURE.foundIn(f.text) && namedAsVoter(LEGISLATURE.pattern(), s.text())
                    || votingOthers;
            // an election's ballots (seats, candidates, "received 114 votes") are no vote on a text, nor are those
            // in the sentences after it until a text is named again
            // the quick no first: most sentences hold none of the election's words
            // (not in an aside about a voter: "Peru, whose envoy kept the seat, voted in favour")
            boolean election = ELECTION_WORDS.in(f.text) && foundOutsideAsides(ELECTION, s.text());
            if (election || aboutAnElection) {
                // (a later sentence that counts abstentions tells a text's vote: ballots have none)
                aboutAnElection = !TEXT_NAMED.matcher(s.text()).find() && (election || f.abstain == null);
            }
            if (f.body != null) {
                aboutOtherVoters = false;
            } else if (votingOthers || otherVoters && f.hasVoteFacts()) {
                aboutOtherVoters = true;
            }
            boolean verdict = f.outcome != null && s.text().length() < 40 && VERDICT.matcher(s.text()).matches();
            if (!f.hasVoteFacts() || f.future && f.outcome == null && !f.hasCounts()
                    || otherVoters || aboutOtherVoters && f.body == null || aboutAnElection
                    // an outcome alone counts only when it is said of a text ("the draft failed"), not of anything else
                    // (or of the vote before, in a sentence that is nothing but the verdict: "ADOPTED.", "Also fails.")
                    || f.outcome != null && !f.hasCounts() && f.positions.isEmpty() && !saidOfAText(f.text, f.outcomeMentions())
                    && !verdict
                    // (nor in a quotation, where it is someone's view: "“This resolution has failed the world,” he said")
                    || f.outcome != null && !f.hasCounts() && f.positions.isEmpty() && QUOTATION_OPENS.matcher(s.text()).lookingAt()
                    // "the first time either country had used its veto since 2006": history, not a vote
                    || f.outcome != null && !f.hasCounts() && f.positions.isEmpty() && lower.contains(" time") && FIRST_TIME.matcher(s.text()).find()
                    || !f.hasCounts() && (aggregate(f.text) || habitual(f))) {
                if (!f.hasVoteFacts() && s.text().contains(" vote") && ANOTHER_PUT.foundIn(f.text)) {
                    anotherTextPut = true;
                }
                // "It urges the Security Council to act": a body the text addresses is not the one that voted; "the
                // Security Council has been deadlocked for weeks", told of another body than the vote's, is background
                // (nor are its texts an envoy cites: "the move breaches several Security Council resolutions")
                // (nor a body named as the author of several texts: "like three Security Council texts of 1999")
                if (body != null && !ADDRESSED_BODY.foundIn(f.text) && !aggregate(f.text)
                        && !(current != null && current.body != null && !body.equals(current.body)
                        && (BACKGROUND.matcher(s.text()).find() || CITED_TEXTS.matcher(s.text()).find()))) {
                    contextBody = body;
                }
                // "The text was co-sponsored by Chile and Peru." after the vote: the current text's sponsors
                if (!sponsors.isEmpty() && !f.hasVoteFacts() && current != null && !current.past && !s.text().contains("mendment")
                        && THE_TEXT.matcher(s.text()).find()) {
                    current.sponsors.addAll(sponsors);
                }
                previous = f;
                continue;
            }
            // "A year ago the US abstained on resolution 2334. It passed 14-0.": "it" after a sentence that opens on an
            // earlier time is that time's text
            if (!f.past && date == null && previous != null && previous.past && EARLIER_OPENING.matcher(previous.text.text).lookingAt()
                    && pronounSubject(s.text()) && !SentenceFacts.NOW.matcher(s.text()).find()) {
                f.past = true;
            }
            // "In May 2019 the council had adopted a similar text. It passed with 12 votes.": the tally with no time of
            // its own goes on with the earlier vote the sentence before told without one
            // (not one whose outcome the earlier vote's rules out: "The council voted on Sunday, two days after Russia
            // vetoed a draft. The text was adopted 12-1-2" is Sunday's tally)
            // (also the other sides of a tally the earlier vote has begun, which the article's own votes' counts rule out:
            // "On Monday A was among 107 that backed the motion. Thirteen voted against it and 39 abstained")
            if (!f.past && f.hasCounts() && date == null && current != null && current.past
                    && (!current.counted() || completes(f, current) && BACK_REFERENCE.matcher(s.text()).find()
                    && frames.stream().allMatch(x -> x.past || countsConflict(f, x)))
                    // (not counts the article's own vote has, every one: "Cuba was among the seven against it" after a
                    // 99-7-50 vote told first)
                    && frames.stream().noneMatch(x -> !x.past && countsAllMatch(f, x)) && (body == null || current.body == null || body.equals(current.body)) && !SentenceFacts.NOW.matcher(s.text()).find()
                    && !(f.outcome != null && current.outcome != null && !f.outcome.equals(current.outcome) && !(failed(f.outcome) && failed(current.outcome)))) {
                f.past = true;
            }
            Frame byOrdinal = f.hasCounts() || f.amendment ? null : namedByOrdinal(s.text(), frames);
            // a verdict alone is the vote just told's
            // (and a sentence of no such item is about no vote an item told: the list is history)
            if (current != null && current.itemLine >= 0 && !earlierItem) {
                current = null;
            }
            Frame target = earlierItem ? (itemFrame != null && itemFrame.itemLine == lineStart && itemFrame.amendment == f.amendment ? itemFrame : null)
                    : verdict && current != null && current.outcome == null ? current
                    : byOrdinal != null ? byOrdinal
                    // the item of a list of votes ("- 9 June: Resolution 3100 was adopted 14-0. France abstained.") goes on
                    // with its own vote, whatever the votes before it were
                    : date == null && !f.hasCounts() && current != null && current.amendment == f.amendment && sameItem(text, current, s) ? current
                    : mainText && !f.amendment ? mainFrame(frames)
                    : anotherTextPut || sponsors.isEmpty() && ANOTHER_WORDS.in(f.text) && foundOutsideAsides(ANOTHER, s.text()) ? null
                    : choose(frames, current, f, body != null ? body : contextBody, body != null, sponsors, date, weekday, s.index());
            if (target == null) {
                target = new Frame();
                target.amendment = f.amendment;
                target.past = f.past;
                target.title = title(f.text);
                // a vote without a date of its own happened when the article's lead says, unless it is a past one
                target.date = date != null ? date : f.past ? null : contextDate;
                frames.add(target);
            }
            merge(target, f, body != null ? body : contextBody, body != null, sponsors, date, s);
            // "A and B, which vetoed a Council draft on 4 May, voted no": the veto the aside tells is a vote of its own
            if (!"vetoed".equals(target.outcome)) {
                for (SentenceFacts.VetoAside aside : SentenceFacts.vetoAsides(s.text(), named)) {
                    vetoTold(frames, aside, date(new KeyedPattern.Text(s.text().substring(aside.start(), aside.end())), published), s);
                }
            }
            // "A and B voted against both texts": the stances are the vote's told before this one too
            // (the quick no first: the expression is case-blind, tried at every word)
            Frame other = !f.positions.isEmpty() && !f.hasCounts() && f.outcome == null
                    && (lower.contains("both") || lower.contains(" them") || lower.contains("the two")) && BOTH_TEXTS.matcher(s.text()).find()
                    ? toldBefore(frames, target) : null;
            if (other != null) {
                f.positions.forEach(other.positions::putIfAbsent);
                other.evidence.add(s);
            }
            if (earlierItem) {
                itemFrame = target;
                target.itemLine = lineStart;
            }
            anotherTextPut = false;
            if (target.weekday == null) {
                target.weekday = weekday;
            }
            // the day the counts come with is the vote's, before one that only opens the story
            if (monthDay != null && !f.past && (target.monthDay == null || f.hasCounts() && !target.monthDayWithCounts)) {
                target.monthDay = monthDay;
                target.monthDayWithCounts = f.hasCounts();
            }
            // a list under its heading: the lines of the list are evidence too
            target.evidence.addAll(sentences.subList(s.index() + 1, lastSentence + 1));
            current = target;
            if (body != null) {
                contextBody = body;
            }
            previous = f;
        }
        fillFromHeadline(article, frames, sentences, texts);
        earlierTallies(sentences, frames);
        dropRepeatedStances(frames);
        for (Frame fr : frames) {
            if (fr.monthDay == null && !fr.past) {
                fr.monthDay = contextMonthDay;
            }
        }
        return events(article, texts, frames, contextDate);
    }

    /**
     * A frame of stances alone (no count, outcome or symbol) whose every stance another frame of the
     * article already has ("Beijing had abstained because ...", after "China, Russia and India abstained") is that
     * vote told again, not a vote of its own: its sentences become that frame's evidence.
     */
    private static void dropRepeatedStances(List<Frame> frames) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            Frame fr = frames.get(i);
            if (fr.positions.isEmpty() || fr.counted() || fr.outcome != null || fr.symbol != null) {
                continue;
            }
            for (Frame other : frames) {
                if (other != fr && other.amendment == fr.amendment && (fr.body == null || other.body == null || fr.body.equals(other.body))
                        && fr.positions.entrySet().stream().allMatch(p -> p.getValue().equals(other.positions.get(p.getKey())))) {
                    other.evidence.addAll(fr.evidence);
                    frames.remove(i);
                    break;
                }
            }
        }
    }

    /**
     * A headline the body does not repeat may hold the only count or outcome an article gives ("... fails with just
     * two votes"): it fills what the main vote lacks, where it agrees with it. It opens a vote of its own only when
     * the body reports none (the body reports the same vote, and reading it twice would make two): then the
     * headline's counts are the vote, its sentence the body's first about the UN.
     */
    private void fillFromHeadline(Article article, List<Frame> frames, List<Sentence> sentences, List<KeyedPattern.Text> texts) {
        String headline = article.headline();
        if (headline == null || headline.isBlank() || article.body().regionMatches(true, 0, headline.strip(), 0,
                Math.min(40, headline.strip().length()))) {
            return;
        }
        Frame main = mainFrame(frames);
        SentenceFacts h = SentenceFacts.readHeadline(new Sentence(0, 0, headline.length(), headline), states);
        // the token rules read a headline as they read the body ("Russia, China veto UN resolution")
        rules.read(tokenizer.tokens(headline, states.find(headline, 0, headline.length()))).forEach(found -> apply(found, h, 0));
        // (nor is an election: "Chile elected to the council with 170 votes")
        if (h.future || h.past || h.amendment || LEGISLATURE.foundIn(h.text) || OTHER_VOTERS.foundIn(h.text)
                || ELECTION_WORDS.in(h.text) && ELECTION.matcher(headline).find()) {
            return;
        }
        // a body named only in the headline is the vote's ("Security Council Extends Mission" over "The vote was 13-0")
        if (main != null && main.body == null && h.body != null) {
            main.body = h.body;
            main.explicitBody = true;
        }
        if (!h.hasVoteFacts()) {
            return;
        }
        if (main == null) {
            if (frames.isEmpty() && h.hasCounts() && !sentences.isEmpty()) {
                main = new Frame();
                main.body = h.body != null ? h.body : SentenceFacts.onlyBody(texts);
                main.explicitBody = h.body != null;
                main.title = title(h.text);
                int about = 0;
                while (about < texts.size() - 1 && !UN_NAMED.foundIn(texts.get(about).text)) {
                    about++;
                }
                main.evidence.add(sentences.get(about));
                frames.add(main);
            } else {
                return;
            }
        }
        if (h.body != null && main.body != null && !h.body.equals(main.body)
                || conflicts(h.yes, main.yes) || conflicts(h.no, main.no) || conflicts(h.abstain, main.abstain)) {
            return;
        }
        main.yes = main.yes != null ? main.yes : h.yes;
        main.no = main.no != null ? main.no : h.no;
        main.abstain = main.abstain != null ? main.abstain : h.abstain;
        if (main.outcome == null) {
            main.outcome = h.outcome;
        }
        h.positions.forEach(main.positions::putIfAbsent);
    }

    /** What a token rule read overrides the sentence's own reading; {@code offset} is where the sentence starts. */
    private static void apply(TokenRules.Finding found, SentenceFacts f, int offset) {
        found.positions().forEach((iso, stance) -> f.positions.put(iso, stance.label()));
        found.counts().forEach((side, n) -> f.countFromRule(side, n, found.replacesCounts()));
        if (found.outcome() != null) {
            f.outcomeFromRule(found.outcome(), found.start() - offset);
        }
    }

    private static final KeyedPattern VOTING_WORD = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:vot(?:e|es|ed|ing)|abstain\\w*|abstention\\w*|veto\\w*|ballots?|in favou?r|ayes?|nays?)\\b"),
            "vot", "abstain", "abstention", "veto", "ballot", "in favo", "aye", "nay");

    /**
     * "Support rose from 150 a year ago and 148 in 2020, and matched the 2018 tally of 151": a recurring vote's
     * earlier tallies, each an earlier vote with that side's count, in the body of the article's main vote (no date,
     * outcome or stance is told of them).
     */
    private static void earlierTallies(List<Sentence> sentences, List<Frame> frames) {
        // (a vote the article reports, also one a compared month made look past: "passed 145-5, past the 139 of March")
        frames.stream().filter(fr -> !fr.amendment).findFirst().ifPresent(first -> comparedTallies(sentences, frames, first));
        Frame main = mainFrame(frames);
        if (main == null) {
            return;
        }
        for (Sentence s : sentences) {
            String t = s.text();
            int from = t.indexOf(" from ");
            // the quick no: most sentences hold no " from " right after one of the verbs
            while (from > 0 && !EARLIER_VERB_BEFORE.matcher(t).region(Math.max(0, from - 8), from).find()) {
                from = t.indexOf(" from ", from + 1);
            }
            if (from < 0) {
                continue;
            }
            Matcher m = EARLIER_TALLY.matcher(t).region(Math.max(0, from - 8), t.length());
            if (!m.find()) {
                continue;
            }
            String side = sideOf(t.substring(0, m.start()));
            if (side == null) {
                continue;
            }
            List<Integer> counts = new ArrayList<>(List.of(Integer.parseInt(m.group(1))));
            Matcher more = MORE_EARLIER.matcher(t).region(m.end(), t.length());
            while (more.lookingAt()) {
                counts.add(Integer.parseInt(more.group(1) != null ? more.group(1) : more.group(2)));
                more.region(more.end(), t.length());
            }
            for (int n : counts) {
                Frame earlier = new Frame();
                earlier.past = true;
                earlier.body = main.body;
                switch (side) {
                    case "yes" -> earlier.yes = n;
                    case "no" -> earlier.no = n;
                    default -> earlier.abstain = n;
                }
                earlier.evidence.add(s);
                frames.add(earlier);
            }
        }
    }

    /**
     * "a wider margin than the 118-12 count of the May text", "edging past the 139 of March": a tally an
     * article compares today's with is an earlier vote's, its first number the votes in favour (unless the article
     * told that vote already).
     */
    private static void comparedTallies(List<Sentence> sentences, List<Frame> frames, Frame main) {
        for (Sentence s : sentences) {
            String t = s.text();
            // the quick no: a compared tally has "the" right before its digits
            if (!theThenDigit(t)) {
                continue;
            }
            for (Matcher m = COMPARED_TALLY.matcher(t); m.find(); ) {
                if (!EARLIER_WHEN.matcher(t).region(m.end(), Math.min(t.length(), m.end() + 80)).find()) {
                    continue;
                }
                int yes = Integer.parseInt(m.group(1));
                Integer no = m.group(2) != null ? Integer.valueOf(m.group(2)) : null;
                if (yes <= cast(main) / 10 || frames.stream().anyMatch(fr -> fr.yes != null && fr.yes == yes)) {
                    continue;
                }
                Frame earlier = new Frame();
                earlier.past = true;
                earlier.body = main.body;
                earlier.yes = yes;
                earlier.no = no;
                earlier.evidence.add(s);
                frames.add(earlier);
            }
        }
    }

    private static boolean theThenDigit(String t) {
        for (int at = t.indexOf("the "); at >= 0; at = t.indexOf("the ", at + 4)) {
            if (at + 4 < t.length() && Character.isDigit(t.charAt(at + 4))) {
                return true;
            }
        }
        return false;
    }
    private static final Pattern COMPARED_TALLY = Pattern.compile("(?i)\\b(?:than|past|above|beyond|surpass\\w*|exceed\\w*|eclips\\w*|topp\\w*|match\\w*|equall?\\w*)"
            + "\\s+the\\s+(\\d{1,3})(?:\\s*(?:-|–|to)\\s*(\\d{1,3}))?(?!\\s*(?:%|per ?cent|abstentions?|against|million|billion|people|dead|killed))\\b");
    /** An earlier time right after a compared tally ("... tally on the October resolution", "... recorded in March"). */
    private static final Pattern EARLIER_WHEN = Pattern.compile("(?i)^[^.;]{0,40}?\\b(?:in (?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\\d\\d)"
            + "|last (?:year|month|time)|a year (?:ago|earlier)|the (?:January|February|March|April|May|June|July|August|September|October|November|December|previous|earlier|first|last|prior)"
            + " (?:resolution|text|vote|draft|tally))\\b");

    /**
     * The states of "A and B were among the 14" (or "Among the 14 were A and B") with the side of {@code fr} that 14
     * counts, if one side alone does.
     */
    private Map<String, String> oneOfTheCounted(String sentence, Frame fr) {
        Matcher m = null;
        if (sentence.contains(" one of the ") || sentence.contains(" among the ")) {
            m = ONE_OF_THE_COUNT.matcher(sentence);
        } else if (sentence.startsWith("Among the ")) {
            m = AMONG_THE_COUNT_WERE.matcher(sentence);
        }
        if (m == null || !m.find()) {
            return Map.of();
        }
        OptionalInt n = Numbers.parse(m.group("count"));
        if (n.isEmpty()) {
            return Map.of();
        }
        String side = sideCounting(n.getAsInt(), fr);
        Map<String, String> out = new LinkedHashMap<>();
        if (side != null) {
            states.find(sentence, m.start("states"), m.end("states")).forEach(sm -> out.put(sm.state().iso3(), side));
        }
        return out;
    }

    /**
     * "A was joined by B, C and D.": where the states named are as many as one side of {@code fr} alone counts (three
     * or more), they are that side.
     */
    private Map<String, String> joinedAsCounted(String sentence, Frame fr) {
        boolean sidedWith = SIDED_WITH.matcher(sentence).matches();
        if (!sidedWith && !JOINED_BY.matcher(sentence).matches()) {
            return Map.of();
        }
        List<StateMention> named = states.find(sentence, 0, sentence.length());
        // (the one sided with is a state, the last one named, right before the end)
        if (!named.isEmpty() && sidedWith
                && !sentence.substring(named.get(named.size() - 1).end()).matches("\\s*[.!]?\\s*")) {
            return Map.of();
        }
        Set<String> isos = new LinkedHashSet<>();
        for (StateMention sm : named) {
            if (!sm.state().member() || sm.form() == StateMention.Form.DEMONYM) {
                return Map.of();
            }
            isos.add(sm.state().iso3());
        }
        String side = isos.size() < 3 ? null : sideCounting(isos.size(), fr);
        Map<String, String> out = new LinkedHashMap<>();
        if (side != null) {
            isos.forEach(iso -> out.put(iso, side));
        }
        return out;
    }

    /** The side of {@code fr} that alone counts {@code count}, or null. */
    private static String sideCounting(int count, Frame fr) {
        Integer n = count;
        return n.equals(fr.yes) && !n.equals(fr.no) && !n.equals(fr.abstain) ? "yes"
                : n.equals(fr.no) && !n.equals(fr.yes) && !n.equals(fr.abstain) ? "no"
                : n.equals(fr.abstain) && !n.equals(fr.yes) && !n.equals(fr.no) ? "abstain" : null;
    }

    private static final Pattern SIDED_WITH_WORDS = Pattern.compile("\\b(?:sided|stood|voted) with ");
    private static final Pattern SIDED_WITH = Pattern.compile("(?:Only |Just )?[^;:]{1,300}? (?:sided|stood|voted) with (?:the )?[^,;:]{1,40}?\\s*[.!]?\\s*");
    private static final Pattern JOINED_BY = Pattern.compile("[^,;:]{1,60}? (?:was|were) (?:again |also )?joined by [^;:]{1,300}?\\s*[.!]?\\s*");
    private static final Pattern ONE_OF_THE_COUNT = Pattern.compile("^(?<states>[^,;:]{1,80}?)\\b(?:was|were|is|are) (?:one of|among) the (?<count>"
            + Numbers.NUMBER + ")\\s*[.!]?\\s*$");
    private static final Pattern AMONG_THE_COUNT_WERE = Pattern.compile("^Among the (?<count>" + Numbers.NUMBER + ") (?:were|was|are|is) (?<states>[^;:]{1,300}?)\\s*[.!]?\\s*$");

    /** The side a sentence's subject counts: "the yes vote", "support", "the votes against". */
    private static String sideOf(String subject) {
        Matcher m = SIDE_WORD.matcher(subject);
        String side = null;
        while (m.find()) {
            side = m.group(1) != null ? "yes" : m.group(2) != null ? "no" : "abstain";
        }
        return side;
    }

    private static final String YEAR_AGO = "(?:last year|a year (?:ago|earlier)|the (?:previous|year before)|in (?:19|20)\\d\\d)";
    private static final Pattern EARLIER_VERB_BEFORE = Pattern.compile("(?i)\\b(?:up|down|rising|falling|rose|fell)$");
    private static final Pattern EARLIER_TALLY = Pattern.compile("(?i)\\b(?:up|down|rising|falling|rose|fell) from (\\d{1,3})(?: votes?)? " + YEAR_AGO);
    private static final Pattern MORE_EARLIER = Pattern.compile("(?i),?\\s+and\\s+(?:(\\d{1,3}) " + YEAR_AGO
            + "|(?:tied|matched|equall?ed) the (?:19|20)\\d\\d (?:vote|tally|total|record) of (\\d{1,3}))");
    private static final Pattern SIDE_WORD = Pattern.compile("(?i)\\b(?:(yes|in favou?r|support|backing)|(no|against|opposition)|(abstentions?|abstaining))\\b");

    private static final Pattern CORRECTED = Pattern.compile("(?i)\\b(?:an|the) (?:earlier|previous|original|prior) version of this (?:article|story|report|post|piece)\\b");
    private static final Pattern LINK_TO_ANOTHER_STORY = Pattern.compile("(?i)\\s*(?:>>\\s*)?(?:related(?: stor(?:y|ies)| articles?| coverage)?|read (?:more|also)|also read|see also|more on this|recommended|to read also\\b[^:]{0,40}):");

    /** Whether every vote so far is a mention without counts dated with the article's day. */
    private static boolean onlyMentionsDated(List<Frame> frames, String day, SentenceFacts f) {
        // (or the one vote told so far, dated only by the dateline, that a sentence about "the resolution" dates: "The
        // council extended the mission with 14 votes. The resolution was adopted on Thursday")
        return frames.stream().allMatch(fr -> !fr.past && day.equals(fr.date) && (!fr.counted() || countsAgree(fr, f)))
                || frames.size() == 1 && !frames.get(0).past && day.equals(frames.get(0).date) && !f.hasCounts() && f.outcome != null
                && f.positions.isEmpty() && THE_TEXT_OPENS.matcher(f.text.text).lookingAt();
    }

    private static final Pattern THE_TEXT_OPENS = Pattern.compile("(?:The|This) (?:" + SentenceFacts.TEXT_NOUN + ")\\b");

    /**
     * Whether every side a frame counts the sentence counts alike ("one of the five that voted against", then "adopted
     * on Wednesday with 164 in favour, 5 against"): the two tell one vote.
     */
    private static boolean countsAgree(Frame fr, SentenceFacts f) {
        return f.hasCounts() && (fr.yes == null || fr.yes.equals(f.yes)) && (fr.no == null || fr.no.equals(f.no))
                && (fr.abstain == null || fr.abstain.equals(f.abstain));
    }

    /** How far a dateline's day may follow the vote it reports ("yesterday", "on Monday" in a weekly). */
    private static final int DATELINE_LAG_DAYS = 7;

    /** Days from {@code earlier} to {@code later}, both ISO dates; a large number where either is no full date. */
    private static long daysBefore(String earlier, String later) {
        try {
            return java.time.temporal.ChronoUnit.DAYS.between(LocalDate.parse(earlier), LocalDate.parse(later));
        } catch (DateTimeParseException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean aboutTheUn(String text) {
        return UN_NAMED.foundIn(text) || UN_BY_CONTEXT.foundIn(text);
    }

    /**
     * Whether a sentence with a word of voting names another UN body and no main one but as where a matter is sent
     * ("the IAEA board voted to refer Syria to the Security Council"); a heading in capitals ("WHO ABSTAINED:") is no body.
     */
    private static boolean namesAnotherBodyVoting(KeyedPattern.Text text) {
        if (namesAMainBodyVoting(text)) {
            return false;
        }
        for (KeyedPattern.Scan scan = OTHER_BODY.scan(text); scan.find(); ) {
            if (!CAPITALS_AFTER.matcher(text.text).region(scan.match().end(), text.text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern CAPITALS_AFTER = Pattern.compile(" \\p{Lu}{2,}\\b");

    /** Whether a sentence names a main UN body other than only as where a matter is sent. */
    private static boolean namesAMainBodyVoting(KeyedPattern.Text text) {
        return UN_MAIN.foundIn(text) && !SentenceFacts.referredTo(text);
    }

    /** Whether a match stands outside an aside and not after a preposition, where it may be the one who voted. */
    private static boolean namedAsVoter(Pattern p, String sentence) {
        for (Matcher m = p.matcher(sentence); m.find(); ) {
            if (!SentenceFacts.insideRelative(sentence, m.start())
                    && !AFTER_PREPOSITION.matcher(sentence).region(Math.max(0, m.start() - 28), m.start()).find()
                    // "Chile, the one NATO member present": the alliance names its members, it does not vote
                    && !MEMBERS_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern MEMBERS_AFTER = Pattern.compile("(?i)\\s+(?:member|members|ally|allies|state|states|country|countries|partners?)\\b");
    // ("comes after Israel's parliament passed laws": a legislature in a clause of time is background)
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?i)\\b(?:of|for|with|to|from|by|in|at|before|after|since|on)\\s+(?:the\\s+|(?-i:\\p{Lu}[\\w-]*)['’]s\\s+)?$");

    /** Whether {@code p} is found outside the sentence's relative clauses, which tell of a state, not of the vote. */
    private static boolean foundOutsideAsides(Pattern p, String sentence) {
        for (Matcher m = p.matcher(sentence); m.find(); ) {
            if (!SentenceFacts.insideRelative(sentence, m.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a sentence opening "Among ..." or "Of the region's 54 states, ..." counts within a group smaller than
     * the body that voted ("of the 15 members, 13 voted yes" is the whole council; "of course" no group at all).
     */
    private static boolean withinAGroup(String sentence) {
        boolean of = sentence.startsWith("Of ");
        Matcher m = (of ? OF_GROUP : AMONG_GROUP).matcher(sentence);
        if (!m.lookingAt()) {
            return !of;
        }
        // "Of the 35 members of the agency's board", "Of the board's 35 members": the seats of the body that voted,
        // whatever their number
        if (of && (OF_THE_BODY.matcher(sentence).region(m.end(), sentence.length()).lookingAt() || BODY_WORD.matcher(m.group()).find())) {
            return false;
        }
        if (m.group(1).equalsIgnoreCase("those") || m.group(1).equalsIgnoreCase("them")) {
            return false;
        }
        // "Of those states present and voting, 88 backed it": the whole body as its rules count it
        // (not a part of it: "Of the region's 12 states present")
        if (of && PRESENT.matcher(sentence).region(0, Math.min(sentence.length(), m.end() + 24)).find() && !QUALIFIED_GROUP.matcher(m.group()).find()) {
            return false;
        }
        OptionalInt n = Numbers.parse(m.group(1));
        return n.isEmpty() || Stream.of(UnRules.SC, UnRules.GA, UnRules.HRC).noneMatch(b -> Integer.valueOf(n.getAsInt()).equals(UnRules.size(b, null)));
    }

    /** Whether the sentence opens with the text under discussion as its subject ({@link #PRONOUN_SUBJECT}). */
    static boolean pronounSubject(String sentence) {
        // the first letters of the words the expression opens with: the quick no, as most sentences open otherwise
        return !sentence.isEmpty() && "HLFUSITBNAit".indexOf(sentence.charAt(0)) >= 0 && PRONOUN_SUBJECT.matcher(sentence).lookingAt();
    }

    private static final Pattern MODAL_RELATIVE = Pattern.compile("(?i)\\s+(?:which|that)\\s+(?:would|could|might|sought to|aimed to)\\b[^,;.]*$");

    /** An outcome verb within a few words of a text that can be voted on ("the draft failed", "rejected the amendment"). */
    private static boolean saidOfAText(KeyedPattern.Text sentence, List<Integer> outcomeMentions) {
        for (KeyedPattern.Scan scan = VOTED_TEXT.scan(sentence); scan.find(); ) {
            for (int at : outcomeMentions) {
                int from = Math.min(scan.match().start(), at);
                int to = Math.max(scan.match().start(), at);
                // (a relative clause between is an aside: "a rival text, which would have renewed …, then failed"; also one
                // without commas that tells what the text would have done: "an amendment that would have named A and B failed")
                if (to - from - SentenceFacts.relativeLength(sentence.text, from, to) <= 60
                        || at > scan.match().end() && at - from <= 250
                        && MODAL_RELATIVE.matcher(sentence.text).region(scan.match().end(), at).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Two or more of the sentence's states, and more than half of those the vote has, stand otherwise in it. */
    private static boolean mostlyOtherwise(SentenceFacts f, Frame fr) {
        int[] standing = standing(f, fr);
        return standing[1] >= 2 && 2 * standing[1] > standing[0];
    }

    private static boolean votedOtherwise(SentenceFacts f, Frame fr) {
        return standing(f, fr)[1] > 0;
    }

    /** Of the sentence's states, how many have a stance in the vote, and how many of those stand otherwise there. */
    private static int[] standing(SentenceFacts f, Frame fr) {
        int known = 0;
        int otherwise = 0;
        for (Map.Entry<String, String> p : f.positions.entrySet()) {
            String there = fr.positions.get(p.getKey());
            if (there != null) {
                known++;
                otherwise += there.equals(p.getValue()) ? 0 : 1;
            }
        }
        return new int[] {known, otherwise};
    }

    private static final Pattern SPOKE_BEFORE_AMONG = Pattern.compile("(?i)\\b(?:statements?|spoke|speakers?|speeches|addressed|took the floor)\\b[^.;]*\\bamong (?:them|those)\\b");

    /** A sentence that is only a verdict, as live blogs and tables give it, after a time stamp or a dash at most. */
    private static final Pattern VERDICT = Pattern.compile("(?i)(?:\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*[—–-]\\s*)?"
            + "(?:(?:it|and|so|also|then|result|outcome|verdict)\\s*:?\\s+)*(?:adopted|passed|carried|approved|rejected|defeated|fails|failed|vetoed)\\s*[.!]*");

    /** The article's main vote: its first resolution that is not a past one. */
    private static Frame mainFrame(List<Frame> frames) {
        return frames.stream().filter(fr -> !fr.amendment && !fr.past).findFirst().orElse(null);
    }

    /** The vote a sentence is about: the most compatible one, else the current one, else none (a new vote). */
    private static Frame choose(List<Frame> frames, Frame current, SentenceFacts f, String body, boolean bodyNamed,
                                Set<String> sponsors, String date, String weekday, int sentenceIndex) {
        Frame best = null;
        int bestScore = Integer.MIN_VALUE;
        String symbol = f.hasCounts() ? symbol(f.text) : null;
        String number = number(f.text);
        boolean descriptive = bodyNamed || !sponsors.isEmpty() || f.hasCounts() || f.past || date != null || weekday != null;
        for (Frame fr : frames) {
            if (fr.amendment != f.amendment || fr.itemLine >= 0) {
                continue;
            }
            // (a body only carried over from the sentences before yields to a vote every count of the sentence matches:
            // "Against (9): ..." after a digression into a Council veto, in a story of an Assembly vote of 128-9-35)
            if (body != null && fr.body != null && !body.equals(fr.body) && (bodyNamed || !countsAllMatch(f, fr))) {
                continue;
            }
            if (!sponsors.isEmpty() && !fr.sponsors.isEmpty() && sponsors.stream().noneMatch(fr.sponsors::contains)) {
                continue;
            }
            // "a rival Russian text failed" after Russia's no: a state's own text is not the one it voted down
            if (sponsors.stream().anyMatch(sp -> "no".equals(fr.positions.get(sp)))) {
                continue;
            }
            if (conflicts(f, "yes", f.yes, fr.yes) || conflicts(f, "no", f.no, fr.no) || conflicts(f, "abstain", f.abstain, fr.abstain)
                    || recordedAndNot(f, fr)) {
                continue;
            }
            // (a day without its year counts too: "On 8 June the board passed ..." is no vote of 24 September)
            if (date != null && fr.date != null && !date.equals(fr.date) || date != null && fr.date == null && (otherDay(date, fr.monthDay) || otherWeekday(date, fr.weekday))
                    || weekday != null && fr.weekday != null && !weekday.equals(fr.weekday)) {
                continue;
            }
            // "last year, when the Council adopted resolution 2654 by 13 votes to none": the same tally, another text
            if (symbol != null && fr.symbol != null && !symbol.equals(fr.symbol)) {
                continue;
            }
            // "It adopted resolution 3001 unanimously. ... Resolution 3020 later passed 14-0": other numbers, other texts
            if (number != null && fr.number != null && !number.equals(fr.number)) {
                continue;
            }
            int sameCounts = (same(f.yes, fr.yes) ? 1 : 0) + (same(f.no, fr.no) ? 1 : 0) + (same(f.abstain, fr.abstain) ? 1 : 0);
            // (a sentence with no past marker that counts one side as an earlier vote did is about it: "A and B were among
            // the 12 who voted no then"; a past one is not about today's vote for one count alike: "187 backed it last year too")
            int needed = fr.past && f.sidesCounted() == 1 ? 1 : 2;
            // ("That draft received 13 votes": a sentence opening on the text just told is about it, past or not)
            // (nor when every vote told so far is past and undated: "it scraped through last week with 24 votes. Eight said no" is one)
            if (f.past != fr.past && (f.hasCounts() || f.outcome != null) && sameCounts < needed && !(fr == current && pronounSubject(f.text.text))
                    && !(fr == current && !f.past && fr.date == null && frames.stream().allMatch(x -> x.past))) {
                continue;
            }
            // "In 2016 the United States abstained for the first time": stances told of an earlier year are that vote's
            if (f.past && !fr.past && !f.positions.isEmpty() && !f.hasCounts() && f.outcome == null && EARLIER_OPENING.matcher(f.text.text).lookingAt()) {
                continue;
            }
            // a veto is how a draft failed ("it was rejected: Russia vetoed it"), never how one was adopted
            if (f.outcome != null && fr.outcome != null && !f.outcome.equals(fr.outcome)
                    && !(failed(f.outcome) && failed(fr.outcome))) {
                continue;
            }
            // a list most of whose states voted otherwise in a vote is another vote's ("In favour: A, B" of a rival
            // draft put to the vote after one A and B had opposed)
            if (mostlyOtherwise(f, fr)) {
                continue;
            }
            int score = 0;
            if (fr == current) {
                score += 2;
            }
            // a state that voted otherwise in it: likely another vote ("Russia's veto" after its own draft, which it backed)
            if (votedOtherwise(f, fr)) {
                score -= 3;
            }
            // a sentence about today's vote after a digression into an earlier one is about today's
            if (fr.past == f.past) {
                score += 3;
            }
            if (body != null && body.equals(fr.body)) {
                score += 2;
            }
            if (!sponsors.isEmpty() && sponsors.stream().anyMatch(fr.sponsors::contains)) {
                score += 4;
            }
            if (f.hasCounts() && (same(f.yes, fr.yes) || same(f.no, fr.no) || same(f.abstain, fr.abstain))) {
                score += 3;
            }
            if (f.hasCounts() && fr.yes != null && fr.no != null && f.yes != null && f.no != null) {
                score += 1;
            }
            if (score > bestScore) {
                bestScore = score;
                best = fr;
            }
        }
        if (best == null) {
            return null;
        }
        // (not the amendment just told for a sentence about the text whose states it puts on other sides: "India voted
        // for the amendment ... Countries that abstained with India included A and B")
        // (nor the amendment for stances of a sentence that names none and opens on no "it": "An amendment failed 88-55.
        // France voted in favour, while Peru voted against" tells the text's vote)
        if (!descriptive && current != null && !recordedAndNot(f, current) && (f.outcome == null || !f.hasCounts() && f.positions.isEmpty())
                && !(current.amendment && !f.amendment && (votedOtherwise(f, current)
                || !f.positions.isEmpty() && !f.text.lower.contains("amendment") && !pronounSubject(f.text.text)
                && !STANCE_ON_IT.matcher(f.text.text).find()))) {
            // (unless it says it goes on with that vote: "Britain abstained in that vote", or "A also voted against" right
            // after a sentence of that vote)
            if (current.past && !f.past && !(!f.positions.isEmpty() && !f.hasCounts() && f.outcome == null && goesOn(f.text.text, current, sentenceIndex))) {
                // back from a digression about an earlier vote: the sentence is about the vote the article reports
                // (unless one of its states stood otherwise there: "A abstained today. On Monday a rival text failed.
                // A and B voted against it" is Monday's)
                for (int i = frames.size() - 1; i >= 0; i--) {
                    if (!frames.get(i).past && frames.get(i).amendment == f.amendment) {
                        return votedOtherwise(f, frames.get(i)) ? current : frames.get(i);
                    }
                }
            }
            return current;
        }
        return best;
    }

    /**
     * The side a sentence's states took (its first, or for "the others ..." its last), else the one side it counts
     * ("Thirty states abstained"), else null.
     */
    private static String sideOf(SentenceFacts f, boolean last) {
        if (!f.positions.isEmpty()) {
            return last ? List.copyOf(f.positions.values()).get(f.positions.size() - 1) : f.positions.values().iterator().next();
        }
        return f.sidesCounted() != 1 ? null : f.yes != null ? "yes" : f.no != null ? "no" : "abstain";
    }

    /** A sentence that opens on an earlier time ("In 2016, …", "Last year …"): what it tells happened then. */
    private static final Pattern EARLIER_OPENING = Pattern.compile("(?:(?:Back )?[Ii]n (?:19|20)\\d\\d|Last (?:year|month|January|February|March|April|May|June|July|August"
            + "|September|October|November|December)|(?:(?:Just|Only|About|Some) )?(?:[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|\\d{1,2}) (?:years?|decades?) (?:ago|earlier)"
            + "|The year before|Previously)\\b");

    private static boolean failed(String outcome) {
        return "vetoed".equals(outcome) || "rejected".equals(outcome);
    }

    /** Whether the text names the Security Council ({@link SentenceFacts#SECURITY_COUNCIL}, by hand: the whole article is read). */
    private static boolean namesTheSecurityCouncil(String text) {
        for (int i = text.indexOf("Security Council"); i >= 0; i = text.indexOf("Security Council", i + 1)) {
            if (!(i >= 9 && text.regionMatches(true, i - 9, "national ", 0, 9))) {
                return true;
            }
        }
        return false;
    }

    /** "voted against it", "abstained on it": a stance on the text just told. */
    private static final Pattern STANCE_ON_IT = Pattern.compile("\\b(?:against|for|in favou?r of|on|supported|backed|opposed) it\\b(?! was\\b)");

    /** "in that vote", "on that occasion": the vote just told. */
    private static final Pattern THAT_VOTE = Pattern.compile("\\b(?:in|on|at|during) (?:that|this|the same) (?:vote|ballot|occasion|text|draft|round|meeting|session)\\b");
    /** "A also voted against", "A and B also abstained": a state's stance alongside those of the sentence before. */
    private static final Pattern ALSO_AFTER_STATES = Pattern.compile("^[^,;]{2,80}? also (?:voted|abstained|opposed|backed|supported|sided|cast)\\b");

    /** Whether a sentence of stances says it goes on with the vote just told (of the sentence before it, for "also"). */
    private static boolean goesOn(String sentence, Frame current, int sentenceIndex) {
        if (THAT_VOTE.matcher(sentence).find()) {
            return true;
        }
        return !current.evidence.isEmpty() && current.evidence.get(current.evidence.size() - 1).index() == sentenceIndex - 1
                && ALSO_AFTER_STATES.matcher(sentence).find();
    }

    /** A fact box's line of the vote's date: "When: 17 March 2011", "- Date of vote: 4 May". */
    private static final Pattern DATE_LINE = Pattern.compile("[\\s\\p{Punct}•–—]*(?:When|Date|Date of (?:the )?vote|Vote date|Voted on|Adopted on|Date adopted)\\s*:");

    /** How far into its line a list item's first sentence may start ("12) ", "- "). */
    private static final int ITEM_MARK = 5;
    /** A list item that opens with its day: "1) 18 Oct 2030 -", "- 2 March 2030:", "* May 4, 2029 -". */
    private static final Pattern DATED_ITEM = Pattern.compile("\\s*(?:[-*•–—]|\\d{1,2}[.)])\\s*(?:\\d{1,2} \\p{Lu}\\p{Ll}{2}|\\p{Lu}\\p{Ll}{2,8}\\.? \\d{1,2}\\b)");

    /** A sentence that opens a quotation. */
    private static final Pattern QUOTATION_OPENS = Pattern.compile("\\s*[\"“”„'‘]");

    /** A month with no year after it: "in May". */
    private static final Pattern IN_A_MONTH = Pattern.compile("\\bin (January|February|March|April|May|June|July|August|September|October|November|December)\\b(?!,? \\d)");

    /** A sentence that points back at the text just told: "against that proposal", "on it", "it was carried". */
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\b(?:that|this|the same) (?:proposal|motion|text|draft|resolution|amendment|measure|request|bid)\\b"
            + "|\\b(?:against|for|on) it\\b|\\bit (?:was|passed|failed)\\b");

    /** Whether a date ("2031-09-24") falls on another day than a day without its year ("--06-08"), where both are known. */
    private static boolean otherDay(String date, String monthDay) {
        return date != null && monthDay != null && !date.endsWith(monthDay.substring(1));
    }

    /** Whether a date falls on another weekday than the one a vote was told on ("On Tuesday ..."), where both are known. */
    private static boolean otherWeekday(String date, String weekday) {
        return date != null && weekday != null && !LocalDate.parse(date).getDayOfWeek().name().equalsIgnoreCase(weekday);
    }

    /** Whether the sentence counts only sides the vote has no count of yet. */
    private static boolean completes(SentenceFacts f, Frame fr) {
        return (f.yes == null || fr.yes == null) && (f.no == null || fr.no == null) && (f.abstain == null || fr.abstain == null);
    }

    /** Whether a side the sentence counts has another count in the vote. */
    private static boolean countsConflict(SentenceFacts f, Frame fr) {
        return conflicts(f.yes, fr.yes) || conflicts(f.no, fr.no) || conflicts(f.abstain, fr.abstain);
    }

    /** Whether the sentence counts some side and every side it counts as the vote does. */
    private static boolean countsAllMatch(SentenceFacts f, Frame fr) {
        return f.hasCounts() && (f.yes == null || same(f.yes, fr.yes)) && (f.no == null || same(f.no, fr.no))
                && (f.abstain == null || same(f.abstain, fr.abstain));
    }

    /** One of them was adopted without a vote and the other has a recorded count: two votes. */
    private static boolean recordedAndNot(SentenceFacts f, Frame fr) {
        return f.withoutVote && (fr.yes != null || fr.no != null) || fr.withoutVote && f.hasCounts();
    }

    /**
     * A sentence's count of a side conflicts with a vote's, unless it only counts the states the sentence names on
     * that side: "the other three – A, B and C – voted in favour" is a part of the eleven, no other vote ("none
     * against" names no state and counts none: it conflicts with a vote that had some).
     */
    private static boolean conflicts(SentenceFacts f, String side, Integer a, Integer b) {
        return conflicts(a, b) && (a == 0 || f.positions.values().stream().filter(side::equals).count() != a);
    }

    private static boolean conflicts(Integer a, Integer b) {
        return a != null && b != null && !a.equals(b);
    }

    private static boolean same(Integer a, Integer b) {
        return a != null && a.equals(b);
    }

    private static void merge(Frame fr, SentenceFacts f, String body, boolean explicitBody, Set<String> sponsors, String date, Sentence s) {
        // a vote its own sentences place in another body ("at a UN conference") takes no body from the article's context
        if (fr.body == null && !explicitBody && votedInAnotherBody(fr)) {
            body = null;
        }
        if (fr.body == null || explicitBody && !fr.explicitBody) {
            fr.body = body;
            fr.explicitBody = explicitBody;
        }
        fr.yes = fr.yes != null ? fr.yes : f.yes;
        fr.no = fr.no != null ? fr.no : f.no;
        fr.abstain = fr.abstain != null ? fr.abstain : f.abstain;
        if (f.outcome != null && (fr.outcome == null || "vetoed".equals(f.outcome))) {
            fr.outcome = f.outcome;
        }
        fr.sponsors.addAll(sponsors);
        if (fr.date == null) {
            fr.date = date;
        }
        f.positions.forEach(fr.positions::putIfAbsent);
        // against the lifting of an embargo is for a text that stops it
        // (or told of the vote: "voted 13-2 to lift the embargo. A and B voted to keep the embargo in place")
        boolean reversed = f.policyNoun != null && (fr.title != null && endsThePolicy(fr.title, f.policyNoun)
                || fr.evidence.stream().anyMatch(e -> endsThePolicy(e.text(), f.policyNoun)));
        f.policyPositions.forEach((iso, side) -> fr.positions.putIfAbsent(iso, reversed ? opposite(side) : side));
        if (fr.number == null) {
            fr.number = number(f.text);
        }
        if (fr.symbol == null) {
            fr.symbol = symbol(f.text);
        }
        if (fr.title == null) {
            fr.title = title(f.text);
        }
        fr.withoutVote |= f.withoutVote;
        fr.evidence.add(s);
        fr.namesAnotherBody |= OTHER_BODY.foundIn(f.text);
        fr.council |= f.council;
        fr.namesVoting |= VOTING_WORD.foundIn(f.text);
        // (a main body named only as where a matter is sent, "to refer Syria to the Security Council", is none: f.body)
        fr.namesAMainBody |= f.body != null || namesAMainBodyVoting(f.text);
    }

    /** The veto an aside tells: added to a veto of the article's on that day (or of no known day), else a vote of its own. */
    private static void vetoTold(List<Frame> frames, SentenceFacts.VetoAside aside, String day, Sentence s) {
        Frame veto = frames.stream().filter(fr -> "vetoed".equals(fr.outcome) && "SC".equals(fr.body)
                && (day == null || fr.date == null || day.equals(fr.date))).findFirst().orElse(null);
        if (veto == null) {
            veto = new Frame();
            veto.body = "SC";
            veto.explicitBody = true;
            veto.outcome = "vetoed";
            veto.past = true;
            veto.date = day;
            frames.add(veto);
        }
        for (String state : aside.states()) {
            veto.positions.putIfAbsent(state, "no");
        }
        veto.evidence.add(s);
    }

    private static final Pattern BOTH_TEXTS = Pattern.compile("(?i)\\b(?:both|each of the two|the two) (?:\\w+ )?(?:resolutions|texts|drafts|measures|proposals)\\b"
            + "|\\b(?:against|for|on) (?:them )?both\\b|\\b(?:voted|voting) (?:against|for|in favou?r of) them\\b");

    /** The vote told last before {@code fr} of its kind (a text or an amendment), today's or earlier like it, else null. */
    private static Frame toldBefore(List<Frame> frames, Frame fr) {
        for (int i = frames.indexOf(fr) - 1; i >= 0; i--) {
            Frame x = frames.get(i);
            if (x.amendment == fr.amendment && x.past == fr.past) {
                return x;
            }
        }
        return null;
    }

    /** A title whose text stops what the policy noun names: "a draft to stop the lifting of the embargo". */
    private static boolean endsThePolicy(String title, String noun) {
        for (Matcher m = STOPPING.matcher(title); m.find(); ) {
            // the noun right after the verb or up to two words on ("halt the planned lifting")
            Matcher word = WORD_AND_SPACE.matcher(title);
            for (int at = m.end(), skipped = 0; skipped <= 2; skipped++) {
                int end = at + noun.length();
                if (title.regionMatches(true, at, noun, 0, noun.length())
                        && (end == title.length() || !Character.isLetterOrDigit(title.charAt(end)) && title.charAt(end) != '_')) {
                    return true;
                }
                if (!word.region(at, title.length()).lookingAt()) {
                    break;
                }
                at = word.end();
            }
        }
        return false;
    }

    private static String opposite(String side) {
        return "yes".equals(side) ? "no" : "no".equals(side) ? "yes" : side;
    }

    private List<VoteEvent> events(Article article, List<KeyedPattern.Text> sentences, List<Frame> frames, String contextDate) {
        List<VoteEvent> out = new ArrayList<>();
        String fallbackBody = null;
        Boolean otherAssemblyOnly = null;
        for (Frame fr : frames) {
            if (fr.body == null && fallbackBody == null) {
                // the Security Council where it is the only body the article names (an Assembly vote on the rights
                // council's seats names only that council), else another UN body it names, else the General Assembly
                fallbackBody = "SC".equals(SentenceFacts.onlyBody(sentences)) ? "SC"
                        : sentences.stream().noneMatch(ArticleReader::namesAMainBodyVoting)
                        && sentences.stream().anyMatch(OTHER_BODY::foundIn) ? "OTHER" : "GA";
            }
            // a veto is the Council's whatever its counts (a count that does not fit is another vote's, read in by mistake)
            // "the assembly" of an article about the World Health Assembly that never names the General Assembly is that one
            if (UnRules.GA.equals(fr.body) && otherAssemblyOnly == null) {
                otherAssemblyOnly = OTHER_ASSEMBLY.foundIn(article.body()) && !GENERAL_ASSEMBLY.foundIn(article.body());
            }
            if (UnRules.GA.equals(fr.body) && otherAssemblyOnly) {
                fr.body = "OTHER";
            }
            String body = "vetoed".equals(fr.outcome) && (fr.body == null || "SC".equals(fr.body)) ? "SC"
                    : fitting(fr.body != null ? fr.body : votedInAnotherBody(fr) ? "OTHER" : fr.council ? councilBySize(fr, fallbackBody) : fallbackBody,
                    fr, article.body());
            // more votes than the Assembly has members is no UN vote at all ("the staff union voted 300-20")
            if (UnRules.GA.equals(body) && cast(fr) > UnRules.size(UnRules.GA, null)) {
                continue;
            }
            // a permanent member's no on a draft that had the nine votes it needed is a veto
            boolean permanentNo = fr.positions.entrySet().stream().anyMatch(e -> e.getValue().equals("no") && UnRules.permanentMembers(null).contains(e.getKey()));
            if ("SC".equals(body) && permanentNo && (fr.yes == null ? "rejected".equals(fr.outcome) : fr.yes >= UnRules.SC_ADOPTION_YES && !"adopted".equals(fr.outcome))) {
                fr.outcome = "vetoed";
            }
            if ("SC".equals(body) && "vetoed".equals(fr.outcome) && fr.yes != null && fr.yes < UnRules.SC_ADOPTION_YES) {
                fr.outcome = "rejected";
            }
            // "the council rejected the motion, 19 votes to 17": the rights council decides by a simple majority, so a text
            // it rejected had fewer for than against, whichever came first
            if (UnRules.HRC.equals(body) && "rejected".equals(fr.outcome) && fr.yes != null && fr.no != null && fr.yes > fr.no) {
                int yes = fr.yes;
                fr.yes = fr.no;
                fr.no = yes;
            }
            String date = fr.date != null ? fr.date : fr.past || otherDay(contextDate, fr.monthDay) || otherWeekday(contextDate, fr.weekday) ? null : contextDate;
            dropNonMembers(body, date != null ? date : fr.past ? null : article.published(), fr.positions);
            if (UnRules.SC.equals(body)) {
                sidesOfAFullCouncil(fr);
            }
            if (fr.outcome == null && !fr.amendment) {
                fr.outcome = outcomeOfTheTally(body, fr);
            }
            if (!fr.counted() && fr.outcome == null && (fr.positions.isEmpty() || !fr.namesVoting)) {
                // stances with no count, no outcome and no word of voting are support in a debate ("with Sudan and
                // Iran backing the motion" before a vote), not a vote
                continue;
            }
            List<Evidence> evidence = new ArrayList<>();
            for (Sentence s : fr.evidence) {
                evidence.add(new Evidence(s.text(), s.start(), s.end()));
            }
            double confidence = 0.4 + (fr.yes != null || fr.no != null ? 0.25 : 0) + (fr.outcome != null ? 0.15 : 0)
                    + (fr.explicitBody ? 0.15 : 0);
            List<String> sponsors = new ArrayList<>(fr.sponsors);
            out.add(new VoteEvent(article.id() + "#" + (out.size() + 1), body, fr.amendment ? "amendment" : "resolution",
                    date, fr.title, fr.symbol, sponsors,
                    new Counts(fr.yes, fr.no, fr.abstain), fr.outcome, Map.copyOf(fr.positions), evidence,
                    Math.min(1.0, confidence), date == null ? fr.monthDay : null));
        }
        return out;
    }

    /**
     * A state that did not sit on the council (or in the Assembly) that year cannot have voted there: its stance was
     * another vote's or a speaker's ("Germany backed the text" in a council debate; Taiwan after 1971). The year is the vote's, else the article's and the
     * month before it (a vote of late December reported in January); where neither is known, or the tables do not
     * cover the year, every stance stays.
     */
    private static void dropNonMembers(String body, String day, Map<String, String> positions) {
        if (positions.isEmpty() || !UnRules.SC.equals(body) && !UnRules.HRC.equals(body) && !UnRules.GA.equals(body)) {
            return;
        }
        // the year and the month's from the ISO day's digits: parsing a date per vote showed in the profile
        if (day == null || day.length() < 7 || !Character.isDigit(day.charAt(0)) || day.charAt(4) != '-') {
            return;
        }
        int year;
        int month;
        try {
            year = Integer.parseInt(day, 0, 4, 10);
            month = Integer.parseInt(day, 5, 7, 10);
        } catch (NumberFormatException e) {
            return;
        }
        int monthBefore = month == 1 ? year - 1 : year;
        positions.keySet().removeIf(iso -> Boolean.FALSE.equals(UnRules.sat(body, iso, year)) && Boolean.FALSE.equals(UnRules.sat(body, iso, monthBefore)));
    }

    /**
     * A body cannot cast more votes than it has members: 100 votes in favour are no Security Council vote, whatever
     * the sentence named first ("after a veto in the Security Council, the Assembly adopted ... by 100 votes"). Such
     * a vote is the rights council's where its counts fit it and the article names that council, else the Assembly's.
     */
    /**
     * "12 votes in favour, while Russia and Mozambique abstained": where the count in favour and the states named on the
     * other sides fill the Council's fifteen seats, those names are the whole of their sides, and count them.
     */
    private static void sidesOfAFullCouncil(Frame fr) {
        if (fr.yes == null || fr.no != null && fr.abstain != null) {
            return;
        }
        int no = 0;
        int abstain = 0;
        int absent = 0;
        for (String side : fr.positions.values()) {
            no += "no".equals(side) ? 1 : 0;
            abstain += "abstain".equals(side) ? 1 : 0;
            absent += "absent".equals(side) ? 1 : 0;
        }
        int noSide = fr.no != null ? fr.no : no;
        int abstainSide = fr.abstain != null ? fr.abstain : abstain;
        if (fr.yes + noSide + abstainSide + absent == UnRules.size(UnRules.SC, null) && (fr.no == null || fr.no >= no)
                && (fr.abstain == null || fr.abstain >= abstain)) {
            fr.no = noSide;
            fr.abstain = abstainSide;
        }
    }

    /**
     * What a full tally decides where no sentence says: the Security Council adopts with nine votes in favour and none
     * against (no veto can have been cast), and fails with fewer than nine; the rights council decides by a simple
     * majority. The Assembly (and another body: an agency's board, a conference) decides some questions by two thirds
     * of those voting yes or no, so only a tally that settles it under either rule decides: two thirds in favour
     * adopts, no majority in favour fails; between the two, the article must say.
     */
    private static String outcomeOfTheTally(String body, Frame fr) {
        if (fr.yes == null || fr.no == null) {
            return null;
        }
        if (UnRules.SC.equals(body)) {
            return fr.yes < UnRules.SC_ADOPTION_YES ? "rejected" : fr.no == 0 ? "adopted" : null;
        }
        if (UnRules.HRC.equals(body)) {
            return fr.yes > fr.no ? "adopted" : "rejected";
        }
        return fr.yes >= 2 * fr.no ? "adopted" : fr.yes <= fr.no ? "rejected" : null;
    }

    private static final FirstCharPattern OTHER_ASSEMBLY = FirstCharPattern.atWords(
            Pattern.compile("\\b(?:World Health Assembly|WHA|UN Environment Assembly|UNEA)\\b"), "WU");
    private static final FirstCharPattern GENERAL_ASSEMBLY = FirstCharPattern.atWords(
            Pattern.compile("\\b(?:General Assembly|UNGA|U\\.?N\\.? Assembly)\\b|\\bGeneral [Aa]ssembly\\b"), "GU");

    /** "adopted by the Council, 13-0-2": a council no sentence names is the one its votes fit (15 seats, then 47). */
    private static String councilBySize(Frame fr, String fallback) {
        int cast = cast(fr);
        return cast == 0 ? fallback : cast <= UnRules.size(UnRules.SC, null) ? UnRules.SC
                : cast <= UnRules.size(UnRules.HRC, null) ? UnRules.HRC : fallback;
    }

    private static String fitting(String body, Frame fr, String text) {
        Integer members = UnRules.size(body, null);
        int cast = cast(fr);
        if (members == null || cast <= members) {
            return body;
        }
        boolean rightsCouncil = text.contains("Human Rights Council") || text.contains("rights council") || text.contains("Rights Council");
        return rightsCouncil && cast <= UnRules.size(UnRules.HRC, null) ? "HRC" : "GA";
    }

    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(January|February|March|April|May|June|July|August|September|October|November|December),? ((?:19|20)\\d\\d)\\b");

    private static final Pattern FLASHBACK = Pattern.compile("(?:(?:Back )?[Ii]n |On )?(?:January|February|March|April|May|June|July|August|September|October|November|December),? (?:19|20)\\d\\d,[^.;]*\\bhad\\b");

    /** Whether the sentence names a month of a year that ended before the article's month began. */
    private static boolean monthBefore(String sentence, LocalDate published) {
        if (sentence.indexOf(" 19") < 0 && sentence.indexOf(" 20") < 0) {
            return false;
        }
        Matcher m = MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            Month month = month(m.group(1));
            if (month != null && java.time.YearMonth.of(Integer.parseInt(m.group(2)), month).isBefore(java.time.YearMonth.from(published))) {
                return true;
            }
        }
        return false;
    }

    /** "Over 120 countries approved the treaty at a UN conference": a vote whose own sentences name only another body. */
    private static boolean votedInAnotherBody(Frame fr) {
        return fr.namesAnotherBody && !fr.namesAMainBody;
    }

    private static int cast(Frame fr) {
        return (fr.yes != null ? fr.yes : 0) + (fr.no != null ? fr.no : 0) + (fr.abstain != null ? fr.abstain : 0);
    }

    /** The text's number when a sentence names one text by it ("resolution 1737"), else null. */
    private static String number(KeyedPattern.Text text) {
        String number = null;
        for (int at = text.lower.indexOf("resolution "); at >= 0; at = text.lower.indexOf("resolution ", at + 11)) {
            int from = at + 11;
            int end = from;
            while (end < text.text.length() && end - from < 5 && Character.isDigit(text.text.charAt(end))) {
                end++;
            }
            // three or four digits, not a symbol's part ("2334/2016" or "51/1")
            boolean whole = end - from >= 3 && end - from <= 4 && (at == 0 || !Character.isLetter(text.text.charAt(at - 1)))
                    && (end == text.text.length() || !Character.isLetterOrDigit(text.text.charAt(end))
                    && !(end + 1 < text.text.length() && "-/–.".indexOf(text.text.charAt(end)) >= 0 && Character.isDigit(text.text.charAt(end + 1))));
            if (whole) {
                if (number != null) {
                    return null; // two numbers: no one text
                }
                number = text.text.substring(from, end);
            }
        }
        return number;
    }

    static String symbol(KeyedPattern.Text text) {
        KeyedPattern.Scan scan = SYMBOL.scan(text);
        if (scan.find()) {
            return SPACES.matcher(scan.match().group()).replaceAll(" ");
        }
        scan = SC_RESOLUTION_NUMBER.scan(text);
        if (scan.find()) {
            return "S/RES/" + scan.match().group(1) + " (" + scan.match().group(2) + ")";
        }
        return null;
    }

    /** The noun phrase that names the text voted on: "a resolution condemning Russian aggression". */
    static String title(KeyedPattern.Text text) {
        KeyedPattern.Scan scan = TITLE_NOUN.scan(text);
        if (!scan.find()) {
            return null;
        }
        String sentence = text.text;
        Matcher m = scan.match();
        int start = m.start();
        // up to four words back, the words as \s+ parts them: to a stop word, or to a determiner with it
        int from = start;
        int i = start;
        for (int take = 0; take < 4; take++) {
            while (i > 0 && Sentences.isSpace(sentence.charAt(i - 1))) {
                i--;
            }
            int end = i;
            while (i > 0 && !Sentences.isSpace(sentence.charAt(i - 1))) {
                i--;
            }
            String w = sentence.substring(i, end);
            if (w.isEmpty() || ",;:.".indexOf(w.charAt(w.length() - 1)) >= 0 || isOneOf(TITLE_STOP, w)) {
                break;
            }
            from = i;
            if (isOneOf(TITLE_DETERMINER, w)) {
                break;
            }
        }
        Matcher end = TITLE_END.find(sentence, m.end(), sentence.length());
        int stop = end != null ? end.start() : sentence.length();
        String title = sentence.substring(Math.max(0, from), Math.min(stop, m.end() + 90)).trim();
        // "the resolution", "The text": says nothing about which vote it was
        return title.isEmpty() || GENERIC_TITLE.matcher(title).matches() ? null : title;
    }

    /** Whether the sentence is on the line of the frame's last sentence, and that line is an item of a list. */
    private static boolean sameItem(String text, Frame fr, Sentence s) {
        if (fr.evidence.isEmpty()) {
            return false;
        }
        int from = fr.evidence.get(fr.evidence.size() - 1).start();
        int lineEnd = text.indexOf('\n', from);
        if (from > s.start() || lineEnd >= 0 && lineEnd < s.start()) {
            return false;
        }
        int line = text.lastIndexOf('\n', from) + 1;
        return LIST_ITEM.matcher(text).region(line, s.start()).lookingAt();
    }

    /**
     * A line that opens an item of a list: a bullet, a number, or a date and a colon ("March 3, 2031:", "3 March 2031:",
     * "March 2031 -", "2031:").
     */
    private static final Pattern LIST_ITEM = Pattern.compile("[ \\t]*(?:[-•*–—·]|\\d{1,2}[.)]|(?:[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4}|\\d{1,2} [A-Z][a-z]{2,8} \\d{4}"
            + "|(?:[A-Z][a-z]{2,8} )?(?:19|20)\\d\\d)\\s*[:—–-])\\s");
    /** A line that opens with a year (or a month and a year) and a dash or a colon: "2016 - ...", "March 2012 (A/RES/66/1): ...". */
    private static final Pattern YEAR_ITEM = Pattern.compile("[ \\t]*(?:[-•*·]\\s*)?(?:(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.? )?((?:19|20)\\d\\d)(?:\\s*\\([^)\\n]{0,60}\\))?\\s*[:—–-]\\s");

    /** The year a list item's line opens with, or -1. */
    private static int itemYear(String text, int line) {
        // the quick no: most lines open with none of the characters such a line may open with
        if (line >= text.length() || "0123456789JFMASOND-•*· \t".indexOf(text.charAt(line)) < 0) {
            return -1;
        }
        Matcher m = YEAR_ITEM.matcher(text).region(line, Math.min(text.length(), line + 40));
        return m.lookingAt() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** Whether the sentence names a year, and only that one. */
    private static boolean onlyYearNamed(String sentence, int year) {
        Matcher m = A_YEAR.matcher(sentence);
        boolean named = false;
        while (m.find()) {
            if (Integer.parseInt(m.group()) != year) {
                return false;
            }
            named = true;
        }
        return named;
    }

    private static final Pattern A_YEAR = Pattern.compile("(?<![\\d/.-])(?:19|20)\\d\\d(?![\\d/])");

    /** The latest year any list item of the article opens with: in an undated article, the year of its news. */
    private static int latestItemYear(String text) {
        int latest = -1;
        for (int line = 0; line >= 0; ) {
            latest = Math.max(latest, itemYear(text, line));
            int end = text.indexOf('\n', line);
            line = end < 0 ? -1 : end + 1;
        }
        return latest;
    }

    /** Whether the word is one of the (lower-case, ASCII) words in any case: only ASCII letters fold. */
    private static boolean isOneOf(Set<String> words, String w) {
        for (int c = 0; c < w.length(); c++) {
            if (w.charAt(c) >= 128) {
                return false;
            }
        }
        return words.contains(w.toLowerCase(Locale.ROOT));
    }

    private static LocalDate published(String published) {
        if (published == null || published.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The vote date a sentence gives: an explicit day, or a weekday relative to the publication date; a day and
     * month without a year in an undated article as {@code --MM-DD} (the vote's day is still known).
     */
    static String date(KeyedPattern.Text text, LocalDate published) {
        String sentence = text.text;
        KeyedPattern.Scan scan = MONTH_DAY.scan(text);
        while (SentenceFacts.DIGITS.in(text) && scan.find()) {
            Matcher m = scan.match();
            // "extended the mission until 31 October 2025": the day a mandate or a deadline ends is no vote's
            if (DEADLINE_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 16), m.start()).find()
                    || SentenceFacts.insideRelativeOnStates(sentence, m.start())) {
                continue;
            }
            // "condemning the February 1 coup", "the attacks of 9 January", "a deal signed on 17 May": a day that names
            // another event is no vote's
            if (m.start() >= 4 && sentence.regionMatches(true, m.start() - 4, "the ", 0, 4)
                    && OTHER_EVENT_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                    || OTHER_EVENT_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 24), m.start()).find()) {
                continue;
            }
            String monthName = m.group(2) != null ? m.group(2) : m.group(3);
            String day = m.group(1) != null ? m.group(1) : m.group(4);
            Month month = month(monthName);
            int year = m.group(5) != null ? Integer.parseInt(m.group(5)) : published != null ? published.getYear() : -1;
            if (month != null && year > 0) {
                try {
                    LocalDate d = LocalDate.of(year, month, Integer.parseInt(day));
                    if (m.group(5) == null && published != null && d.isAfter(published.plusDays(1))) {
                        d = d.minusYears(1);
                    }
                    // a day after the article's was no vote it reports (a meeting planned, a term that starts)
                    if (published != null && d.isAfter(published.plusDays(1))) {
                        continue;
                    }
                    // "failed today to adopt a text on the crash of 17 July 2014": in a sentence that dates its vote by
                    // "today" or a weekday, a day weeks before the article's is another event's
                    if (published != null && d.isBefore(published.minusDays(DATELINE_LAG_DAYS)) && dayNamed(sentence) != null) {
                        continue;
                    }
                    // "UNITED NATIONS, Oct 5 — ... on Tuesday": the dateline dates the filing, the weekday the vote
                    String weekday = m.start() < 40 && DATELINE_END.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
                            ? weekday(sentence.substring(m.end()), d) : null;
                    return weekday != null ? weekday : d.toString();
                } catch (RuntimeException e) {
                    return null;
                }
            }
            if (month != null && published == null) {
                try {
                    return MonthDay.of(month, Integer.parseInt(day)).toString();
                } catch (RuntimeException e) {
                    return null;
                }
            }
            break;
        }
        return published == null ? null : weekday(sentence, published);
    }

    /** The words before a day that make it the end of a term or a deadline ("until", "through", "expires on"). */
    private static final Pattern DEADLINE_BEFORE = Pattern.compile("(?i)\\b(?:until|till|through|expir(?:es|ing) on|due by|by|since)\\s+$");
    private static final Pattern OTHER_EVENT_BEFORE = Pattern.compile("(?i)(?:\\b(?:attacks?|coup|war|invasion|killings?|massacres?|"
            + "elections?|bombings?|raids?|offensive|earthquake|assault|explosion|uprising|protests?|deal|agreement|accords?|summit|"
            + "declaration|treaty) (?:of|on)|\\b(?:signed|agreed|concluded|reached|announced|held|launched|began|started|erupted)(?: on)?"
            // "designating 11 July as a day of remembrance": the day a text names
            + "|\\b(?:designat|proclaim)\\w*)\\s+$");
    /** A noun after "the February 1" that is not the vote's ("the February 1 coup"; "the December 21 vote" is). */
    private static final Pattern OTHER_EVENT_AFTER = Pattern.compile("\\s+(?!(?:vote|votes|voting|ballot|session|meeting|decision|resolution|adoption|plenary|sitting)\\b)[a-z]");

    /**
     * "On the first text, A and B voted no": the vote an ordinal at the head of a sentence names, among the article's
     * votes on texts of today so far (the latter is the last), or null.
     */
    private static Frame namedByOrdinal(String sentence, List<Frame> frames) {
        Matcher m = frames.size() < 2 || !Character.isUpperCase(sentence.charAt(0)) ? null : ORDINAL_REFERENCE.matcher(sentence);
        if (m == null || !m.lookingAt()) {
            return null;
        }
        List<Frame> texts = frames.stream().filter(fr -> !fr.amendment && !fr.past).toList();
        int k = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "first", "former" -> 0;
            case "second" -> 1;
            case "third" -> 2;
            case "fourth" -> 3;
            default -> texts.size() - 1; // "the latter", "the last"
        };
        return texts.size() >= 2 && k < texts.size() ? texts.get(k) : null;
    }

    private static final Pattern ORDINAL_REFERENCE = Pattern.compile("(?:On|In|For|Regarding|As for|With|Of)\\s+the\\s+"
            + "(first|second|third|fourth|former|latter|last)\\b(?:\\s+(?:text|resolution|draft|measure|vote|one|ballot))?\\s*,");

    /**
     * The article with its no-break and other wide spaces, the entity "&amp;nbsp;" copied from web pages and footnote
     * marks ("³", "[4]") as plain spaces ("141&amp;nbsp;votes" is "141 votes" to every rule), and its lines in capitals
     * in title case. One character for one (six spaces for the entity), so the evidence's offsets still point into the
     * article as sent.
     */
    static Article withPlainText(Article a) {
        String body = capitalLinesInTitleCase(plainSpaces(a.body()));
        String headline = a.headline() == null ? null : capitalLinesInTitleCase(plainSpaces(a.headline()));
        return body == a.body() && headline == a.headline() ? a
                : new Article(a.version(), a.id(), a.url(), a.published(), headline, body, a.receivedAt(), a.attempt());
    }

    /** Short capitals that stay so in a line of capitals: the UN and its bodies' and members' usual initials. */
    private static final Set<String> INITIALS = Set.of("UN", "US", "UK", "EU", "UAE", "USA", "DPRK", "NATO", "IAEA", "HRC", "OIC", "ICC", "ICJ",
            "UNGA", "UNSC");

    /**
     * A line in capitals ("FLASH -- RUSSIA, CHINA VETO UN SECURITY COUNCIL DRAFT"), as wire flashes and some headlines
     * are written, in title case: the gazetteer and the bodies are read from capitalised names ("Russia", "Security
     * Council"). Known initials ("UN", "US") stay as they are; one letter for one, so offsets hold.
     */
    private static String capitalLinesInTitleCase(String s) {
        char[] c = null;
        // line by line: indexOf finds the breaks at once, where a test of each character was most of the work
        for (int lineStart = 0; lineStart <= s.length(); ) {
            int i = lineEnd(s, lineStart);
            if (inCapitals(s, lineStart, i)) {
                c = c == null ? s.toCharArray() : c;
                for (int w = lineStart; w < i; ) {
                    int end = w;
                    while (end < i && Character.isLetter(s.charAt(end))) {
                        end++;
                    }
                    if (end - w > 1 && !INITIALS.contains(s.substring(w, end))) {
                        for (int k = w + 1; k < end; k++) {
                            c[k] = Character.toLowerCase(c[k]);
                        }
                    }
                    w = end == w ? w + 1 : end;
                }
            }
            lineStart = i + 1;
        }
        return c == null ? s : new String(c);
    }

    /** Where the line from {@code from} ends: its line break, or the text's end. */
    private static int lineEnd(String s, int from) {
        int end = s.indexOf('\n', from);
        return end < 0 ? s.length() : end;
    }

    /** Whether a line has at least two words of letters and none of its letters in lower case. */
    private static boolean inCapitals(String s, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            boolean letter = Character.isLetter(ch);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= 2;
    }

    private static final Pattern FOOTNOTE = Pattern.compile("\\[\\d{1,3}]");

    private static String plainSpaces(String s) {
        char[] c = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            // the quick no: every character below is a wide space, a footnote mark or the start of one
            if (ch < '\u00a0' && ch != '&' && ch != '[') {
                continue;
            }
            boolean wide = ch == '\u00a0' || ch >= '\u2000' && ch <= '\u200a' || ch == '\u202f' || ch == '\u205f' || ch == '\u3000';
            boolean entity = ch == '&' && NBSP_ENTITY.matcher(s).region(i, s.length()).lookingAt();
            // footnote marks ("55 abstentions.³", "by 120 votes[4]"): no part of a count, and no sentence may hide behind one
            boolean footnote = ch == '\u00b9' || ch == '\u00b2' || ch == '\u00b3' || ch >= '\u2070' && ch <= '\u2079'
                    || ch == '[' && FOOTNOTE.matcher(s).region(i, s.length()).lookingAt();
            if (wide || entity || footnote) {
                c = c == null ? s.toCharArray() : c;
                int end = entity || ch == '[' ? s.indexOf(entity ? ';' : ']', i) + 1 : i + 1;
                java.util.Arrays.fill(c, i, end, ' ');
                i = end - 1;
            }
        }
        return c == null ? s : new String(c);
    }

    private static final Pattern NBSP_ENTITY = Pattern.compile("&(?:nbsp|#160|#x[aA]0|ensp|emsp|thinsp);");

    /**
     * Clauses that tell another vote than the rest of their sentence, read apart so each is attached to its own:
     * a leading clause of time ("After Russia vetoed a draft in the council, the Assembly adopted ...") and a second
     * tally after a connective ("rejected the amendment 15-71 before adopting the text 93-18").
     */
    static List<Sentence> clausesApart(List<Sentence> sentences) {
        List<Sentence> out = null; // made at the first split: most articles have none, and keep their sentences
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int[] cuts = cuts(s.text());
            if (cuts.length == 0 && out == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(sentences.subList(0, i));
            }
            // cuts holds [end of one part, start of the next] pairs, in order
            int from = 0;
            for (int c = 0; c <= cuts.length; c += 2) {
                int to = c < cuts.length ? cuts[c] : s.text().length();
                out.add(new Sentence(out.size(), s.start() + from, s.start() + to, s.text().substring(from, to)));
                from = c < cuts.length ? cuts[c + 1] : to;
            }
        }
        return out == null ? sentences : out;
    }

    private static int[] cuts(String t) {
        int[] out = new int[0];
        int from = 0;
        Matcher m = t.length() > 12 && "ADBFOHW".indexOf(t.charAt(0)) >= 0 ? LEADING_CLAUSE.matcher(t) : null;
        if (m != null && m.lookingAt() && m.end() < t.length()) {
            out = new int[] {m.end(1), m.end()};
            from = m.end();
        }
        int trailing = trailingClause(t, from);
        // each tally after the first opens a clause of its own at the last connective before it ("the first passed
        // 150-5, the second 120-40 and the third failed 50-90")
        int[] tallies = tallies(t, from, trailing > 0 ? trailing : t.length());
        for (int k = 1; k < tallies.length; k++) {
            Matcher c = CONNECTIVE.matcher(t);
            int lo = k == 1 ? from : tallies[k - 1];
            int cut = -1;
            int next = -1;
            for (c.region(lo, tallies[k]); c.find(); ) {
                cut = c.start();
                next = c.end(1) >= 0 ? c.start(1) : c.end();
            }
            if (cut > lo) {
                out = java.util.Arrays.copyOf(out, out.length + 2);
                out[out.length - 2] = cut;
                out[out.length - 1] = next;
            }
        }
        if (out.length == 0 && tallies.length < 2 && t.contains("mendment")) {
            Matcher a = AMENDMENT_THEN_TEXT.matcher(t).region(from, trailing > 0 ? trailing : t.length());
            if (a.find()) {
                out = new int[] {a.start(1), a.end(1)};
            }
        }
        if (trailing > 0 && (out.length == 0 || out[out.length - 1] < trailing)) {
            out = java.util.Arrays.copyOf(out, out.length + 2);
            out[out.length - 2] = trailing;
            int next = trailing + 1;
            while (Character.isWhitespace(t.charAt(next))) {
                next++;
            }
            out[out.length - 1] = next;
        }
        return out;
    }

    /**
     * Where a trailing clause that tells another event starts (its comma), or -1: one of time ("..., a week after the
     * council's draft failed", "..., two days before the assembly voted") or a comparison ("..., as it did in May").
     */
    private static int trailingClause(String t, int from) {
        if (t.indexOf(" after", from) >= 0 || t.indexOf(" before", from) >= 0) {
            Matcher m = TRAILING_CLAUSE.matcher(t).region(from, t.length());
            if (m.find() && t.length() - m.end() >= 10) {
                return m.start();
            }
            // "it passed 11-0, four abstaining, after the African amendments were blocked by China": another text's fate
            m = AFTER_OTHERS_FATE.matcher(t).region(from, t.length());
            if (m.find()) {
                return m.start();
            }
        }
        // "India abstained, as it did in the council's vote in May": the comparison is another vote's
        if (t.indexOf(" did", from) >= 0 || t.indexOf(" had", from) >= 0 || t.indexOf(" same ", from) >= 0) {
            Matcher m = AS_IT_DID.matcher(t).region(from, t.length());
            if (m.find() && t.length() - m.end() >= 10) {
                return m.start();
            }
        }
        // "a Chilean draft won six votes on Tuesday, while a week earlier Paris vetoed a Peruvian one": a clause with a
        // time and a vote verb of its own
        Matcher timed = null;
        for (int at = t.indexOf(", ", from); at >= 0; at = t.indexOf(", ", at + 2)) {
            if (t.startsWith("and ", at + 2) || t.startsWith("while ", at + 2)) {
                timed = timed == null ? TIMED_CLAUSE.matcher(t) : timed;
                if (timed.region(at, t.length()).lookingAt()) {
                    return at;
                }
            }
        }
        return -1;
    }

    private static final Pattern TIMED_CLAUSE = Pattern.compile(",\\s+(?:and|while)\\s+(?:last (?:week|month|year)|earlier that (?:week|month|year)|the (?:previous|day before|week before)"
            + "|a (?:week|month|year) (?:earlier|before))\\b,?[^,;]{0,40}?\\b(?:vetoed|adopted|rejected|passed|blocked|approved)\\b");

    // (and ", in the same split as on Monday")
    private static final Pattern AS_IT_DID = Pattern.compile(",\\s+(?:(?:just\\s+)?(?:as|like)\\s+(?:it|they|she|he)\\s+(?:did|had(?:\\s+done)?)\\s+(?:in|at|on|last|a)"
            + "|(?:in\\s+)?the\\s+same\\s+(?:\\w+\\s+)?as\\s+(?:in|on|at))\\b");

    /**
     * Where the tallies ("93 votes to 18", "165-5", "won 150 votes") start in the text between {@code from} and
     * {@code to}. Tried at each number only: a pattern searched through every sentence was the reader's costliest step.
     */
    private static int[] tallies(String t, int from, int to) {
        int[] out = new int[0];
        Matcher tally = null;
        Matcher yesVotes = null;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9' || i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
                continue;
            }
            if (tally == null) {
                tally = TALLY.matcher(t);
                yesVotes = YES_VOTES.matcher(t);
            }
            int start = -1;
            Matcher m = tally.region(i, to);
            if (m.lookingAt()) {
                start = i;
            } else if ((m = yesVotes.region(i, to)).lookingAt()) {
                Matcher verb = VERB_OF_VOTES.matcher(t).region(Math.max(from, i - 40), i);
                start = verb.find() ? verb.start() : -1;
            }
            if (start >= 0) {
                out = java.util.Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = start;
                i = m.end() - 1;
            }
            while (i + 1 < to && Character.isDigit(t.charAt(i + 1))) {
                i++;
            }
        }
        return out;
    }

    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:(?:has|have)\\s+(?:\\w+ly\\s+)?(?:been|failed|long|\\w+ed)|for (?:weeks|months|years|decades))\\b");
    /** Another body's texts cited ("it breached two Council resolutions", "under Assembly resolution 377"): not it voting. */
    private static final Pattern CITED_TEXTS = Pattern.compile("\\b(?:Security Council|General Assembly|Human Rights Council|Council|Assembly)(?:['’]s)?"
            + " (?:resolutions|texts|decisions|resolution \\d+)\\b");
    private static final Pattern AMONG_GROUP = Pattern.compile("Among (?:the |its |their |all )?([\\w-]+)");
    /** "Of the continent's 54 states", "Of its 27 members", "Of the twelve Arab countries": the group and its size. */
    private static final Pattern OF_GROUP = Pattern.compile("Of (?:the |its |their |all )?(?:[\\p{L}'’.-]+ ){0,2}?([\\w-]+) "
            + "(?:[\\p{L}-]+ )?(?:states|countries|nations|members|governments|delegations)\\b");
    private static final Pattern PRESENT = Pattern.compile("\\bpresent\\b");
    /** A group named as a part of the body: by a number, a possessive or a region. */
    /** Whether a count of a group's states comes before any other number ("passed 150-9; 20 of Asia's 47 states ..." tallies first). */
    private static boolean groupPartFirst(String sentence) {
        Matcher m = GROUP_PART.matcher(sentence);
        return m.find() && sentence.substring(0, m.start()).chars().noneMatch(Character::isDigit);
    }

    /** A bloc of states said not to have voted as one. */
    private static final Pattern BLOC_SPLIT = Pattern.compile("\\b(?:EU|European Union|(?:African|Arab|Asian|Latin American|Nordic|Pacific|Caribbean) (?:Group|group|states|countries|bloc)"
            + "|African Union|Arab League|ASEAN|OIC|G-?77|CARICOM|Caricom|NATO|bloc)\\b[^.;:]{0,60}?\\b(?:split|divided|did not vote (?:as one|together|en bloc)"
            + "|(?:was|were) not united|broke (?:ranks|apart))\\b");

    /** "28 of Africa's 54 states", "ten of the 27 EU members": a count of a group's states, not of the body's. */
    private static final Pattern GROUP_PART = Pattern.compile("(?i)\\b" + Numbers.NUMBER + "\\s+of\\s+(?:the\\s+)?"
            + "(?:(?![\\p{L}. ]{0,24}?\\b(?:council|assembly|board|body|agency|organi[sz]ation|conference|committee|chamber|un|u\\.n\\.|world)['’]s)\\p{L}[\\p{L} ]{1,20}['’]s\\s+(?:\\d+|" + Numbers.NUMBER + ")\\s+"
            + "|(?:\\d+\\s+)?(?-i:Arab|African|Asian|European|Latin American|Western|Eastern|Nordic|Pacific|Caribbean|Gulf|EU|ASEAN|NATO|OIC)\\s+)"
            + "(?:states|countries|members|nations|governments)\\b");
    private static final Pattern QUALIFIED_GROUP = Pattern.compile("\\d|['’]s\\b|\\b(?:Arab|African|Asian|European|Latin|Western|Eastern|Nordic|Pacific|Caribbean|Gulf|EU)\\b");
    private static final String BODY_WORDS = "(?i:board|council|assembly|committee|body|conference|commission)";
    private static final Pattern OF_THE_BODY = Pattern.compile("\\s+(?:of|on|in) (?:the |its )?(?:[\\p{L}'’-]+ ){0,3}?" + BODY_WORDS + "\\b");
    private static final Pattern BODY_WORD = Pattern.compile("\\b" + BODY_WORDS + "(?:'s|’s)?\\s");
    // (also after an apposition on the vote: ", a sharp reproach barely ten days after Moscow vetoed ...")
    private static final Pattern TRAILING_CLAUSE = Pattern.compile("[,;—–]\\s+(?:an? (?:[\\w-]+ ){1,3}?)?(?:(?:just|only|barely|some|about|nearly|almost|less than|more than|little more than|over|under)\\s+)?"
            + "(?:(?:shortly|soon|hours|days|weeks|months|years|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\\d{1,2})"
            + "\\s+(?:hours?|days?|weeks?|months?|years?))\\s+)(?:after|before)[\\s,]");
    private static final Pattern AFTER_OTHERS_FATE = Pattern.compile("(?i)\\s(?:after|before)\\s+(?:the\\s+|its\\s+|their\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}"
            + "(?:amendments?|drafts?|texts?|proposals?|motions?)\\s+(?:were|was|had been|got|were all)\\s+(?:vetoed|rejected|defeated|voted down|blocked)\\b");
    private static final Pattern TALLY = Pattern.compile("\\d{1,3}(?:\\s+votes?)?(?:\\s+in\\s+favou?r)?\\s*(?:to|[-–])\\s*\\d{1,3}\\b");
    /** A yes count a verb gives a text is a tally too: "won 150 votes", "passed with 120 votes". */
    private static final Pattern YES_VOTES = Pattern.compile("\\d{1,3}\\s+votes\\b");
    private static final Pattern VERB_OF_VOTES = Pattern.compile("\\b(?:won|wins|got|gets|received|receives|drew|draws|garnered|secured|obtained"
            + "|gained|mustered|attracted|(?:passed|adopted|approved|carried) (?:with|by))\\s+(?:(?:only|just|some)\\s+)?$");
    /**
     * An amendment's vote, then the text's in one sentence ("rejected two amendments before adopting the resolution by
     * 120 votes to 9", "voted down an amendment, then adopted the text 120-9"): the second act opens a clause of its
     * own (group 1 is what lies between), so the tally goes with the text, not the amendment.
     */
    private static final Pattern AMENDMENT_THEN_TEXT = Pattern.compile("(?i)\\bamendments?\\b[^,;.]{0,120}?"
            + "(,?\\s+(?:and\\s+|before\\s+)?(?:(?:the\\s+)?(?:assembly|council|body|it)\\s+)?(?:then\\s+)?)"
            + "(?=(?:adopted|adopting|approved|approving|passed|passing|endorsed|endorsing|rejected|rejecting)\\s+(?:the|a|an|its|this)\\s+"
            + "(?:[\\w-]+\\s+){0,3}?(?:resolution|text|draft|measure)\\b)");
    /** What joins two clauses; the connective word itself opens the second ("before adopting ..."). */
    private static final Pattern CONNECTIVE = Pattern.compile("(?:,\\s*|\\s+)(?=(before|after|then|while|whereas|but|and)\\s)|;\\s*"
            + "|,\\s*(?=the (?:first|second|third|fourth|fifth|last|other|latter|former|next)\\s)");

    /** "on Friday": the weekday a sentence names, for an article without a date to count back from. */
    private static String weekdayName(String sentence) {
        Matcher m = dayNamed(sentence);
        return m == null ? null : m.group(1);
    }

    /**
     * The first day the sentence names that is not a statement's ("In a statement today, the ministry said the draft
     * was backed 12-1", "its envoy said on Friday"): the day something was said is not the vote's.
     */
    private static Matcher dayNamed(String sentence) {
        if (!sentence.contains("day")) {
            return null;
        }
        for (Matcher m = WEEKDAY.find(sentence, 0, sentence.length()); m != null; m = WEEKDAY.find(sentence, m.end(), sentence.length())) {
            // (nor a day in a relative clause on states: "as did A and B, which had agreed to it last Monday")
            if (!SAID_BEFORE.matcher(sentence).region(Math.max(0, m.start() - 40), m.start()).find()
                    && !SentenceFacts.insideRelativeOnStates(sentence, m.start())) {
                return m;
            }
        }
        return null;
    }

    private static final Pattern SAID_BEFORE = Pattern.compile("(?i)\\b(?:statements?|said|says|told (?:[\\w.]+ ){0,2}?|announced|remarks|interview|"
            + "press (?:conference|release)|briefing|speech|tweeted|wrote)(?: (?:issued|released|published|made|given|posted))?\\s*$");

    /** A day without its year ("--05-02") in the year of {@code dated}, or the year before where that would be weeks after it. */
    private static String inYearOf(String monthDay, String dated) {
        LocalDate anchor = LocalDate.parse(dated);
        MonthDay day = MonthDay.parse(monthDay);
        LocalDate same = day.isValidYear(anchor.getYear()) ? day.atYear(anchor.getYear()) : day.atYear(anchor.getYear() - 1);
        return (same.isAfter(anchor.plusDays(31)) ? day.atYear(anchor.getYear() - 1) : same).toString();
    }

    /** "on Monday", "yesterday": the day they name, counted back from {@code anchor}. */
    private static String weekday(String sentence, LocalDate anchor) {
        Matcher m = dayNamed(sentence);
        if (m != null) {
            if ("today".equalsIgnoreCase(m.group(2))) {
                return anchor.toString();
            }
            if ("yesterday".equalsIgnoreCase(m.group(2))) {
                return anchor.minusDays(1).toString();
            }
            DayOfWeek dow = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return anchor.with(TemporalAdjusters.previousOrSame(dow)).toString();
        }
        return null;
    }

    private static Month month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.name().toLowerCase(Locale.ROOT).startsWith(n.length() >= 3 ? n.substring(0, 3) : n)) {
                return mo;
            }
        }
        return null;
    }
}
