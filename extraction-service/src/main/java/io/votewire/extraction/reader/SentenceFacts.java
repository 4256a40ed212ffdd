package io.votewire.extraction.reader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one sentence says about a vote: counts, outcome, the body, whether it is about an amendment, who sponsored
 * the text it talks about, and how named states voted. Pure function of the sentence text.
 */
public final class SentenceFacts {
    // \\b first: the regex engine then tries the alternatives at word starts only, not at every character
    // (not a day after its month: "Oct 26 (Prensa Latina) For the ..." is no count of 26 for)
    static final String N = "(?<![\\d,.])(?<!(?:January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.? )\\b(" + Numbers.NUMBER + ")(?!\\d|,\\d|-member|-nation)";
    // "Four UN Security Council members": the body's name may stand before its members
    // ("88 WHO member states": an agency that votes names its members, in capitals only: "88 who voted" is none)
    private static final String UNITS = "(?:(?:other|more|member|of the|un|u\\.n\\.|security|general|assembly|human|rights|council|board|remaining|(?-i:WHO|IAEA|UNESCO|ILO|FAO))\\s+)*"
            // ("adopted by 141 voices": a vote, as some translations put it)
            + "(?:votes?|voices|countries|country|nations|nation|states|member states|members|delegations|governments|others|ones)?"
            + "(?:\\s+(?:of|on) the (?:\\d+-(?:member|nation|seat|country|state) )?(?:council|assembly|board|body|chamber))?";
    private static final String SKIP = "\\s*(?:\\([^)]{0,300}\\)\\s*)?(?:out of (?:the |its )?\\d+\\s+)?" + UNITS
            + "\\s*(?:\\([^)]{0,300}\\)\\s*)?(?:,?\\s*(?:including|among them|among which|led by|such as)\\b(?:(?!\\s(?:while|whereas|but)\\s)[^;.]){0,200}?(?:,\\s*|\\s+(?=vot|abstain|support|back|oppos)))?"
            // (the states it includes end at a clause of another side: "four, including A and B, while nine voted against")
            // an aside between dashes: "the other 12 delegations — Brazil among them — abstained"
            + "(?:[—–]\\s*[^—–;.]{1,200}?\\s*[—–]\\s*)?"
            // each (?=[...]) holds the first letters of the words after it: a quick no, as the expression backtracks
            // through every way of reading the words between a number and its side before it gives up
            // (a comma only before one of these words: in "supported by 85 countries, against were 2" the side after
            // the comma is the next one's, told in turn)
            + "(?:(?=[twhao,]),?\\s*(?:that|who|which|had|have|has|were|was|all|also|only)\\s*)*";
    private static final KeyedPattern ROLE_AFTER = KeyedPattern.atWords(Pattern.compile(N + SKIP
            + "(?=[ifyasbvon])(in (?:its |their )?favou?r|for\\b(?=\\s*(?:,|and|the|it|$))|yes\\b|ayes?\\b|nays?\\b|noes\\b|affirmative|supported|backed|approved|vot(?:ed|ing) (?:in (?:its |their )?favou?r|for|yes|in support\\b)|"
            // "12 supporting it, 24 opposing": a side, but "two opposing resolutions" is none
            + "(?:supporting|backing|opposing)(?=\\s*(?:(?:it|the|this|that|them|and)\\b|[,;.)]|$))|"
            // "the text received 191 supports and two votes against", as some translations count
            + "supports(?=\\s*(?:and\\b|[,;.)]|$))|"
            + "against|opposed|voted (?:against|no)|voting (?:against|no)|no\\b|negative|"
            + "abstentions?|abstaining|abstained|abstain\\b|voted to abstain)"
            // "24 votes in favour would be needed": what a text needs is no count
            + "(?!\\s+(?:would|will|are|were|is|was)\\s+(?:be\\s+)?(?:needed|required|necessary)\\b)", Pattern.CASE_INSENSITIVE),
            Numbers.KEYS);
    private static final KeyedPattern SUPPORT_FROM = KeyedPattern.anywhere(Pattern.compile(
            "(?:support(?:ed)? (?:from|by)|backed by|backing (?:from|of)|(?:approved|adopted|endorsed|passed) by|won|drew|drawing|received|receiving|garnered|garnering|gathered|gathering|gained|gaining|got|getting|obtained|obtaining|secured|securing|winning"
                    // "with 120 states", but not "abstained along with 34 other countries": those are its side's
                    + "|(?<!along |together )with)\\s+"
                    // "the support of 120 states", "the votes of 153 countries", "the approval of 123 member states"
                    // ("the support of 20 of the board's 35 members": the part that backed it)
                    + "(?:only |just |the |all |bare |minimum |(?:support|votes|backing|approval) of )*" + N + "\\s+(?:of (?:the |its )?(?:[\\w.]+['’]s )?(?:\\d+\\s+)?)?" + UNITS
                    // ("with five countries voting against": the count of another side)
                    + "(?!\\s*(?:(?:voting|casting|that voted|who voted|which voted)\\s+)?(?:needed|required|necessary|against|abstain|no\\b|opposed|opposing|negative|nay))",
            Pattern.CASE_INSENSITIVE),
            // each verb whole: "gain" is in "against", "secur" in "security"
            "support from", "support by", "supported from", "supported by", "backed by", "backing from", "backing of", "approved by",
            "adopted by", "endorsed by", "passed by", "won", "drew", "drawing", "received", "receiving", "garnered", "garnering",
            "gathered", "gathering", "gained", "gaining", "got", "getting", "obtained", "obtaining", "secured", "securing", "winning", "with");
    /**
     * The nouns that name a text put to a vote: every expression about "the text" builds on them. Singular: a plural
     * ("the drafts the council failed to adopt") is several texts, which each expression allows or not.
     */
    static final String TEXT_NOUN = "(?:resolution|draft|text|measure|proposal|motion|amendment|decision|document)";
    private static final Pattern TEXT_BACKED = Pattern.compile("(?i)\\b" + TEXT_NOUN + ",?\\s+[bs]");
    private static final KeyedPattern TRIPLE = KeyedPattern.anywhere(Pattern.compile("(?<![\\d/.-])(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})(?![\\d/-])"),
            KeyedPattern.DIGITS);
    private static final KeyedPattern PAIR = KeyedPattern.anywhere(Pattern.compile("(?<![\\d/.–-])(\\d{1,3})\\s?[-–]\\s?(\\d{1,3})(?![\\d/–-]|-member)"),
            KeyedPattern.DIGITS);
    private static final KeyedPattern TO = KeyedPattern.atWords(Pattern.compile(N + "\\s+(?:votes?\\s+)?(?:in favou?r\\s+)?(?:to|v\\.?|vs\\.?)\\s+(" + Numbers.NUMBER + "|nothing\\b)(?!\\d|,\\d)(?:\\s+against)?",
            Pattern.CASE_INSENSITIVE),
            Numbers.KEYS);
    private static final Pattern NO_OBJECTIONS = Pattern.compile("(?i)(?:,|\\band|\\bwith)\\s+no objections?\\b");
    private static final Pattern NO_ABSTENTIONS = Pattern.compile("(?i)\\b(?:with|and) (?:no|zero) abstentions\\b");
    // "not a single member state opposed the text", "none objected": opposing it is a vote against
    private static final Pattern NONE_AGAINST = Pattern.compile("\\b(?:no (?:member )?(?:country|countries|member|state|delegation|one|votes?)|none|nobody|no-one|not (?:a single|one) (?:member )?(?:country|member|state|nation|delegation))"
            + " (?:voted |were |was |cast (?:a vote |a ballot )?)?(?:against|no\\b|opposed\\b|objected\\b)",
            Pattern.CASE_INSENSITIVE);
    /** "rejected by 80 to 40", "defeated the motion by 80 votes to 40": the rejecting side is counted first. */
    private static final KeyedPattern REJECTED_BY = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:rejected|defeated|voted down|(?:voted|votes|voting) (?:\\w+day )?to (?:reject|defeat))\\s+(?:(?:it|them)\\s+)?(?:(?:on\\s+)?\\w+day\\s+)?(?:by\\s+\\S|\\d"
            + "|(?:the|a|an|its|their|this|that)\\s+(?:(?!(?:and|then|before|after|but|while|adopted|passed|approved)\\b)[\\w'’-]+\\s+){1,8}?by\\s+\\d)"
            // "the draft fell by 19 votes to 17": a failed text's larger number is against it
            + "|\\b(?:fell|failed|went down|was lost|lost)\\s+(?:\\w+day\\s+)?by\\s+\\d{1,3}\\s+votes?\\s+to\\b"
            // "voted 19-17 against holding a debate": the side against a motion, which won, is counted first
            + "|\\bvoted\\s+\\d{1,3}\\s*(?:-|–|to)\\s*\\d{1,3}\\s+against\\s+(?:\\w+ing\\b|(?:the|a|an)\\s+(?:motion|proposal|bid|request|amendment))"
            // a headline's "Council votes down debate bid, 19-17": the tally after what was voted down
            + "|\\bvot(?:e|es|ed|ing)\\s+down\\b[^.;:]{0,60}?\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b"),
            "rejected", "defeated", "voted down", "voted ", "votes to", "voting to", "votes down", "voting down", "vote down", "fell", "failed",
            "went down", "lost");
    private static final Pattern NOT_A_COUNT = Pattern.compile("\\s*(?:votes? )?(?:needed|required|necessary|threshold)|\\s*(?:-|–)?\\s*(?:year|day|month|week|percent|%|per cent|hours?|minutes?|million|billion|times)",
            Pattern.CASE_INSENSITIVE);
    private static final KeyedPattern VOTE_CONTEXT = KeyedPattern.atWords(Pattern.compile("\\b(?:vot\\w*|adopt\\w*|pass(?:ed|es)?|approv\\w*|reject\\w*|resolution|draft|tally|abstain\\w*|abstention\\w*|ballot|veto\\w*|in favou?r|fail(?:ed|s)|defeated|carried|turn(?:ed|s)? down"
            // verbs of a text's fate the token rules read the outcome of ("cleared the body 120-10", "was thrown out 15-25")
            + "|cleared|rubber-stamp\\w*|thrown out|shot down|went down|goes down|prevailed|collapsed|lost|endorsed|endorses"
            // a text named with its tally is voted on, whatever verb tells its fate ("the text sailed through 150-4-20")
            + "|text|measure|motion|proposal"
            // "the count was 117-38-34"
            + "|count"
            // "the Assembly backed the bid on Friday, 140 to 8": backed by the body itself
            + "|(?<=(?:assembly|council|board) (?:on \\w{3,6}day )?(?:\\w{3,20}ly )?)(?:back(?:ed|s)|said yes to|says yes to|gave (?:the |its )?green light to|green-?lit))\\b",
            Pattern.CASE_INSENSITIVE),
            "vot", "adopt", "pass", "approv", "reject", "resolution", "draft", "tally", "abstain", "abstention", "ballot", "veto", "in favo",
            "fail", "defeated", "carried", "turn", "cleared", "rubber", "thrown", "shot", "went", "goes", "prevailed", "collapsed", "lost", "endorse",
            "text", "measure", "motion", "proposal", "count", "back", "said yes", "says yes", "gave", "green");

    /** The word that numbers a state's veto: "Russia's latest veto", "China's 20th veto". */
    private static final String VETO_NUMBER = "(?:first|second|third|fourth|fifth|sixth|seventh|latest|lone|only|new|\\d+(?:st|nd|rd|th))";
    /**
     * "blocked it with its veto", also where: "blocked the draft at the Security Council with a veto", and other verbs
     * of stopping a text ("killed it with their vetoes").
     */
    private static final String BLOCKED_WITH_VETO = "(?:blocked|killed|sank|scuttled|torpedoed|stopped|struck down|shot down) (?:it |the (?:[\\w.-]+ ){1,3}?)?"
            + "(?:(?:in|at) the (?:UN |U\\.N\\. )?(?:Security )?Council )?(?:with|by|through|using) (?:its|a|their|twin|two|a double) vetoe?s?";
    /** A veto as an institution, no veto cast: "France's veto power", "Russia's veto rights", "the US veto privilege". */
    private static final String VETO_INSTITUTION = "(?:power|powers|right|rights|privilege|privileges|system|reform|holders?|wielders?)";
    /** "'s veto" of a veto cast ("Russia's latest veto"), not of the institution ("Russia's veto power"). */
    private static final String POSSESSIVE_VETO = "['’]s (?:" + VETO_NUMBER + " )?veto(?! " + VETO_INSTITUTION + "\\b)";
    private static final KeyedPattern VETO = KeyedPattern.atWords(Pattern.compile("\\b(?:vetoe?d|vetoe?s(?=\\s+(?:a|an|the|it|this|that|its|any|two|both|\\w+'s|(?:[\\w-]+ ){1,3}(?:draft|resolution|text|measure|bid|proposal))\\b)|vetoing|(?:used|exercised|wielded|invoked) (?:its |their |a |the )?(?:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|latest|new|lone|sole|only|\\d+) )?(?:right of |power of )?veto|cast(?:s|ing)? (?:its |their |a |the |twin |two )?(?:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|latest|new|lone|sole|only|\\d+) )?veto(?:e?s)?|(?<!(?:use|uses|abuse|right|power|threat|reform|abolition|curbing|limiting) of (?:the )?)veto(?:ed)? by|veto (?:cast|used|exercised) by|counts as a veto|amounted to a veto|"
            + BLOCKED_WITH_VETO + "|" + POSSESSIVE_VETO + "|on \\w+" + POSSESSIVE_VETO + ")\\b", Pattern.CASE_INSENSITIVE),
            "veto", "used ", "exercis", "wield", "invok", "cast ", "casts ", "casting ", "counts as", "amounted", "blocked", "killed", "sank", "scuttled",
            "torpedoed", "stopped", "struck down", "shot down", "'s ", "’s ", "on ");
    private static final KeyedPattern ADOPTED = KeyedPattern.atWords(Pattern.compile("\\b(?:adopted|adopting|adopts|passed|passes|approved|approving"
            // ("Resolution 2231, which endorsed the deal": what an earlier text did, not this one's fate)
            + "|(?<!(?:resolution|text|draft|measure)(?: \\d{1,4})?,? (?:which|that) )endorsed"
            // "was carried", "was nonetheless carried"
            + "|(?:was|were) (?:\\w+ly |nonetheless |still |also |then )?carried"
            // "cleared the General Assembly by 118 votes to 6"
            + "|cleared (?:the )?(?:UN |U\\.N\\. )?(?:General Assembly|Assembly|Security Council|Council|Human Rights Council|body|chamber)"
            // "the General Assembly on Friday overwhelmingly backed a Palestinian bid": backed by the body itself
            + "|(?<=(?:Assembly|Council) (?:on \\w{3,6}day )?(?:\\w{3,20}ly )?)(?:back(?:ed|s)|said yes to|says yes to|gave (?:the |its )?green light to|green-?lit)"
            // "the Assembly has voted to adopt a resolution": done, not planned ("will vote to adopt" is no match)
            + "|voted (?:\\w+ly )?to (?:adopt|approve|pass))\\b(?! (?:away|over|on to|through)\\b)",
            Pattern.CASE_INSENSITIVE),
            "adopt", "pass", "approv", "was ", "were ", "endorsed", "cleared", "back", "voted", "said yes", "says yes", "gave", "green");
    // "failed to win nine votes" is an outcome, "censuring Iran for failing to explain" is not
    private static final KeyedPattern REJECTED = KeyedPattern.atWords(Pattern.compile("\\b(?:"
            // "128 countries backed it, 9 countries rejected": a side counted, not the text's fate
            + "(?<!\\b(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w{3,5}teen|\\w{3,6}ty) (?:countries|states|nations|delegations|members) )"
            // "the nations that rejected the draft were A and B": who voted no, not the text's fate
            + "(?<!\\b(?:countries|states|nations|delegations|members) (?:that|which|who) )rejected"
            // ("a draft that rejects and deplores the plan", "a text rejecting the decision": what the text says)
            + "|(?<!(?:resolution|text|draft|measure|document|that|which) )(?:rejecting|rejects)|defeated|"
            // ("where the Council has failed": a body failing, with nothing it failed at, is a judgement, not a vote)
            + "(?:(?<!(?:council|assembly|world|community|body) (?:has |have |had )?)|(?=\\w+\\s+to\\s))"
            + "(?:failed|fails|failing)(?!\\s+to\\s+(?!(?:win|pass|secure|get|garner|obtain|receive|muster|gain|achieve|reach|attract|be|clear|command)\\b))"
            // "after four failed attempts": an adjective of history, not this vote's outcome
            + "(?!\\s+(?:attempts?|bids?|efforts?|drafts?|resolutions?|texts?|votes?|proposals?|tries|initiatives?)\\b)|fell (?:well |far )?short(?! of (?:an? (?!(?:two-thirds|simple|qualified|required|absolute|necessary|majority)\\b)|expectations|hopes|demands|what)\\b)|voted down|did not pass|"
            // "the draft died", not "40,000 people have died"
            // "has not adopted a single resolution on the war": no text, so no vote
            + "was not adopted|not be adopted|has not been adopted|not adopted(?! (?:any|a single)\\b)|(?<=(?:draft|text|resolution|measure|proposal|motion|amendment|decision|it) )(?:died|fell(?! (?:to|from|short|far|well|apart|silent|on deaf)\\b| by (?!\\d{1,3} votes?\\b)))"
            + "|did not receive|did not obtain|short of the)\\b", Pattern.CASE_INSENSITIVE),
            "reject", "defeated", "fail", "fell", "voted down", "did not", "was not", "not be", "not adopted", "has not", "died", "short of");
    // the scope ends at a comma: in "Israel voted no, and Moldova abstained" the "no" says nothing of Moldova
    // (what a text needs or requires is a rule, no stance: "needs nine votes in favour and no veto by A or B")
    private static final KeyedPattern NEGATION = KeyedPattern.atWords(Pattern.compile("\\b(?:not|no|never|neither|nor|none|without|would|could|might|may|will|must|should|can|cannot|has to|have to|needs?|requires?|threaten\\w*|expect|expects|expected|expecting|predicts?|predicted|likely|plans?|if|unless|whether|needed to|(?:declin|refus)\\w* to|to be"
            // a habit is no vote: "has generally abstained", "usually votes against"
            + "|generally|usually|often|typically|traditionally|habitually|routinely|customarily|always"
            // "it didn't win nine yes votes"
            + "|(?:did|does|do|was|were|is|are|has|have|had|could|would)n['’]t)\\b(?:(?! and )[^.;,]){0,25}$",
            Pattern.CASE_INSENSITIVE),
            "no", "never", "neither", "without", "would", "could", "might", "may", "will", "must", "should", "can", "has to", "have to", "need", "requir", "threaten", "expect", "predict", "likely", "plan", "if", "unless", "whether",
            "declin", "refus", "to be", "generally", "usually", "often", "typically", "traditionally", "habitually", "routinely",
            "customarily", "always", "didn'", "didn’", "doesn'", "doesn’", "don'", "don’", "wasn'", "wasn’", "weren'", "weren’", "isn'", "isn’",
            "aren'", "aren’", "hasn'", "hasn’", "haven'", "haven’", "hadn'", "hadn’", "couldn'", "couldn’", "wouldn'", "wouldn’");
    private static final KeyedPattern FUTURE = KeyedPattern.atWords(Pattern.compile("\\b(?:will|is expected to|are expected to|is due to|are due to|is scheduled|are scheduled|plans? to|set to|is to|would"
            // an intention, not a vote yet: "Peru was inclined to vote in favour", "Chile intends to vote against"
            + "|inclined to|intends? to|intended to|intending to|ready to|prepared to|likely to|promised to|pledged to|vowed to)\\s+(?:\\w+\\s+)?(?:vote|be put|put|take up|consider|hold)",
            Pattern.CASE_INSENSITIVE),
            "will", "is expected", "are expected", "is due", "are due", "is scheduled", "are scheduled", "plan", "set to", "is to", "would",
            "inclined", "intend", "ready", "prepared", "likely", "promised", "pledged", "vowed");

    // a body also by its size: "the 15-member council", "the 47-nation body", "the 193-member assembly"
    /** The Security Council, not a state's own ("Iran's Supreme National Security Council"). */
    static final String SECURITY_COUNCIL = "(?<![Nn]ational )Security Council";
    private static final KeyedPattern SC = KeyedPattern.atWords(Pattern.compile("\\b(?:" + SECURITY_COUNCIL + "|UNSC|UN Security Council|U\\.N\\. Security Council|security council"
            + "|(?:15|fifteen)-(?:member|nation|country|state|seat) (?:UN |U\\.N\\. )?(?:[Cc]ouncil|body)"
            // "the UN's most powerful body", "the UN's top security body"
            + "|(?:most powerful|top security|main security|powerful security) (?:body|organ))\\b"),
            "security council", "unsc", "un security", "u.n. security", "15-", "fifteen-", "most powerful", "top security",
            "main security", "powerful security");
    private static final KeyedPattern HRC = KeyedPattern.atWords(Pattern.compile("\\b(?:Human Rights Council|HRC|UNHRC|[Rr]ights [Cc]ouncil|rights body|rights forum"
            // the council that sits in Geneva: the Security Council sits in New York
            + "|Geneva(?:-based)? (?:UN |U\\.N\\. )?(?:[Cc]ouncil|body|forum)|(?<=(?:[Cc]ouncil|body|forum) )in Geneva"
            + "|47-(?:member|nation|country|state|seat) (?:UN |U\\.N\\. )?(?:[Cc]ouncil|body))\\b"),
            "human rights", "hrc", "unhrc", "rights ", "47-", "geneva", "in geneva");
    private static final KeyedPattern GA = KeyedPattern.atWords(Pattern.compile("\\b(?:General Assembly|UNGA|UN Assembly|U\\.N\\. Assembly|the Assembly|the assembly|UN assembly|General assembly|world body"
            + "|193-(?:member|nation|country|state|seat) (?:UN |U\\.N\\. )?(?:[Aa]ssembly|body)"
            // the Assembly's main committees vote as the Assembly ("the First Committee resolution")
            + "|(?:First|Second|Third|Fourth|Fifth|Sixth) Committee)\\b"),
            "general assembly", "unga", "un assembly", "u.n. assembly", "the assembly", "world body", "193-", "first committee",
            "second committee", "third committee", "fourth committee", "fifth committee", "sixth committee");
    private static final Pattern COUNCIL = Pattern.compile("\\b[Cc]ouncil\\b");
    private static final Pattern AMENDMENT = Pattern.compile("\\bamendments?\\b", Pattern.CASE_INSENSITIVE);
    private static final KeyedPattern AMENDMENT_VOTED = KeyedPattern.atWords(Pattern.compile(
            // (past a relative clause on it, whatever marks it holds: "Chile's amendment, which would have named the group on
            // Oct. 7 as its author, received 60 votes")
            "\\bamendments?\\b(?:,\\s*(?:which|that)\\b[^,;]{0,250},)?[^.;]{0,160}\\b(?:received|got|won|drew|secured|garnered|obtained|(?:was|were)\\s+(?:all\\s+|also\\s+|both\\s+|\\w+ly\\s+)?(?:rejected|adopted|approved|supported|backed|opposed|vetoed|defeated|blocked)|failed|fails?|votes?|did not|fell)\\b"
                    // "the Austrian amendment: 70 in favour, 72 against", as live blogs and tables put it
                    + "|\\bamendments?\\b[^.;:]{0,60}:\\s*\\d"
                    + "|\\b(?:voted|votes?|voting) (?:against|for|on|down|in favou?r of) (?:the |these |both |its |two |an |that |this )?(?:\\w+ )?amendments?\\b"
                    + "|\\b(?:rejected|rejecting|adopted|adopting|approved|approving|defeated|defeating|passed|passing|turned down|turning down)"
                    + " (?:the |these |both |its |two |an |a |that |this |all )?(?:[\\w'’-]+ )?amendments?\\b"
                    // a stance on it: "Before the main vote Chile backed an amendment put forward by Peru"
                    + "|\\b(?:backed|backing|supported|supporting|opposed|opposing|endorsed|abstained on|abstaining on)"
                    + " (?:the |these |both |its |two |an |a |that |this |all )?(?:[\\w'’-]+ ){0,2}amendments?\\b",
            Pattern.CASE_INSENSITIVE),
            "amendment", "voted ", "votes ", "vote ", "voting ", "reject", "adopt", "approv", "defeat", "pass", "turn",
            "back", "support", "oppos", "endors", "abstain");
    /** "Russia's proposal to include statements on ... in the text was rejected" is a vote on an amendment. */
    private static final KeyedPattern CHANGE_PROPOSAL = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:proposals?|bid|attempt|push|motion) to (?:include|add|insert|delete|remove|replace|strike|amend|change|reword)\\b"),
            "proposal", "bid", "attempt", "push", "motion");
    private static final Pattern JOINED_THEM = Pattern.compile("\\bjoin(?:ed|s)? (?:them|those (?:states|countries|members))(?: in (?:doing so|that|this))?\\s*[.;!]?\\s*$");
    private static final Pattern THE_OTHERS = Pattern.compile("the others? (?:ones |\\w+ )?(?:are|were|include|included)\\b");
    static final Pattern NOW = Pattern.compile("(?i)\\b(?:this time|this year's|on this occasion)\\b");
    private static final KeyedPattern PAST = KeyedPattern.atWords(Pattern.compile("\\b(?:last year|a year ago|previous year|in (?:19|20)\\d\\d|that year|years? earlier|earlier this (?:month|year)|last (?:month|week)|"
            + "in (?:January|February|March|April|May|June|July|August|September|October|November|December)\\b(?! \\d)|"
            + "the year before|earlier (?:in|this)(?! (?:the )?(?:day|session|meeting|morning|afternoon|evening))|back in|last (?:January|February|March|April|May|June|July|August|September|October|November|December)|"
            + "last \\w+'s|since then|(?:days?|weeks?|months?) (?:after|before|earlier|ago)|years? ago|decades? ago|"
            // history told in order: "In 2012 it passed 111-41. Two years later, the count was 117-38."
            + "(?:a|one|two|three|four|five|\\d+) years? later|the following year|the next year|"
            + "(?:19|20)\\d\\d,? when|(?:that|a) (?:\\w+ )?(?:earlier|previous|similar) (?:text|resolution|vote|draft)|"
            // "the Assembly's 2012 decision", "the 2014 resolution": a vote named by its year
            + "(?<=(?:'s|’s|the|its) )(?:19|20)\\d\\d (?:[\\w-]+ )?(?:decision|resolution|vote|text|draft|ballot)s?)\\b",
            Pattern.CASE_INSENSITIVE),
            // "in " alone would be a key in most sentences
            "last ", "a ", "previous year", "in 19", "in 20", "in january", "in february", "in march", "in april", "in may", "in june",
            "in july", "in august", "in september", "in october", "in november", "in december", "that ", "year", "earlier ",
            "the year before", "back in", "since then", "day", "week", "month", "decade", "19", "20", "one ", "two ", "three ", "four ", "five ",
            "the following", "the next", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /**
     * Spans of the phrases that say how the states near them voted. Each side opens with a lookahead for the first
     * letters of its phrases, so a side that cannot start here is passed without trying its phrases one by one.
     */
    private static final KeyedPattern CUE = KeyedPattern.atWords(Pattern.compile("\\b(?:"
            + "(?<labelled>(?=[nayi])\\b(?:no|against|yes|in favou?r|abstained|abstaining|abstentions?|absent|non-voting)\\s*:)|(?<no>(?=[vonacrsubdiewkt'’])(?:voted against|voting against|vote against|votes against|voted no|voting no|vote no|(?:voted|voting) [\"“'‘]no\\b[\"”'’]?|opposed|opposing|no votes?|(?<=[\"“'‘])no[\"”'’] votes?|negative votes?|(?<=\\b(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten) )contrar(?:y|ies)\\b|against it|against (?:the|a|an|this|that) (?:text|resolution|measure|draft|document|proposal|amendments?|motion)|against\\b(?=['’\"”]?\\s*[,.;)—–-]|['’\"”]?\\s*$|['’\"”]? and |['’\"”]?, while)|vetoe?d(?=\\s+(?:[\\w.]+\\s+){0,5}?by\\b)|cast (?:the |a )?(?:\\w+ )?(?:votes?|ballots?|veto) against|rejected it|stood against|sided against|dissent(?:ed|ing|ers?)\\b|in opposition\\b|cast a no vote|cast (?:a )?[\"“'‘]?no[\"”'’]? votes?|(?<agent>vetoe?d|vetoe?s(?=\\s+(?:a|an|the|it|this|that|its|any|two|both|\\w+'s|(?:[\\w-]+ ){1,3}(?:draft|resolution|text|measure|bid|proposal))\\b)|vetoing|" + POSSESSIVE_VETO + "|cast(?:s|ing)? (?:their |its |a |the |twin )?(?:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|latest|new|lone|sole|only|\\d+) )?vetoe?s?\\b|(?:used|exercised|wielded|invoked) (?:its |their |a |the )?(?:(?:\\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|twentieth|latest|new|lone|sole|only|\\d+) )?(?:right of |power of )?vetoe?s?\\b|(?<!to )(?:uses?|exercises?|wields?|invokes?) (?:its |their |a |the )?(?:right of |power of )?vetoe?s?\\b|" + BLOCKED_WITH_VETO + ""
            // "The United States blocked a draft resolution": the blocker voted no on it
            + "|blocked (?:a|an|the) (?:[\\w-]+ ){0,3}?(?:draft|resolution|text|measure|proposal)\\b)))"
                    + "|(?<absent>(?=[dnwacuslr])(?:sat (?:it |the vote |the ballot )?out\\b|(?:declin|refus)\\w* to (?:take part|participate)\\b|(?:declin|refus)\\w* to vote(?! (?:for|in favou?r|against|yes|no)\\b)|(?:walked out|stormed out)(?: of the (?:hall|chamber|room|session|meeting))? (?:before|during|ahead of) the (?:vote|voting|ballot)|left the (?:hall|chamber|room) (?:before|during|ahead of) the (?:vote|voting|ballot)|walked out of the (?:vote|voting)|stayed away(?: from the (?:vote|ballot)|(?=\\s*(?:[.;,)]|$)))|did not vote(?! (?:against|for|in favou?r|yes|no\\b))|did not cast|did not (?:issue|register|record|give) (?:a |its |their )?(?:vote|ballot)|unable to vote|not cast a ballot|did not take part|not take part|not participate|did not participate|was absent|were absent|absent|could not vote|non-voting|not voting|no vote\\b|were not present))"
                    + "|(?<abstain>(?=[avrs])(?:abstained|abstaining|abstain|abstentions?|abstainers?|abstention|voted to abstain|refrained from voting|(?:remained|stayed) neutral|(?:sat|sit|sits|sitting) on the fence))"
                    + "|(?<yes>(?=[visbyeac])(?:vot(?:ed|ing) in (?:its |their )?favou?r|vot(?:ed|ing) in support\\b|cast a yes vote|(?<=[\"“'‘])yes[\"”'’] votes?|voted for|voting for|vote for|voted yes|voting yes|in favou?r|supported|supporting|backed|backing|yes votes?|voted with the majority|endorsed|affirmative)))",
            Pattern.CASE_INSENSITIVE),
            // each phrase as far as it is plain text, so that "north", "votes in favour" or "backlash" try nothing
            "no:", "no ", "no\"", "no”", "no'", "no’", "no\t", "no\n", "no\r", "no\f", "no\u000b", "non-voting", "not cast", "not take part", "not participate",
            "not voting", "against", "yes", "in favo", "abstain", "abstention", "absent", "voted against", "voting against",
            "vote against", "votes against", "voted no", "voting no", "vote no", "voted \"", "voting \"", "voted “", "voting “", "voted '", "voting '",
            "voted ‘", "voting ‘", "voted in favo", "voting in favo", "voted in support", "voting in support", "voted for",
            "voting for", "vote for", "voted in its favo", "voting in its favo", "voted in their favo", "voting in their favo", "voted yes", "voting yes", "voted with the majority", "voted to abstain", "opposed", "opposing",
            "negative vote", "contrar", "vetoed", "vetod", "vetoes", "vetos", "vetoing", "'s ", "’s ", "cast ", "casts ", "casting ", "rejected it", "stood against",
            "sided against", "dissent", "in opposition", "refrained from voting", "used ", "use ", "uses ", "exercis", "wield", "invok", "blocked ", "killed ", "sank ", "scuttled ", "torpedoed ", "stopped ", "struck down", "shot down", "did not vote", "did not cast", "did not issue", "did not register", "did not record", "did not give", "unable to vote", "did not take part", "did not participate",
            "was absent", "were absent", "were not present", "could not vote", "sat ", "declin", "refus", "sit on the fence", "sits on the fence", "sitting on the fence", "stayed away", "walked out", "left the", "stormed out", "remained neutral", "stayed neutral", "supported", "supporting", "backed", "backing",
            "endorsed", "affirmative");
    /** "drafted by A, B and C": the list of sponsors goes on to the end of its line at most. */
    private static final KeyedPattern SPONSOR_BEFORE = KeyedPattern.anywhere(Pattern.compile(
            "(?:drafted|written|penned|crafted|put forward|tabled|introduced|presented|submitted|proposed|sponsored|co-sponsored|championed|prepared|authored|co-authored|pushed"
                    // "the draft by Malta and Japan": a text by a state is its sponsor's
                    + "|\\b(?:draft|text|resolution|proposal|amendment|motion)s?"
                    // (not "a mission, led by Kenya": what a state leads is no text)
                    // (nor what is "to be led by Kenya": a mission to come)
                    + "|(?<!(?:force|forces|mission|coalition|operation|campaign|group|talks|effort|efforts|intervention|troops|alliance|bloc),? )(?<!\\bto be )led)\\s+by\\s+"
                    // the list of sponsors goes on, but not past a verb, a relative or a count ("drafted by A and B, was
                    // approved by 13 votes, with C and D abstaining": C and D voted)
                    + "(?:(?:(?!\\b(?:was|were|is|are|had|has|have|with|which|who)\\b)[^.;\\n\\d]){0,60}?(?:,|\\band|\\btogether with|\\balong with|\\bas well as)\\s+)?(?:the\\s+)?$|on behalf of\\s+(?:the\\s+)?$",
            Pattern.CASE_INSENSITIVE),
            "drafted", "written", "penned", "crafted", "put forward", "tabled", "introduced", "presented", "submitted", "proposed", "sponsored", "co-sponsored", "led", "championed", "prepared", "authored", "pushed", "on behalf of",
            "draft", "text", "resolution", "proposal", "amendment", "motion");
    private static final Pattern SPONSOR_AFTER = Pattern.compile(
            // (not "a Kenyan-led force": what a state leads is no text)
            // (of a text, not "a Kenyan-led force" or "the Iranian-backed militia": what a state leads or backs is no text)
            "^\\s*-\\s*(?:drafted|backed|sponsored|led|proposed|written|authored|penned|tabled|submitted|introduced|brokered|championed)\\b"
                    + "(?=\\s+(?:[\\w-]+\\s+){0,3}?(?:draft|drafts|resolution|resolutions|text|texts|measure|proposal|motion|amendments?|bid|initiative|plan|document|decision)\\b)"
                    + "|^\\s*['’]s\\s+(?:own\\s+|original\\s+|rival\\s+|alternative\\s+|competing\\s+|draft\\s+)*(?:draft|text|resolution|proposal|version|measure|amendments?|motion|initiative)\\b"
                    + "|^\\s+(?:draft|text|resolution|proposal|amendments?|motion)\\b"
                    // "Peru co-sponsored the text": a sponsor, whose vote the sentence does not give
                    + "|^\\s+(?:(?:also|had|has|have)\\s+)?(?:co-?sponsored|sponsored|drafted|tabled|authored|penned|put forward)\\s+(?:the|a|an|this|that|it)\\b"
                    // "a Chile-Peru draft", "a Chile-Peru drafted text", "the Chile- and Peru-drafted text": the first of two
                    // sponsors joined in one adjective
                    + "|^-(?-i:\\p{Lu}[a-z]+)\\s+(?:(?:drafted|sponsored|authored|backed)\\s+)?(?:draft|text|resolution|proposal|measure|motion)s?\\b"
                    + "|^-\\s+and\\s+(?-i:\\p{Lu}[\\w.]+)-(?:drafted|sponsored|authored|backed|led)\\b"
                    // "a Jordan sponsored resolution": the state's name as the adjective of its text
                    + "|^\\s+(?:co-?sponsored|sponsored|drafted|authored)\\s+(?:draft|resolution|text|motion|amendment)\\b"
,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPONSOR_ASIDE = Pattern.compile(
            "(?i)\\s*,\\s*(?:which|who)\\s+(?:(?:also|had|has|have)\\s+)?(?:co-?sponsored|sponsored|drafted|tabled|authored|penned|put forward)\\s+(?:the|this|it)\\b");
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            // "Israel's capital", "Russia's envoy": a possessive names something of the state's, not its vote,
            // unless what it names is the vote ("Russia's veto", "Peru's abstention") or its voter ("Peru's delegation voted")
            // (also before a quoted word: Russia's "aggression")
            "^\\s*['’]s\\s+[\"“‘']?(?!(?:own\\s+|" + VETO_NUMBER + "\\s+)?(?:votes?|vetoe?s?|abstentions?|ballots?|no|yes|and|or)\\b"
                    + "|(?:\\w+\\s+)?(?:delegation|delegates?|representatives?|ambassador|envoy|mission)\\s+(?:also\\s+)?(?:voted|abstained|cast)\\b)[a-z]"
                    + "|^\\s+(?:war|conflict|crisis|invasion|situation|issue|question|file|policy|talks|peace|deal|ceasefire|file|government|authorities|border|question"
                    // "rejecting U.S. President Trump's recognition": the state's leader, not the state voting
                    + "|president|prime minister|foreign minister|leader|king|premier"
                    // "declaring the US decision void": the state names what the text is about
                    + "|decision|recognition|move|embargo|blockade|sanctions|occupation|aggression|embassy|troops|forces|annexation|nuclear"
                    // "as on the last two Ukraine resolutions", "four eastern Ukraine regions": the state names a topic
                    + "|resolutions?|drafts?|texts?|regions?|provinces?|territor(?:y|ies))\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words after which a state is what was acted on ("condemning Russia", "talks with Iran"), not a voter. */
    private static final String[] OBJECT_STEMS = {"blam", "condemn", "critici", "urg", "accus", "suspend", "sanction",
            "punish", "pressur", "rebuk", "target", "invad", "attack", "halt", "demand", "ask", "remov", "expel", "isolat",
            "regret", "favouring", "favoring", "fight", "defend", "help", "guarantee", "harm", "protect", "toward", "order",
            "requir", "oblig", "compel"};
    /** Verbs of sending a state on or blaming it ("to report Iran to the Council"), but not "reported that Chile ...". */
    private static final Set<String> OBJECT_VERBS = Set.of("report", "refer", "referring", "censure", "censuring");
    private static final Set<String> SIDE_NOUNS = Set.of("abstentions", "abstention", "contrary", "against", "votes");
    /** {@link #TEXT_NOUN}'s words, for the words before a state. */
    private static final Set<String> TEXT_NOUNS = Set.of(TEXT_NOUN.substring("(?:".length(), TEXT_NOUN.length() - 1).split("\\|"));
    private static final Set<String> OBJECT_WORDS = Set.of("against", "of", "in", "on", "into", "to", "from", "without", "leave",
            "leaving", "told", "embargo", "by", "for", "about", "over", "between", "name", "names", "named", "naming");
    /** Every cue contains one of these; a sentence with none of them names no voter. */
    private static final Set<String> AGENT_BY = Set.of("joined", "vetoed", "blocked", "opposed", "rejected", "backed", "supported");
    /** Between a verb and its "by": "supported only by Chad, Laos, Peru and the UAE". */
    private static final Set<String> BY_ADVERBS = Set.of("only", "just", "also", "even", "mainly", "largely");
    private static final Set<String> FORMAL_NAME_HEADS = Set.of("republic", "kingdom", "state", "federation", "commonwealth",
            "principality", "sultanate", "duchy", "federal");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "on", "during");
    private static final Set<String> VOTERS_FROM = Set.of("abstentions", "abstention", "votes", "support", "backing", "opposition");
    // ("voted in favour, breaking with A and B": the states broken with stood elsewhere)
    private static final Set<String> WITH_OBJECT = Set.of("ties", "relations", "war", "negotiations", "talks", "breaking", "broke", "break",
            "ranks", "ways", "split", "splitting");

    private static final Pattern LIST_AFTER_COMMA = Pattern.compile("(?i)\\b(?:against|for|in favou?r|abstain\\w*),\\s*(?:the\\s+)?$");

    /**
     * The end of {@code text.substring(from, to).trim().split("[\\s,;:()\"“”]+")}, by hand (this runs for every
     * state named): all of it, or its tokens from the sixth before the last one that is not "the" or "that", as far
     * back as {@link #isObject} looks.
     */
    static String[] lastWords(String text, int from, int to) {
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        // the tokens' bounds, last first
        int[] bounds = new int[16];
        int tokens = 0;
        boolean leadingEmpty = false;
        int i = to;
        while (i > from && isWordBreak(text.charAt(i - 1))) {
            i--;
        }
        int fromLast = 0;
        while (i > from) {
            int end = i;
            while (i > from && !isWordBreak(text.charAt(i - 1))) {
                i--;
            }
            if (2 * tokens == bounds.length) {
                bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
            }
            bounds[2 * tokens] = i;
            bounds[2 * tokens++ + 1] = end;
            boolean filler = end - i == 3 && text.startsWith("the", i) || end - i == 4 && text.startsWith("that", i);
            if ((fromLast > 0 || !filler) && ++fromLast == 7) {
                break;
            }
            int afterBreak = i;
            while (i > from && isWordBreak(text.charAt(i - 1))) {
                i--;
            }
            // split's leading empty string, before a break that opens the text
            leadingEmpty = i == from && afterBreak > from;
        }
        String[] out = new String[tokens + (leadingEmpty ? 1 : 0)];
        int k = 0;
        if (leadingEmpty) {
            out[k++] = "";
        }
        for (int t = tokens - 1; t >= 0; t--) {
            out[k++] = text.substring(bounds[2 * t], bounds[2 * t + 1]);
        }
        return out;
    }

    private static boolean isWordBreak(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', ';', ':', '(', ')', '"', '“', '”' -> true;
            default -> false;
        };
    }

    /**
     * Whether a state after {@code before} is what was acted on; {@code before} is {@code [from, to)} of the
     * sentence, whose lower-case text is {@code lower}.
     */
    private static boolean isObject(String before, String lower, int from, int to) {
        // "voted against: the United States, Australia, ...": a colon opens the list of voters
        int colon = before.lastIndexOf(':');
        if (colon >= 0 && onlyTheAfter(before, colon + 1, false)) {
            return false;
        }
        // "two against, the United States and Israel": past a comma the word before governs nothing here
        // "... voted against; China, Gabon ... voted in favour": a new clause starts, nothing governs the state
        int end = before.length();
        while (end > 0 && Character.isWhitespace(before.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && before.charAt(end - 1) == ';') {
            return false;
        }
        int comma = before.lastIndexOf(',');
        if (comma >= 0 && onlyTheAfter(before, comma + 1, true) && LIST_AFTER_COMMA.matcher(before).region(Math.max(0, comma - 16), before.length())
                .useTransparentBounds(true).find()) {
            return false;
        }
        String[] w = lastWords(lower, from, to);
        int i = w.length - 1;
        while (i >= 0 && (w[i].equals("the") || w[i].equals("that") || w[i].isEmpty())) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        String last = w[i];
        String prev = i > 0 ? w[i - 1] : "";
        if (last.equals("by")) {
            // "vetoed by Russia", also past a place: "vetoed in the Security Council by Russia"
            for (int j = i - 1; j >= Math.max(0, i - 6); j--) {
                if (AGENT_BY.contains(w[j]) && (j == i - 1 || PLACE_PREPOSITIONS.contains(w[j + 1])
                        || j == i - 2 && BY_ADVERBS.contains(w[i - 1]))) {
                    return false;
                }
            }
            return true;
        }
        // "voting for a text that found Iran in breach": a state after the verb of a clause about the text is its object
        for (int k = Math.max(1, i - 2); k < i; k++) {
            if ((w[k].equals("that") || w[k].equals("which")) && TEXT_NOUNS.contains(w[k - 1]) && !last.equals("and") && !last.equals("or")
                    && lowerCaseWordBefore(before)) {
                return true;
            }
        }
        if (last.equals("of") && FORMAL_NAME_HEADS.contains(prev)) {
            return false; // "the Republic of Chile": a formal name, not something done "of" Chile
        }
        if (last.equals("of") && SIDE_NOUNS.contains(prev)) {
            return false; // "two abstentions, of Peru and Fiji": the side's members
        }
        if (last.equals("from")) {
            return !VOTERS_FROM.contains(prev);
        }
        if (last.equals("with")) {
            return WITH_OBJECT.contains(prev);
        }
        if (last.equals("on") && prev.startsWith("call")) {
            return true;
        }
        if (OBJECT_WORDS.contains(last) || OBJECT_VERBS.contains(last) && !Arrays.asList(w).subList(i, w.length).contains("that")) {
            return true;
        }
        for (String stem : OBJECT_STEMS) {
            // (not an adverb made of the stem: "Regrettably, the US ... voted against")
            if (last.startsWith(stem) && !last.endsWith("ly")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word that ends {@code before} (past spaces and marks) starts in lower case: a verb, not a state's name. */
    private static boolean lowerCaseWordBefore(String before) {
        int i = before.length();
        while (i > 0 && !Character.isLetter(before.charAt(i - 1))) {
            i--;
        }
        while (i > 0 && Character.isLetter(before.charAt(i - 1))) {
            i--;
        }
        return i < before.length() && Character.isLowerCase(before.charAt(i));
    }

    /**
     * Whether {@code text} from {@code i} is only {@code \s*(?:the\s+)?} ("the" in any case, with {@code anyCase}):
     * what may follow the colon or comma that opens a list (the expression for it tries every place before too).
     */
    private static boolean onlyTheAfter(String text, int i, boolean anyCase) {
        int n = text.length();
        i = skipSpaces(text, i, n, false);
        if (i == n) {
            return true;
        }
        return text.regionMatches(anyCase, i, "the", 0, 3) && i + 3 < n && Sentences.isSpace(text.charAt(i + 3))
                && skipSpaces(text, i + 3, n, false) == n;
    }

    final Sentence sentence;
    /** The sentence made ready for the keyed patterns, shared with the article's reading of it. */
    final KeyedPattern.Text text;
    Integer yes;
    Integer no;
    Integer abstain;
    String outcome;
    int outcomeAt = -1;
    String body;
    boolean council;
    boolean amendment;
    boolean past;
    boolean future;
    boolean voteContext;
    /** Whether the clause goes on counting texts with its verb left out ("the second 120-40"). */
    boolean ordinal;
    final Map<String, String> positions = new LinkedHashMap<>();
    /** Stances on a policy rather than on the text ("voted against the lifting of the embargo"), and that policy. */
    final Map<String, String> policyPositions = new LinkedHashMap<>();
    String policyNoun;
    final Set<String> sponsors = new LinkedHashSet<>();
    final List<StateMention> voters = new ArrayList<>();
    boolean amongThem;
    /** "So did Iran.": the states named voted as the last one of the sentence before. */
    boolean likewise;

    private SentenceFacts(Sentence sentence) {
        this.sentence = sentence;
        this.text = new KeyedPattern.Text(sentence.text());
    }

    /** Every member in favour: in an elected body the counts follow from its size. */
    boolean unanimous;
    /** "adopted without a vote", "by consensus": no recorded vote, so never one with counts. */
    boolean withoutVote;

    /**
     * A count a token rule read: kept where the sentence's own reading has none for that side, or in its place where
     * the rule says it {@code replaces} that reading.
     */
    void countFromRule(Stance side, int n, boolean replaces) {
        switch (side) {
            case YES -> yes = yes != null && !replaces ? yes : n;
            case NO -> no = no != null && !replaces ? no : n;
            case ABSTAIN -> abstain = abstain != null && !replaces ? abstain : n;
            case ABSENT -> { } // absentees are named, not counted, in the events
        }
    }

    /**
     * An outcome a token rule read at {@code at} in the sentence. It replaces the sentence's own reading, which takes
     * the first outcome word anywhere ("voted to adopt a resolution rejecting the plan" is no rejection), but a veto.
     */
    void outcomeFromRule(Outcome found, int at) {
        if (!"vetoed".equals(outcome)) {
            outcome = found.label();
            outcomeAt = Math.max(0, at);
        }
    }

    public boolean hasCounts() {
        return yes != null || no != null || abstain != null;
    }

    public boolean hasVoteFacts() {
        return hasCounts() || outcome != null || !positions.isEmpty() || !policyPositions.isEmpty();
    }

    static SentenceFacts read(Sentence s, States states) {
        return read(s, states, null, false);
    }

    static SentenceFacts read(Sentence s, States states, List<StateMention> mentions) {
        return read(s, states, mentions, false);
    }

    /**
     * A headline's facts. A headline drops its vote words ("UN backs truce call 153-10", "Council extends mission
     * 13-0-2"): one that names a body, or whose subject is the UN adopting something, reads its bare tallies as a
     * vote's ("UN side beat the missions 3-1" is none).
     */
    static SentenceFacts readHeadline(Sentence s, States states) {
        return read(s, states, null, true);
    }

    /**
     * @param mentions the states the sentence names, found already (offsets in the sentence), or null to find them
     * @param headline whether the text is a headline ({@link #readHeadline})
     */
    private static SentenceFacts read(Sentence s, States states, List<StateMention> mentions, boolean headline) {
        SentenceFacts f = new SentenceFacts(s);
        String t = s.text();
        // cheap keyword checks first: most sentences of an article say nothing about a vote
        List<StateMention> named = mentions != null ? mentions : states.find(t, 0, t.length());
        // "The US, which has vetoed three council drafts, voted against": an aside about a state tells of its other
        // votes, so this vote's facts are read without it (its positions blank every relative clause anyway)
        KeyedPattern.Text text = RELATIVE_WORDS.in(f.text) ? withoutStateAsides(f.text, named) : f.text;
        String lower = text.lower;
        // "the second 120-40": a clause that goes on counting the texts of a sentence about votes (ArticleReader#clausesApart)
        f.ordinal = t.length() < 200 && ORDINAL_CLAUSE.matcher(t).lookingAt();
        f.voteContext = VOTE_CONTEXT.foundIn(text) || f.ordinal || YEAR_TALLY.matcher(t).lookingAt();
        f.future = FUTURE_WORDS.in(text) && FUTURE.foundIn(text);
        f.past = PAST_WORDS.in(text) && pastMarker(text) && !NOW.matcher(t).find();
        f.body = firstBody(text);
        f.council = f.body == null && lower.contains("council") && !referredTo(text) && !councilOnlySetUp(t) && councilNamedAsABody(t, lower);
        f.amendment = lower.contains("amendment") && AMENDMENT_VOTED.foundIn(text)
                || lower.contains(" to ") && CHANGE_PROPOSAL.foundIn(text);
        // "Thirty states abstained. They included A and B": the states of the side the sentence before counted
        f.amongThem = (lower.contains("among th") || lower.contains("one of th")) && AMONG_THEM.matcher(lower).find()
                || lower.startsWith("th") && THEY_INCLUDED.matcher(lower).lookingAt();
        // "So did Iran.", "India was among the nine that stayed away. The others were A, B and C."
        // ("A, B and C joined them.": on the side of the states just named)
        f.likewise = lower.startsWith("so did ") || lower.startsWith("the other") && THE_OTHERS.matcher(lower).lookingAt()
                || lower.contains(" join") && JOINED_THEM.matcher(lower).find();
        if (NUMBER_WORDS.in(text)) {
            f.readCounts(text, f.voteContext || headline && (f.body != null || f.council || HEADLINE_ADOPTS.matcher(t).find()));
        }
        if (f.voteContext) {
            f.readOutcome(text);
            f.withoutVote = "adopted".equals(f.outcome) && !f.hasCounts() && withoutAVote(text);
        }
        // "the council voted unanimously to extend the mission": every member in favour (what that decided is the
        // article's to say: "unanimously" alone is no outcome word)
        f.unanimous = lower.contains("unanim") && UNANIMOUS.matcher(t).find() && !f.future
                && !NEGATION.foundIn(text, 0, lower.indexOf("unanim"));
        f.readPositions(f.text, named);
        // only the Security Council has vetoes: "the Assembly met after Russia vetoed a draft in the Security Council"
        if ("vetoed".equals(f.outcome) && f.body != null && !"SC".equals(f.body) && t.contains("Security Council")) {
            f.body = "SC";
        }
        // "UN backs truce call", "Council extends mission": a body as the subject of a verb of adopting
        if (headline && f.outcome == null && !f.future && HEADLINE_ADOPTS.matcher(t).find()) {
            f.outcome = "adopted";
        }
        return f;
    }

    /** The text with each relative clause that follows a state's name blanked (offsets kept), or the text itself. */
    private static KeyedPattern.Text withoutStateAsides(KeyedPattern.Text text, List<StateMention> mentions) {
        String t = text.text;
        char[] out = null;
        int mi = 0;
        for (Matcher m = RELATIVE.find(t, 0, t.length()); m != null; m = RELATIVE.find(t, m.end(), t.length())) {
            while (mi < mentions.size() && mentions.get(mi).end() < m.start()) {
                mi++;
            }
            StateMention before = mi > 0 && t.substring(mentions.get(mi - 1).end(), m.start()).isBlank() ? mentions.get(mi - 1)
                    : mi < mentions.size() && mentions.get(mi).end() == m.start() ? mentions.get(mi) : null;
            // (not after a sponsor: in "a text proposed by Laos, which received the support of three countries" the
            // clause is the text's)
            if (before != null && !(t.regionMatches(true, before.start() - 3, "by ", 0, 3)
                    && SPONSOR_BEFORE.foundIn(text, Math.max(0, before.start() - 100), before.start()))) {
                out = out == null ? t.toCharArray() : out;
                java.util.Arrays.fill(out, m.start(), m.end() - 1, ' ');
            }
        }
        return out == null ? text : new KeyedPattern.Text(new String(out));
    }

    /**
     * What follows a state that is the object of a cue: the clause ends or a time or place follows ("against Russia at
     * the UN"), not a text's noun ("against the US draft") nor more states ("voted against the US, Israel and Peru", an
     * inverted list); the words are the tokenizer's, which drops the cue itself there.
     */
    private static final Pattern AFTER_AN_OBJECT_STATE = Pattern.compile("\\s*(?:$|[.;!?)\"”]|(?:"
            + String.join("|", Tokenizer.AFTER_AN_OBJECT_STATE) + ")\\b)");

    /** Whether the state is one of two joined by a hyphen ("Russia-Ukraine", "US-China"), not "a Chile-drafted text". */
    private static boolean hyphenPair(String t, List<StateMention> mentions, int mi) {
        StateMention sm = mentions.get(mi);
        return sm.end() < t.length() && t.charAt(sm.end()) == '-' && mi + 1 < mentions.size() && mentions.get(mi + 1).start() == sm.end() + 1
                || sm.start() > 0 && t.charAt(sm.start() - 1) == '-' && mi > 0 && mentions.get(mi - 1).end() == sm.start() - 1;
    }

    /** Whether a state that is the object of a cue comes right after {@code at}, past a "the". */
    private static boolean stateRightAfter(String t, int at, List<StateMention> mentions) {
        int i = at;
        while (i < t.length() && t.charAt(i) == ' ') {
            i++;
        }
        if (t.startsWith("the ", i)) {
            i += 4;
        }
        for (StateMention sm : mentions) {
            if (sm.start() == i) {
                return AFTER_AN_OBJECT_STATE.matcher(t).region(sm.end(), t.length()).lookingAt();
            }
        }
        return false;
    }

    /** Forgets the sentence's stances, counts and outcome (its body and time stay: they set the context). */
    void unsay() {
        positions.clear();
        yes = null;
        no = null;
        abstain = null;
        outcome = null;
    }

    /** Whether the sentence would still date its vote in the past with the characters [from, to) left out. */
    static boolean pastWithout(String sentence, int from, int to) {
        KeyedPattern.Text text = new KeyedPattern.Text(sentence.substring(0, from) + " ".repeat(to - from) + sentence.substring(to));
        return PAST_WORDS.in(text) && pastMarker(text);
    }

    /**
     * Whether the sentence dates its vote in the past. A marker inside a "since ..." phrase dates the start of a
     * span that runs until now ("the weakest showing since the invasion began in February"), and one inside a
     * "whether ..." phrase the question the text puts, not the vote.
     */
    private static boolean pastMarker(KeyedPattern.Text text) {
        String t = text.text;
        for (KeyedPattern.Scan scan = PAST.scan(text); scan.find(); ) {
            Matcher m = scan.match();
            int clause = Math.max(t.lastIndexOf(',', m.start()), t.lastIndexOf(';', m.start()));
            String lead = t.substring(clause + 1, m.start()).toLowerCase(Locale.ROOT);
            // "since the war began in 2022" dates a span up to now; "whether its declaration last year was lawful" the
            // question put, not the vote
            // (nor does a time in a relative clause that runs to the sentence's end: ", which was convened in March")
            // (but "since 2022, when A vetoed a text" tells of that year's vote)
            // (nor the start of a span told in a clause of its own: "ending a standoff which started in March")
            // (nor a time of what today's vote is compared with: "a rise from the 118 that voted yes in May",
            // "far wider than 2014's")
            if (lead.contains("since ") && !m.group().endsWith("when") || lead.contains("whether ") || insideRelative(t, m.start())
                    || lead.startsWith(" which ") || lead.startsWith(" who ") || SPAN_BEGAN.matcher(lead).find()
                    || COMPARED_WITH.matcher(lead).find()) {
                continue;
            }
            // "weeks after X": X is the earlier event; the sentence's vote is past only if it is X
            String rest = t.substring(m.start());
            if (!RELATIVE_TO_AN_EVENT.matcher(rest).lookingAt() || VOTE_CONTEXT.foundIn(text, m.start(), t.length())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern COMPARED_WITH = Pattern.compile("\\b(?:than (?:the|(?:19|20)\\d\\d)|(?:increase|rise|drop|fall) from the|(?:up|down) from|compared (?:with|to))\\b");

    /** "a campaign that began with students in 2019": when something that goes on started, not a vote. */
    private static final Pattern SPAN_BEGAN = Pattern.compile("\\b(?:that|which|who)\\s+(?:first\\s+|only\\s+)?(?:began|started|erupted|broke out|emerged)\\b");

    /** "weeks after the rights office said ...": the time of what follows, told from the sentence's main event. */
    private static final Pattern RELATIVE_TO_AN_EVENT = Pattern.compile(
            "(?:days?|weeks?|months?) (?:after|before)\\s+(?:the|a|an|its|his|her|their|\\p{Lu})");

    /** A list's line of a year and its tally: "- 2016: 125 - 37 - 22", "2019 – 187-3-2". */
    private static final Pattern YEAR_TALLY = Pattern.compile("\\s*(?:[-•*·]\\s*)?(?:[A-Z][a-z]{2,8}\\.? )?(?:19|20)\\d\\d\\s*[:—–-]\\s*\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b");
    private static final Pattern ORDINAL_CLAUSE = Pattern.compile("(?:and )?the (?:second|third|fourth|fifth|last|other|latter) (?:one |text |draft |resolution )?\\d{1,3}\\s?[-–]\\s?\\d{1,3}\\b");
    // the verb in any case: headlines are often in title case ("Council Establishes Commission")
    private static final Pattern HEADLINE_ADOPTS = Pattern.compile("\\b(?:UN|U\\.N\\.|[Aa]ssembly|[Cc]ouncil|body|members)\\s+(?i:overwhelmingly\\s+|narrowly\\s+)?"
            + "(?i:backs|endorses|supports|extends|renews|approves|adopts|passes|demands|condemns|calls for|urges|votes for"
            // what a text does, in a headline's present tense: "Council Establishes Commission", "UN Sets Up Inquiry"
            + "|establishes|creates|sets up|launches|authori[sz]es|imposes|suspends|mandates)\\b");
    private static final Keywords FUTURE_WORDS = Keywords.of("will", "expected", "due", "scheduled", "plan", "set to", "is to", "would",
            "inclined", "intend", "ready", "prepared", "likely", "promised", "pledged", "vowed");
    private static final Pattern UNANIMOUS = Pattern.compile("(?i)\\b(?:(?:voted|voting|adopted|approved|passed|backed|endorsed|"
            + "renewed|extended|agreed)\\s+(?:\\w+\\s+){0,2}?unanimously|unanimously\\s+(?:voted|adopted|approved|passed|backed|"
            + "endorsed|renewed|extended|agreed)|(?:in\\s+a|by\\s+a|with\\s+a)\\s+unanimous\\s+(?:vote|decision))\\b");
    private static final Keywords PAST_WORDS = Keywords.of("year", "ago", "earlier", "previous", "last", "before", "back in", "in 19", "in 20",
            "since", "when", "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "week", "month", "day", "'s 19", "'s 20", "’s 19", "’s 20", "the 19", "the 20", "its 19", "its 20");
    private static final Pattern AMONG_THEM = Pattern.compile("\\b(?:among|(?:was|is|were|are) one of) (?:them|those|the latter)\\b");
    private static final Pattern THEY_INCLUDED = Pattern.compile("(?:they|these|those) (?:included|include|includes|were|are)\\b");

    /**
     * Counting patterns are costly and most sentences have no number: substrings of every number word Numbers reads
     * ("seventeen" holds "seven", "none" holds "one"; "thirt" and "fift" begin their teens).
     */
    private static final Keywords NUMBER_WORDS = Keywords.of(KeyedPattern.digitsAnd("one", "two", "three", "four", "five",
            "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirt", "forty", "fift", "zero",
            "hundred", "single", "no countr", "no member", "no state", "no delegation", "no vote", "nobody", "no-one"));
    /** The digits \\d matches (ASCII only, as the patterns are not compiled for Unicode classes). */
    static final Keywords DIGITS = Keywords.of(KeyedPattern.DIGITS);

    /** The body named first: "The General Assembly ... urged the Security Council" is a General Assembly vote. */
    private static String firstBody(KeyedPattern.Text text) {
        String t = text.text;
        if (t.indexOf("ouncil") < 0 && t.indexOf("ssembly") < 0 && t.indexOf("UN") < 0 && t.indexOf("HRC") < 0
                && t.indexOf(" body") < 0 && t.indexOf(" Committee") < 0) {
            return null;
        }
        String body = null;
        int at = Integer.MAX_VALUE;
        for (var candidate : MAIN_BODIES) {
            KeyedPattern.Scan scan = candidate.getValue().scan(text);
            while (scan.find() && scan.match().start() < at) {
                // "the IAEA board voted to refer Syria to the Security Council": a body a matter is sent to did not vote
                // nor does one named as what set up the occasion ("a rare special sitting, convened by the Security Council")
                // nor one a state is suspended from or elected to ("suspending Russia's membership of the rights council")
                if (!sentTo(t, scan.match().start())
                        && !SET_UP_BY.matcher(t).region(Math.max(0, scan.match().start() - 60), scan.match().start()).find()
                        && !SEAT_IN.matcher(t).region(Math.max(0, scan.match().start() - 50), scan.match().start()).find()
                        && !permanentMembersOf(t, scan.match().start())) {
                    at = scan.match().start();
                    body = candidate.getKey();
                    break;
                }
            }
        }
        return body;
    }

    /**
     * "A and B, permanent members of the Security Council, voted no": the Council names a group of states, which
     * vote in other bodies too, not the body that voted.
     */
    private static final Pattern PERMANENT_MEMBERS_OF = Pattern.compile("(?i)\\b(?:non-)?permanent members? of (?:the )?(?:UN |U\\.N\\. )?$");

    /** Whether the council named at {@code at} is named as whose permanent members a group of states are. */
    private static boolean permanentMembersOf(String t, int at) {
        return PERMANENT_MEMBERS_OF.matcher(t).region(Math.max(0, at - 40), at).find();
    }

    /** Whether a council the text names is more than the one whose permanent members a group of states are. */
    private static boolean councilNamedAsABody(String t, String lower) {
        for (int at = lower.indexOf("council"); at >= 0; at = lower.indexOf("council", at + 1)) {
            int start = lower.startsWith("security ", Math.max(0, at - 9)) ? at - 9 : at;
            // (nor one in a relative clause on states: "A and B, which sit on the Council, voted yes")
            if (!permanentMembersOf(t, start) && !insideRelativeOnStates(t, start)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence names a main body only as where a matter is sent ("to refer Syria to the Security Council"). */
    static boolean referredTo(KeyedPattern.Text text) {
        return text.lower.contains(" to ") && REFERRED_TO_BODY.matcher(text.text).find();
    }

    /** Whether every place the text names {@code body} is where a matter is sent ("to refer Syria to the Security Council"). */
    static boolean onlyReferredTo(String text, String body) {
        for (int at = text.indexOf(body); at >= 0; at = text.indexOf(body, at + 1)) {
            if (!sentTo(text, at)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb that sends a matter on ends right before {@code at}: what is named there is where it goes. */
    private static boolean sentTo(String text, int at) {
        return REFERRED_TO.matcher(text).region(Math.max(0, at - 80), at).find();
    }

    /** A verb that sends a matter on, then "to (the UN)": what follows is where it goes, not who voted. */
    // ("it heads to the Security Council next": where a text goes next)
    private static final String SENT_TO = "(?i)\\b(?:(?:report|refer|sen[dt]|forward|took|tak(?:e|es|en|ing)|br(?:ing|ings|ought)|escalat)\\w*|goes|went|heads|headed)\\b"
            + "[^.;]{0,60}\\bto (?:the )?(?:UN |U\\.N\\. |United Nations )?(?:(?:15|fifteen|47|193)-(?:member|nation) )?";
    private static final Pattern REFERRED_TO_BODY = Pattern.compile(SENT_TO + "(?:Security Council|General Assembly|Human Rights Council)\\b");
    private static final Pattern REFERRED_TO = Pattern.compile(SENT_TO + "$");
    /** A verb of setting something up, then "by (the UN)": what follows made the session or the mission, not this vote. */
    private static final Pattern SET_UP_BY = Pattern.compile("(?i)\\b(?:called|convened|requested|summoned|set up|established|created|mandated|imposed)"
            + "\\s+(?:[\\w'’-]+\\s+){0,2}?by (?:the )?(?:UN |U\\.N\\. |United Nations )?(?:\\p{Lu}[\\w-]* ){0,2}$");

    /** A seat in a body, or a state's suspension from it or election to it: what follows is no body voting. */
    private static final Pattern SEAT_IN = Pattern.compile("(?i)\\b(?:membership|seats?|suspen\\w*|expel\\w*|expulsion|remov\\w*|elect\\w*|reinstat\\w*)"
            + "\\b[^.;,]{0,30}?\\b(?:of|from|on|to|in) (?:the )?(?:UN |U\\.N\\. |United Nations )?$");

    /** Whether every "council" of the sentence is named as what set up the occasion ({@link #SET_UP_BY}). */
    private static boolean councilOnlySetUp(String t) {
        Matcher m = COUNCIL.matcher(t);
        boolean any = false;
        while (m.find()) {
            if (!SET_UP_BY.matcher(t).region(Math.max(0, m.start() - 80), m.start()).find()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final List<Map.Entry<String, KeyedPattern>> MAIN_BODIES = List.of(Map.entry("SC", SC), Map.entry("HRC", HRC),
            Map.entry("GA", GA));

    /** The one main body the sentences name, or null where they name none or several. */
    static String onlyBody(List<KeyedPattern.Text> sentences) {
        String body = null;
        for (var candidate : MAIN_BODIES) {
            if (sentences.stream().anyMatch(t -> candidate.getValue().foundIn(t) && !referredTo(t))) {
                if (body != null) {
                    return null;
                }
                body = candidate.getKey();
            }
        }
        return body;
    }

    /** How many sides the sentence counts. */
    int sidesCounted() {
        return (yes != null ? 1 : 0) + (no != null ? 1 : 0) + (abstain != null ? 1 : 0);
    }

    private void set(String role, int value) {
        switch (role) {
            case "yes" -> yes = yes == null ? value : yes;
            case "no" -> no = no == null ? value : no;
            default -> abstain = abstain == null ? value : abstain;
        }
    }

    private static String role(String cue) {
        String c = cue.toLowerCase(Locale.ROOT);
        if (c.startsWith("abstain") || c.startsWith("abstention") || c.equals("voted to abstain")) {
            return "abstain";
        }
        if (c.contains("against") || c.startsWith("oppos") || c.equals("no") || c.contains("negative") || c.endsWith(" no")
                || c.startsWith("nay") || c.equals("noes")) {
            return "no";
        }
        return "yes";
    }

    /** Every role word ROLE_AFTER ends in contains one of these. */
    private static final Keywords ROLE_WORDS = Keywords.of("favo", "for", "yes", "aye", "nay", "affirmative", "support", "backed",
            "approved", "against", "oppos", "no", "negative", "abstain", "abstention");

    /** Bare number patterns ("141-5-35", "13 to 1") need a vote in the sentence; "N countries opposed" says it itself. */
    private void readCounts(KeyedPattern.Text text, boolean voteContext) {
        String t = text.text;
        String lower = text.lower;
        // "141-5-35" and "13-2" hold a dash: without one the digits need not be tried
        boolean dash = t.indexOf('-') >= 0 || t.indexOf('–') >= 0;
        // first: "with no one against" holds "one against", which is no count of one
        if (lower.contains("no") && NONE_AGAINST.matcher(t).find()) {
            set("no", 0);
        }
        if (lower.contains(" abstentions") && NO_ABSTENTIONS.matcher(t).find()) {
            set("abstain", 0);
        }
        KeyedPattern.Scan scan = TRIPLE.scan(text);
        if (voteContext && dash && scan.find()) {
            Matcher m = scan.match();
            set("yes", Integer.parseInt(m.group(1)));
            set("no", Integer.parseInt(m.group(2)));
            set("abstain", Integer.parseInt(m.group(3)));
        }
        boolean rejectedBy = REJECTED_BY.foundIn(text);
        scan = TO.scan(text);
        while (voteContext && (lower.contains(" to ") || lower.contains(" v")) && scan.find()) {
            Matcher m = scan.match();
            OptionalInt a = Numbers.parse(m.group(1));
            // "passed 180 to nothing": none against
            OptionalInt b = m.group(2).equalsIgnoreCase("nothing") ? OptionalInt.of(0) : Numbers.parse(m.group(2));
            if (a.isPresent() && b.isPresent() && !notACount(t, m.end())) {
                // "rejected by 19 votes to 17": a failed text has the larger number against it, unless the
                // sides are named ("defeated by 10 in favour to 1 against")
                boolean swap = rejectedBy && a.getAsInt() > b.getAsInt() && !m.group().toLowerCase(Locale.ROOT).contains("favo");
                set(swap ? "no" : "yes", a.getAsInt());
                set(swap ? "yes" : "no", b.getAsInt());
            }
        }
        if (yes == null && voteContext && dash) {
            scan = PAIR.scan(text);
            if (scan.find() && !notACount(t, scan.match().end())) {
                Matcher m = scan.match();
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                // "the motion was rejected 19-17": the winning side first
                boolean swap = rejectedBy && a > b;
                set(swap ? "no" : "yes", a);
                set(swap ? "yes" : "no", b);
            }
        }
        scan = ROLE_AFTER.scan(text);
        while (ROLE_WORDS.in(text) && scan.find()) {
            Matcher m = scan.match();
            OptionalInt v = Numbers.parse(m.group(1));
            // "supported by 12 members, opposed by A": the side after the comma is another's, named after its "by"
            if (v.isPresent() && !isWordA(m.group(1), t, m.start(1)) && !hypothetical(text, m.start()) && !namedAndOthers(t, m)
                    && !agentFollows(t, m.end(2))) {
                // "Ten of the council's 15 members voted in favour": 15 is the council, ten the count; but in "four of
                // the eleven no votes" the eleven are the side's votes, four a part of them
                boolean sideVotes = m.end(1) + 1 == m.start(2) && VOTES_NEXT.matcher(t).region(m.end(2), t.length()).lookingAt();
                KeyedPattern.Scan part = PART_OF.scan(text, Math.max(0, m.start(1) - 40), m.start(1));
                // ("every one of the 15 members voted in favour" is all fifteen)
                boolean ofPart = !sideVotes && part.find() && !everyOne(t, part.match().start(1));
                OptionalInt count = ofPart ? Numbers.parse(part.match().group(1)) : v;
                // ("perhaps with around 20 of its 35 members in favour": the part is what is guessed)
                if (count.isPresent() && !(ofPart && hypothetical(text, part.match().start(1)))) {
                    set(role(m.group(2)), count.getAsInt());
                }
            }
        }
        scan = SUPPORT_FROM.scan(text);
        while (scan.find()) {
            Matcher m = scan.match();
            OptionalInt v = Numbers.parse(m.group(1));
            String after = t.substring(m.end());
            // ("needs the backing of nine members": what a text needs, no count)
            if (v.isPresent() && !isWordA(m.group(1), t, m.start(1)) && !candidateTally(t, m.start()) && !SIDE_NEXT.matcher(after).lookingAt()
                    && !NEEDS_BEFORE.matcher(t).region(Math.max(0, m.start() - 30), m.start()).find()
                    && !notACount(t, m.end()) && COUNTED.matcher(m.group().toLowerCase(Locale.ROOT)).find()
                    // "will vote on a text backed by 50 countries": before the vote, its backers are its sponsors
                    && !(future && TEXT_BACKED.matcher(t).region(Math.max(0, m.start() - 12), m.start() + 1).find())) {
                set("yes", v.getAsInt());
            }
        }
        // "98 yes, no objections, 7 abstentions": none against, where the other sides are counted
        if (no == null && (yes != null || abstain != null) && lower.contains("no objection") && NO_OBJECTIONS.matcher(t).find()) {
            set("no", 0);
        }
    }

    private static final Pattern NEEDS_BEFORE = Pattern.compile("(?i)\\b(?:needs?|needed|requires?|required)\\s+(?:the\\s+|at\\s+least\\s+)?$");

    // ("Thirteen of the Security Council's 15 members": the body's name may take a few words)
    private static final KeyedPattern PART_OF = KeyedPattern.atWords(Pattern.compile("(?i)" + N + "\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:(?:[\\w.]+\\s+){0,3}\\w+['’]s\\s+)?$"),
            Numbers.KEYS);
    private static final Pattern VOTES_NEXT = Pattern.compile("\\s+votes?\\b");

    private static boolean everyOne(String t, int at) {
        return t.regionMatches(true, at, "one", 0, 3)
                && (at >= 6 && t.regionMatches(true, at - 6, "every ", 0, 6) || at >= 5 && t.regionMatches(true, at - 5, "each ", 0, 5));
    }
    private static final Pattern SIDE_NEXT = Pattern.compile("(?i)\\s*(?:in favou?r|against|abstentions?|abstain)");
    private static final Pattern COUNTED = Pattern.compile("\\b(?:votes?|countries|nations|states|members|support)\\b");
    private static final KeyedPattern HYPOTHETICAL = KeyedPattern.atWords(Pattern.compile(
            // an approximation right before the number ("about 120"); the same words are prepositions further off ("a
            // text about the dam: 150 in favour", "over the weekend")
            "\\b(?:about|around|over|some)\\s+$"
            + "|\\b(?:hop\\w*|need\\w*|expect\\w*|would|could|might|target\\w*|aim\\w*|requir\\w*|at least|minimum of|more than|nearly|almost"
            // "officials counted on 100 votes", "diplomats predicted 120"
            + "|count\\w* on|bank\\w* on|predict\\w*|forecast\\w*|estimat\\w*|anticipat\\w*|sought|seeking|courted|courting"
            // "likely to pass, perhaps with 20 in favour"
            + "|perhaps|possibly|probably|likely"
            // "since it did not get nine yes votes": the votes it lacked
            + "|did(?:n't|n’t| not) (?:get|win|gain|obtain|secure|reach|muster|garner|attract)"
            // "to pass, not less than nine votes are necessary"
            + "|necessary|not less than|no fewer than|no less than"
            // "Had three of those abstaining said yes, it would have passed": a vote that did not happen
            + "|(?<![\\s\\S])had)\\b"
            // "failed to get the majority needed, with 88 in favour": the tally after ", with" is what it got
            + "(?:(?!,\\s*with\\b)[^.;]){0,25}$",
            Pattern.CASE_INSENSITIVE),
            "hop", "need", "expect", "would", "could", "might", "target", "aim", "requir", "at least", "minimum of", "more than",
            "over", "nearly", "almost", "about", "around", "some", "count", "bank", "predict", "forecast", "estimat", "anticipat",
            "sought", "seeking", "court", "didn'", "didn’", "did not", "necessary", "not less", "no fewer", "no less", "had",
            "perhaps", "possibly", "probably", "likely");

    /**
     * "Pakistan received 169 votes": a state that opens its clause and wins votes is a candidate in an election, and
     * the tally is its own, not a text's ("a resolution criticizing Russia secured 93 votes" is a text's).
     */
    private static boolean candidateTally(String t, int verb) {
        String before = t.substring(0, verb).stripTrailing();
        List<StateMention> named = States.get().find(before, Math.max(0, before.length() - 40), before.length());
        if (named.isEmpty() || named.get(named.size() - 1).end() != before.length()) {
            return false;
        }
        // back over a list of states to what opens it ("the draft by Malta and Japan won 12 votes" is a text's tally)
        String lead = before.substring(0, named.get(firstOfList(before, named, named.size() - 1)).start()).stripTrailing();
        return lead.isEmpty() || lead.endsWith(",") || lead.endsWith(";") || lead.endsWith(" and") || lead.endsWith(" while");
    }

    /** What follows a number says it is no count: "votes needed", "-year", "million". */
    private static boolean notACount(String t, int at) {
        return NOT_A_COUNT.matcher(t).region(at, t.length()).lookingAt();
    }

    private static boolean hypothetical(KeyedPattern.Text text, int at) {
        return HYPOTHETICAL.foundIn(text, Math.max(0, at - 30), at);
    }

    private static final Set<String> VETO_NOT_CAST = Set.of("threatened", "threat", "possible", "likely", "potential",
            "expected", "feared", "looming", "promised", "probable", "certain", "power", "powers", "right", "rights", "privilege", "privileges");

    /** Whether the state's demonym stands right before "veto" and nothing says the veto was only in prospect. */
    private static boolean castVeto(String t, String lower, StateMention sm) {
        int i = skipSpaces(t, sm.end(), t.length(), false);
        if (!lower.startsWith("veto", i) || i + 4 < t.length() && Character.isLetter(t.charAt(i + 4)) && !lower.startsWith("vetoes", i)) {
            return false;
        }
        String[] around = lastWords(lower, Math.max(0, sm.start() - 30), sm.start());
        String wordBefore = around.length == 0 ? "" : around[around.length - 1];
        String[] after = lower.substring(i, Math.min(t.length(), i + 20)).split("\\W+");
        // a name before "veto" is a noun's modifier only after an article ("a US veto"); "China veto ..." is a verb
        boolean modifier = sm.form() == StateMention.Form.DEMONYM || Set.of("a", "an", "the").contains(wordBefore);
        return modifier && !VETO_NOT_CAST.contains(wordBefore) && !(after.length > 1 && VETO_NOT_CAST.contains(after[1]))
                && !(around.length > 1 && VETO_NOT_CAST.contains(around[around.length - 2]));
    }

    /** Whether a verb of being or marking stands within the three words before the state whose veto is at {@code at}. */
    private static boolean countOfVetoes(String lower, int at) {
        String[] words = lastWords(lower, Math.max(0, at - 40), at);
        for (int i = Math.max(0, words.length - 4); i < words.length - 1; i++) {
            if (COPULAS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> COPULAS = Set.of("was", "is", "were", "marked", "marks", "became", "becomes", "been", "be");

    /** Whether "by" comes right after {@code at}: the words before were a passive whose agent follows. */
    private static boolean agentFollows(String t, int at) {
        int i = skipSpaces(t, at, t.length(), false);
        return t.startsWith("by", i) && (i + 2 == t.length() || !Character.isLetter(t.charAt(i + 2)));
    }

    /** "a" and "one" are numbers only where they plainly count ("one abstention"), not in "a resolution". */
    private static boolean isWordA(String number, String t, int at) {
        return number.equalsIgnoreCase("a") || number.equalsIgnoreCase("single")
                || number.equalsIgnoreCase("one") && (t.regionMatches(true, at, "one of", 0, 6) || t.regionMatches(true, at, "one another", 0, 11));
    }

    private void readOutcome(KeyedPattern.Text text) {
        String t = text.text;
        Matcher permanentNo;
        if ((text.lower.contains("negative vote") || text.lower.contains("permanent member")) && (permanentNo = PERMANENT_MEMBERS_NO.matcher(t)).find()) {
            // "not adopted, owing to a permanent member's negative vote": the "not" is the veto's, not a negation of it
            outcome = "vetoed";
            outcomeAt = permanentNo.start();
        } else if (VETO_WORDS.in(text) && (outcomeAt = findUnnegated(VETO, text, false)) >= 0) {
            outcome = "vetoed";
        } else if (REJECTED_WORDS.in(text) && (outcomeAt = findUnnegated(REJECTED, text, true)) >= 0) {
            outcome = "rejected";
        } else if (ADOPTED_WORDS.in(text) && (outcomeAt = findUnnegated(ADOPTED, text, true)) >= 0) {
            outcome = "adopted";
        } else if (withoutAVote(text) && ADOPTION_WORD.matcher(t).find()) {
            outcome = "adopted";
            outcomeAt = 0;
        }
    }

    /**
     * "without a vote", "by consensus", unless set against what happened: "unlike approval by consensus, a recorded
     * vote ...", "instead of adopting it by consensus".
     */
    private static boolean withoutAVote(KeyedPattern.Text text) {
        if (!CONSENSUS_WORDS.in(text)) {
            return false;
        }
        Matcher m = CONSENSUS.matcher(text.text);
        return m.find() && !CONTRASTED.matcher(text.text).region(0, m.start()).find();
    }

    private static final Pattern PERMANENT_MEMBERS_NO = Pattern.compile("(?i)\\b(?:owing to the negative votes?|negative votes? (?:of|by|from) (?:a |one |two |the )?permanent members?"
            // "because two permanent members voted against, the text was not adopted": what a veto is
            + "|permanent members? (?:of the (?:Security )?Council )?(?:had )?voted (?:against|no)(?=[^.;]{0,80}\\b(?:not adopted|failed|fell|blocked|did not pass)))\\b");
    // every match of VETO, REJECTED, ADOPTED and the consensus phrases contains one of these
    private static final Keywords VETO_WORDS = Keywords.of("veto");
    private static final Keywords REJECTED_WORDS = Keywords.of("reject", "defeat", "fail", "fell", "voted down", "not",
            "died", "short of");
    private static final Keywords ADOPTED_WORDS = Keywords.of("adopt", "pass", "approv", "carried", "endorsed", "cleared", "back", "said yes", "says yes", "green");
    private static final Pattern CONSENSUS = Pattern.compile("(?i)\\b(?:without a vote|by consensus|without a recorded vote)\\b");
    private static final Pattern ADOPTION_WORD = Pattern.compile("(?i)\\b(?:adopt|approv|agree|pass)");
    private static final Pattern CONTRASTED = Pattern.compile("(?i)\\b(?:unlike|instead of|rather than|in place of|prevent\\w*|block\\w*|den(?:y|ied|ying))\\b");
    private static final Keywords CONSENSUS_WORDS = Keywords.of("without a", "consensus");

    private static final FirstCharPattern PASSIVE_BEFORE = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:was|were|been|be|is|are|being|got|get)\\s+(?:\\w+ly\\s+)?$"), "wbiag");
    private static final Pattern DEMONYM_OF_TEXT = Pattern.compile("(?i)(?:-[\\w]+)?\\s+(?:[\\w-]+\\s+)?(?:draft|resolution|text|measure|proposal|motion|amendment)\\b");
    private static final Pattern TOPIC_BEFORE = Pattern.compile("(?i)\\b(?:on|about|against|concerning|regarding|in|for|of|to|into|over|with)\\s+(?:the\\s+)?$");
    private static final Pattern OBJECT_AFTER = Pattern.compile("(?i)\\s+(?:the|it|this|that|a|an|any|its|their)\\b");
    private static final FirstCharPattern VOTING_SUBJECT = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:council|assembly|members|countries|states|nations|body|board|committee|delegates|vote|majority)\\b"), "camsnbdv");
    private static final Pattern ASIDE = Pattern.compile(",[^,;:]{0,120},");
    private static final FirstCharPattern VOTING_BODY = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:council|assembly|body|board|committee|majority|conference)\\b"), "cabm");
    private static final FirstCharPattern OFFICIAL = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:government|minister|ministry|ambassador|envoy|president|spokes\\w*|officials?|delegation|diplomats?|leaders?|authorities|country|we)\\b"),
            "gmaepsodlcw");
    // clause openers only: "and" also joins nouns ("commercial and financial embargo against Cuba")
    private static final Pattern SUBJECT_START = Pattern.compile("(?i)[;:]|\\bthat\\b|\\bbut\\b|\\bwhile\\b|\\bwhen\\b");

    private static boolean stanceOfAState(String t, int verb, int verbEnd) {
        String before = t.substring(0, verb);
        if (PASSIVE_BEFORE.find(before, Math.max(0, verb - 60), verb) != null
                || !OBJECT_AFTER.matcher(t).region(verbEnd, t.length()).lookingAt()) {
            return false;
        }
        String clause = RELATIVE.pattern().matcher(before).replaceAll("");
        // "The resolution, introduced by Mexico, passed": an aside between commas is not the subject
        String subject = ASIDE.matcher(clause.substring(subjectStart(clause))).replaceAll(" ");
        List<StateMention> named = new ArrayList<>(States.get().find(subject, 0, subject.length()));
        // "the resolution on Iran passed": a state after a preposition is the text's topic, not its subject
        named.removeIf(m -> TOPIC_BEFORE.matcher(subject).region(0, m.start()).find()
                // "the Chilean resolution passes", "the Ukrainian-European text": an adjective of the text, not its voter
                || m.form() == StateMention.Form.DEMONYM && DEMONYM_OF_TEXT.matcher(subject).region(m.end(), subject.length()).lookingAt());
        if (named.isEmpty()) {
            return !VOTING_SUBJECT.foundIn(subject) && OFFICIAL.foundIn(subject);
        }
        // "Three states — A, B and C — rejected the text", "the United States rejected it": named states are the
        // subject (a state's own name is no word of a voting body), unless a body is ("the council, with A, ...")
        StringBuilder rest = new StringBuilder(subject);
        for (StateMention m : named) {
            for (int i = m.start(); i < m.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return !VOTING_BODY.foundIn(rest);
    }

    /**
     * Where the subject of the clause before a verb starts: after the last opener of the clause's first line (as
     * the expression "an opener with none after it" read it, its "." stopping at a line break), else at 0. Read
     * backwards from the line's end, so a verb costs its clause, not the whole sentence at every opener (issue 17).
     */
    private static int subjectStart(String clause) {
        int end = 0;
        while (end < clause.length() && !isLineBreak(clause.charAt(end))) {
            end++;
        }
        Matcher opener = SUBJECT_START.matcher(clause).useTransparentBounds(true);
        for (int at = end - 1; at >= 0; at--) {
            if (";:tTbBwW".indexOf(clause.charAt(at)) >= 0 && opener.region(at, end).lookingAt()) {
                return opener.end();
            }
        }
        return 0;
    }

    /** What "." in an expression does not match. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Where the first unnegated match starts, or -1. With {@code notAStance}, a state's own stance is skipped too:
     * "Israel rejected the resolution" and "his government rejected the text" are not the vote's outcome (an
     * active verb whose subject is a state or one of its officials, with no voting body in it). A veto is a state's
     * act and its outcome at once, so it is searched without.
     */
    private static int findUnnegated(KeyedPattern p, KeyedPattern.Text text, boolean notAStance) {
        for (KeyedPattern.Scan scan = p.scan(text); scan.find(); ) {
            if (unnegated(text, scan.match(), notAStance)) {
                return scan.match().start();
            }
        }
        return -1;
    }

    private static boolean unnegated(KeyedPattern.Text text, Matcher m, boolean notAStance) {
        return !negatedBefore(text, m.start()) && !(notAStance && stanceOfAState(text.text, m.start(), m.end()))
                && !attributive(text.text, m) && !otherObject(text.text, m)
                && !((text.lower.contains(" time") || text.lower.contains("whenever"))
                && WHENEVER_BEFORE.matcher(text.text).region(Math.max(0, m.start() - 80), m.start()).find());
    }

    /**
     * Whether a negation or modal stands shortly before {@code at}, other than a relative clause's own ("an amendment
     * that would have cut the paragraph failed": "would" is the amendment's aim, not a doubt about its fate).
     */
    private static boolean negatedBefore(KeyedPattern.Text text, int at) {
        for (KeyedPattern.Scan scan = NEGATION.scan(text, Math.max(0, at - 40), at); scan.find(); ) {
            int w = scan.match().start();
            Matcher modal = MODAL.matcher(text.text).region(w, at);
            // (the clause's own verb and more before the outcome: "which will be adopted" is the modal's own)
            if (!(RELATIVE_BEFORE.matcher(text.text).region(Math.max(0, w - 7), w).find() && modal.lookingAt()
                    && OWN_VERB_AFTER_MODAL.matcher(text.text).region(modal.end(), at).matches())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)\\b(?:that|which|who) $");
    private static final Pattern MODAL = Pattern.compile("(?i)(?:would|could|might|may|will|should)\\b");
    private static final Pattern OWN_VERB_AFTER_MODAL = Pattern.compile("(?i)(?:\\s+(?:have|be|been|not|\\w+ly))*(?:\\s+(?!(?:have|be|been)\\b)[\\w'’-]+){2,}\\s*");

    /** "whenever one of the five powers casts a veto", "each time a text is adopted": what happens in general, no vote. */
    private static final Pattern WHENEVER_BEFORE = Pattern.compile("(?i)\\b(?:whenever|each time|every time|any time)\\b[^.;,]*$");

    /**
     * "defeated the militants", "rejected the accusations": a verb of rejection whose object is no text says nothing
     * of a vote's outcome (the object's first three words after its determiner hold no word for a text).
     */
    private static boolean otherObject(String t, Matcher m) {
        String verb = m.group().toLowerCase(Locale.ROOT);
        if (!verb.startsWith("reject") && !verb.startsWith("defeat")) {
            return false;
        }
        Matcher object = OBJECT_WORDS_AFTER.matcher(t).region(m.end(), t.length());
        return object.lookingAt() && !TEXT_WORD.matcher(object.group(1)).find();
    }

    private static final Pattern STANCE_VERB = Pattern.compile("(?i)(?:backed|backing|supported|supporting|opposed|opposing|endorsed)");
    private static final Pattern BARE_PLURAL_AFTER = Pattern.compile("\\s+(?!(?:its|this|thus|was|has|is|as|us|yes)\\b)[a-z][a-z'’-]*[a-rt-z]s\\b");
    // (also after a name's possessive: "backing Russia's war" backs no text, "backing Chile's draft" does)
    private static final Pattern OBJECT_WORDS_AFTER = Pattern.compile("(?i)\\s+(?:the|a|an|its|their|his|her|these|those|this|that|all|(?-i:\\p{Lu}[\\w.-]*)['’]s)\\s+((?:[\\w.'’-]+\\s*){1,3})");
    // and what a text is called when it is rejected or opposed ("the bid", "the push")
    private static final Pattern TEXT_WORD = Pattern.compile("(?i)\\b(?:" + TEXT_NOUN + "s?|bids?|requests?"
            + "|plans?|initiatives?|calls?|versions?|changes?|attempts?|efforts?|moves?|push)\\b");

    /**
     * "the vetoed measure", "an adopted text": a participle naming a text, which may be another vote's, says no outcome;
     * nor does one after "ever" ("only the second such text ever adopted by the body"), which tells history.
     */
    private static boolean attributive(String t, Matcher m) {
        return m.group().endsWith("ed") && (DETERMINER_BEFORE.matcher(t).region(Math.max(0, m.start() - 6), m.start()).find()
                && TEXT_AFTER.matcher(t).region(m.end(), t.length()).lookingAt()
                || m.start() >= 5 && t.regionMatches(true, m.start() - 5, "ever ", 0, 5));
    }

    private static final Pattern DETERMINER_BEFORE = Pattern.compile("(?i)\\b(?:the|an?|its|their|this|that)\\s$");
    private static final Pattern TEXT_AFTER = Pattern.compile("(?i)\\s(?:draft\\s)?" + TEXT_NOUN + "s?\\b");

    /**
     * Every place the sentence says its outcome, not only the first: in "Having failed to obtain the required
     * majority, it was not adopted" the second is the one next to the text it is said of.
     */
    List<Integer> outcomeMentions() {
        KeyedPattern p = "vetoed".equals(outcome) ? VETO : "rejected".equals(outcome) ? REJECTED : ADOPTED;
        List<Integer> out = new ArrayList<>(List.of(outcomeAt));
        for (KeyedPattern.Scan scan = p.scan(text); scan.find(); ) {
            if (scan.match().start() > outcomeAt && unnegated(text, scan.match(), p != VETO)) {
                out.add(scan.match().start());
            }
        }
        return out;
    }

    private void readPositions(KeyedPattern.Text text, List<StateMention> mentions) {
        String t = text.text;
        String lower = text.lower;
        if (mentions.isEmpty()) {
            return;
        }
        if (lower.contains("voted ") && KEEP_WORDS.in(text)) {
            readKeeping(t, mentions);
        }
        List<int[]> cues = new ArrayList<>();
        List<String> cueRoles = new ArrayList<>();
        // a relative clause (", which abstained last year,") says nothing about this vote
        String masked = !CUE.mayBeIn(text) ? "" : !RELATIVE_WORDS.in(text) ? t
                : blankRelatives(t);
        int conditionalEnd = -1;
        KeyedPattern.Text cueText = masked == t ? text : new KeyedPattern.Text(masked);
        for (KeyedPattern.Scan scan = CUE.scan(cueText); scan.find(); ) {
            Matcher m = scan.match();
            String before = masked.substring(Math.max(0, m.start() - 30), m.start());
            if (NEGATION.foundIn(cueText, Math.max(0, m.start() - 30), m.start()) && !m.group().toLowerCase(Locale.ROOT).startsWith("did not")
                    && m.group("absent") == null
                    || (conditionalEnd < 0 ? conditionalEnd = conditionalEnd(text) : conditionalEnd) <= m.start()) {
                continue;
            }
            // "a Western-backed referendum", "the US-drafted text": an adjective about a sponsor, not a vote
            if (m.start() > 0 && masked.charAt(m.start() - 1) == '-' && m.group("yes") != null) {
                continue;
            }
            // "Russia said it backed the ceasefire": backing or opposing something that is no text is no vote
            // (a policy the text may start or end, "opposed the lifting of the embargo", is read below)
            if (STANCE_VERB.matcher(m.group()).matches() && !POLICY_AFTER.matcher(masked).region(m.end(), masked.length()).lookingAt()) {
                Matcher object = OBJECT_WORDS_AFTER.matcher(masked).region(m.end(), masked.length());
                if (object.lookingAt() && !TEXT_WORD.matcher(object.group(1)).find()
                        // "they supported efforts towards a truce": a bare plural is a cause, not the text
                        || BARE_PLURAL_AFTER.matcher(masked).region(m.end(), masked.length()).lookingAt()) {
                    continue;
                }
            }
            // "Japan welcomed the text, adopted with 150 votes in favour": a side counted gives no stance to the states
            // before it, only to those it goes on to name ("36 abstaining, including China"; not "among 12 against")
            boolean counted = m.start() > 1 && Character.isLetterOrDigit(masked.charAt(m.start() - 2)) && countedBefore(masked, m.start());
            // "Serbia has lobbied against the text": a stance in the debate, not a vote
            if (m.group().regionMatches(true, 0, "against", 0, 7) && NOT_A_VOTE_BEFORE.foundIn(before)) {
                continue;
            }
            // "voted against the lifting of the embargo": a stance on a policy, which the text under vote may end
            // as well as start; the article reader turns it toward the text (policyNoun)
            Matcher policy = POLICY_AFTER.matcher(masked).region(m.end(), masked.length());
            boolean onPolicy = policy.lookingAt() && (policyNoun == null || policyNoun.equalsIgnoreCase(policy.group(1)));
            if (onPolicy) {
                policyNoun = policy.group(1).toLowerCase(Locale.ROOT);
            }
            // "It was Russia's second veto of the year": a count of the state's vetoes, said of a vote, casts none
            if ((m.group().startsWith("'s") || m.group().startsWith("’s")) && countOfVetoes(lower, m.start())) {
                continue;
            }
            // "India voted against Russia": against a state (a text on it, whichever way), not against the text; not
            // "against Russia's draft"
            if (m.group().endsWith("against") && stateRightAfter(masked, m.end(), mentions)) {
                continue;
            }
            // "Russia used its veto": the one who used it comes first
            cues.add(new int[] {m.start(), m.end(), m.group("agent") != null ? 1 : onPolicy ? 3 : counted ? 4 : 0});
            cueRoles.add(m.group("labelled") != null ? labelRole(m.group("labelled"))
                    : m.group("no") != null ? "no" : m.group("absent") != null ? "absent"
                    : m.group("abstain") != null ? "abstain" : "yes");
        }
        dropEarlierVotesStances(masked.isEmpty() ? t : masked, cues, cueRoles);
        int[] groupCue = groupCues(t, mentions, cues);
        int[] openParens = openParens(t, mentions);
        Map<Integer, String> parenRoles = new java.util.HashMap<>();
        // a break inside a relative clause ("Peru, whose envoy was dismissed but who kept the seat, voted") is the aside's
        int[] breaks = clauseBreaks(cueText == text || masked.isEmpty() ? text : cueText);
        int[] titles = t.indexOf('“') >= 0 || t.indexOf('"') >= 0 ? spans(QUOTED_TITLE, text) : null;
        Matcher sponsorAfter = SPONSOR_AFTER.matcher(t);
        Matcher speakerAfter = SPEAKER_AFTER.matcher(t);
        // without a cue, a mention can only be a voter with no side, and those count only for "its own draft" and
        // "among them"
        boolean votersMatter = !cues.isEmpty() || amongThem || likewise || lower.contains(" own ");
        int[] said = null; // where the verbs of saying are, found once the first state after a cue asks
        boolean sponsorListed = false; // the mention before was a sponsor "by" whom the text was put forward
        for (int mi = 0; mi < mentions.size(); mi++) {
            StateMention sm = mentions.get(mi);
            // "the anti-Peru text", "a pro-Kyiv bloc": a state an adjective is made of neither drafted nor voted
            if (sm.start() >= 4 && (t.regionMatches(true, sm.start() - 5, "anti-", 0, 5) || t.regionMatches(true, sm.start() - 4, "pro-", 0, 4))) {
                sponsorListed = false;
                continue;
            }
            // the patterns look only at the words right around the mention (anchored, on a short window)
            int afterEnd = Math.min(t.length(), sm.end() + 80);
            String before = t.substring(Math.max(0, sm.start() - 100), sm.start());
            // (a long list of sponsors goes on past the window: "presented by A with the support of B, C, ... and K")
            boolean listedSponsor = sponsorListed && LIST_JOIN.matcher(t).region(mentions.get(mi - 1).end(), sm.start()).matches();
            sponsorListed = listedSponsor || (before.contains(" by ") || before.contains("behalf of"))
                    && SPONSOR_BEFORE.foundIn(text, Math.max(0, sm.start() - 100), sm.start()) && !byInClosedAside(before);
            if (sponsorListed || mayOpen(t, sm.end(), afterEnd, "-'’", "dtrpahcsm") && sponsorAfter.region(sm.end(), afterEnd).lookingAt()) {
                sponsors.add(sm.state().iso3());
                continue;
            }
            // "the Ukraine-related texts", "an Iran-linked group": a state in a word made with it is no voter
            if (sm.end() + 1 < t.length() && t.charAt(sm.end()) == '-' && Character.isLowerCase(t.charAt(sm.end() + 1))) {
                continue;
            }
            // "Malta, which drafted the text, abstained": a sponsor, whose own stance may still follow the aside
            if (t.startsWith(",", skipSpaces(t, sm.end(), afterEnd, false)) && SPONSOR_ASIDE.matcher(t).region(sm.end(), afterEnd).lookingAt()) {
                sponsors.add(sm.state().iso3());
            }
            String listed = sm.state().member() && openParens[mi] >= 0
                    ? parenRoles.computeIfAbsent(openParens[mi], open -> parenthesisedRole(t, open)) : null;
            if (listed != null) {
                positions.putIfAbsent(sm.state().iso3(), listed);
                continue;
            }
            // "sank by a Russian veto", "a US veto": the state named before "veto" vetoed, and the draft fell (not
            // "a threatened US veto")
            if (sm.state().member() && castVeto(t, lower, sm) && !future && (masked == t || masked.isEmpty() || masked.charAt(sm.start()) != ' ')) {
                positions.putIfAbsent(sm.state().iso3(), "no");
                if (outcome == null) {
                    outcome = "vetoed";
                    outcomeAt = sm.end();
                }
                continue;
            }
            // "the text, which Peru drafted, drew 100 votes": a state inside a relative clause is no voter in this one,
            // nor is one in the quoted title of a text ("the resolution “Rights in Peru” was adopted")
            // (nor two joined by a hyphen, which name a conflict or a pair: "Russia-Ukraine:", "the Israel-Hamas war")
            if (!votersMatter || masked != t && !masked.isEmpty() && masked.charAt(sm.start()) == ' '
                    || titles != null && inSpan(titles, sm.start()) || hyphenPair(t, mentions, mi)) {
                continue;
            }
            String near = before.substring(Math.max(0, before.length() - 28));
            if (!sm.state().member() || sm.form() == StateMention.Form.DEMONYM || mayOpen(t, sm.end(), afterEnd, "'’", "wcisqfptdgabr") && speakerAfter.region(sm.end(), afterEnd).lookingAt()
                    || isObject(before, lower, Math.max(0, sm.start() - 100), sm.start()) && !delegationOf(near)
                    // "all members except Russia voted for it": the state set apart is not on that side
                    || (near.contains("xcept") || near.contains(" than ") || near.contains("xcluding") || near.contains("ll but "))
                    && EXCEPT_BEFORE.matcher(near).find()) {
                continue;
            }
            int best = groupCue[mi];
            int bestDistance = best >= 0 ? 0 : Integer.MAX_VALUE;
            for (int i = 0; i < cues.size() && groupCue[mi] < 0; i++) {
                int[] c = cues.get(i);
                if (crossesClause(breaks, Math.min(sm.end(), c[0]), Math.max(sm.start(), c[1])) && !sharedSubject(t, breaks, sm, c)) {
                    continue;
                }
                // "with A and B abstaining and C likewise declining to take part": a cue right after a state is its own
                // (also one counted: "Cuba casting a negative vote")
                boolean ownCue = c[0] >= sm.end() && c[0] - sm.end() <= 40 && OWN_CUE_GAP.matcher(t).region(sm.end(), c[0]).matches();
                if (c[2] == 1 && (c[0] < sm.end() || !subjectOf(t, mentions, mi, c[0])) || c[2] == 4 && c[0] >= sm.end() && !ownCue) {
                    continue;
                }
                // "backed by A but opposed by B": a passive cue's voters come after its "by", not before it
                if (c[0] >= sm.end() && agentFollows(t, c[1])) {
                    continue;
                }
                // "after Turkey seized the strip by 90 votes to 12, Kenya had abstained": a state that is the subject of
                // another verb takes no stance from a cue past it and another state (not "Peru surprised all and voted no")
                if (c[0] > sm.end() + 1 && mi + 1 < mentions.size() && mentions.get(mi + 1).start() < c[0]
                        && OTHER_VERB_AFTER.matcher(t).region(sm.end(), c[0]).lookingAt()) {
                    continue;
                }
                // (an aside blanked between a state and its cue does not part them: "Lebanon, whose government ..., abstained")
                int d = c[0] >= sm.end() ? (masked != t && !masked.isEmpty() ? nonBlank(masked, sm.end(), c[0]) : c[0] - sm.end()) : sm.start() - c[1];
                if (ownCue) {
                    d = 0;
                }
                if (d < 0 || c[1] <= sm.start() && (isObjectOf(t, c, sm) || anyWithin(said == null ? said = saidAt(t) : said, c[1], sm.start()))) {
                    continue;
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = i;
                }
            }
            // a capital or institution stands for the state only as the subject of the vote ("Ankara, having lost
            // its amendment, abstained" is one: the clause between is an aside)
            if (best < 0 || sm.form() == StateMention.Form.METONYM && bestDistance > 25 && !asideBetween(t, sm, cues.get(best))
                    && !listedBeforeCue(t, mentions, mi, cues.get(best)[0])) {
                voters.add(sm);
                continue;
            }
            (cues.get(best)[2] == 3 ? policyPositions : positions).putIfAbsent(sm.state().iso3(), cueRoles.get(best));
        }
    }

    /**
     * Whether the last "by" before a state stands in a parenthesis closed before it: "Fiji (represented by its old
     * envoy) and Chile voted for it" names no sponsor.
     */
    private static boolean byInClosedAside(String before) {
        int by = Math.max(before.lastIndexOf(" by "), before.lastIndexOf("behalf of"));
        int close = before.lastIndexOf(')');
        return close > by && by >= 0 && before.lastIndexOf('(', by) >= 0;
    }

    /** How many characters of {@code t} in [from, to) are not blank. */
    private static int nonBlank(String t, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += Character.isWhitespace(t.charAt(i)) ? 0 : 1;
        }
        return n;
    }

    /** "Washington and Israel had been the only two to vote against": a capital heading a list of states, near its cue. */
    private static boolean listedBeforeCue(String t, List<StateMention> mentions, int mi, int cueStart) {
        int end = mentions.get(mi).end();
        for (int k = mi + 1; k < mentions.size() && mentions.get(k).start() < cueStart
                && LIST_JOIN.matcher(t).region(mentions.get(k - 1).end(), mentions.get(k).start()).matches(); k++) {
            end = mentions.get(k).end();
        }
        return end > mentions.get(mi).end() && cueStart >= end && cueStart - end <= 60;
    }

    /**
     * "A and B cast their vetoes", "Russia's veto": a veto is said of the state right before it and those listed
     * with that one, never of a state further back ("the US envoy said ... after Russia cast its veto").
     */
    private static boolean subjectOf(String t, List<StateMention> mentions, int mi, int cueStart) {
        int last = -1;
        for (int i = 0; i < mentions.size() && mentions.get(i).end() <= cueStart; i++) {
            last = i;
        }
        return mi <= last && firstOfList(t, mentions, last) <= mi;
    }

    /** The first of the states listed with mention {@code k} and before it ("A, B and C": A's index for C's). */
    private static int firstOfList(String t, List<StateMention> mentions, int k) {
        while (k > 0 && LIST_JOIN.matcher(t).region(mentions.get(k - 1).end(), mentions.get(k).start()).matches()) {
            k--;
        }
        return k;
    }

    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,\\s*(?:and\\s+|or\\s+)?|and\\s+|or\\s+|&\\s*)");

    /** "Britain and five other countries voted against": five is not the side's count, one more is. */
    private static boolean namedAndOthers(String t, Matcher m) {
        String before = t.substring(Math.max(0, m.start(1) - 5), m.start(1)).toLowerCase(Locale.ROOT);
        if (!before.endsWith(" and ") || !t.startsWith(" other", m.end(1))) {
            return false;
        }
        // (a state right before the "and": "20 opposed and 53 others abstained" counts a side of its own)
        int and = m.start(1) - 5;
        List<StateMention> named = States.get().find(t, Math.max(0, and - 40), and);
        return !named.isEmpty() && named.get(named.size() - 1).end() == and;
    }

    private static boolean asideBetween(String t, StateMention sm, int[] cue) {
        return cue[0] > sm.end() && RELATIVE.pattern().matcher(t.substring(sm.end(), cue[0]).strip()).matches();
    }

    /**
     * "A and B voted to keep the embargo in place": a stance on the policy, which the article reader turns toward the
     * text (a no where the text lifts the embargo). The voters are the states listed right before "voted".
     */
    private void readKeeping(String t, List<StateMention> mentions) {
        Matcher m = KEEPING.matcher(t);
        if (!m.find() || policyNoun != null) {
            return;
        }
        int at = m.start();
        for (int i = mentions.size() - 1; i >= 0; i--) {
            StateMention sm = mentions.get(i);
            if (sm.end() > at) {
                continue;
            }
            // right before "voted", or listed with the one after it ("A, B and the C voted")
            boolean joined = t.substring(sm.end(), at).isBlank()
                    || LIST_JOIN.matcher(t).region(sm.end(), t.startsWith("the ", at - 4) ? at - 4 : at).matches();
            if (!sm.state().member() || !joined) {
                break;
            }
            policyPositions.put(sm.state().iso3(), "yes");
            at = sm.start();
        }
        if (!policyPositions.isEmpty()) {
            policyNoun = m.group(1).toLowerCase(Locale.ROOT);
        }
    }

    private static final Pattern KEEPING = Pattern.compile("(?i)\\bvoted (?:to )?(?:keep|maintain|retain|preserve|continue)(?: in place)? (?:the |its |their )?(?:[\\w-]+ ){0,2}?"
            + "(embargo|sanctions|ban|restrictions|measures|mandate|inquiry|mission|investigation|blockade|freeze|moratorium)\\b");
    private static final Keywords KEEP_WORDS = Keywords.of("keep", "maintain", "retain", "preserve", "continue");

    private static int[] saidAt(String t) {
        int[] out = new int[0];
        for (Matcher m = SAID_BETWEEN.find(t, 0, t.length()); m != null; m = SAID_BETWEEN.find(t, m.end(), t.length())) {
            out = java.util.Arrays.copyOf(out, out.length + 1);
            out[out.length - 1] = m.start();
        }
        return out;
    }

    private static boolean anyWithin(int[] at, int from, int to) {
        for (int a : at) {
            if (a >= from && a < to) {
                return true;
            }
        }
        return false;
    }

    /** "States voting against it said Peru had rushed it": a state in what the voters said is no voter. */
    private static final FirstCharPattern SAID_BETWEEN = FirstCharPattern.atWords(Pattern.compile(
            "(?i)\\b(?:said|says|say|saying|argued|argue|argues|felt|feel|feels|believed|believe|believes|told|claimed|claim|claims|warned|insisted|complained)\\b"),
            "sabftcwi");

    private static final Pattern OTHER_VERB_AFTER = Pattern.compile("\\s+(?:\\w+ly\\s+)?(?!(?:joined|sided|stayed|remained|refrained|walked|decided|opted|"
            + "preferred|wanted|tried|seemed|appeared|continued|proceeded|followed|used|exercised|cast|voted|abstained|backed|supported|opposed|"
            + "rejected|endorsed|approved|vetoed|blocked|cosponsored|co-sponsored|sponsored|drafted|tabled|introduced|presented|submitted|"
            + "proposed|authored|led|pushed|requested|called|asked|demanded|explained|noted|indicated|signalled|signaled|announced|confirmed)\\b)"
            + "[a-z]{3,}ed\\s+(?!by\\b|to\\b|in\\b|with\\b|for\\b|against\\b)\\w");
    // (also the state's voter between: "Japan's envoy abstained", "Chile's UN ambassador voted against")
    private static final Pattern OWN_CUE_GAP = Pattern.compile("(?:['’]s\\s+(?:UN\\s+|U\\.N\\.\\s+)?(?:envoy|ambassador|delegation|delegates?|representatives?|mission))?"
            + "\\s+(?:(?:\\w+ly|likewise|also|too|then|again|instead)\\s+)?"
            // "with 12 abstentions, Peru casting the lone negative vote": the vote a state casts is its own
            + "(?:cast(?:s|ing)?\\s+(?:the|a|its|their)\\s+(?:(?:lone|only|sole|single)\\s+)?)?");
    /**
     * Whether a number (and "votes") stands right before a cue ("150 votes in favour", "0 against"), not as a group the
     * state is among ("among 12 against", "one of the 14 voting no"). Read by hand: the cue is in every sentence.
     */
    private static boolean countedBefore(String t, int cue) {
        int end = wordEndBefore(t, cue);
        int start = wordStartBefore(t, end);
        String word = t.substring(start, end);
        if (word.equalsIgnoreCase("votes") || word.equalsIgnoreCase("vote") || word.equalsIgnoreCase("ballots") || word.equalsIgnoreCase("ballot")) {
            end = wordEndBefore(t, start);
            start = wordStartBefore(t, end);
            word = t.substring(start, end);
        }
        if (word.isEmpty() || Numbers.parse(word).isEmpty()) {
            return false;
        }
        String before = t.substring(Math.max(0, start - 10), start).toLowerCase(Locale.ROOT);
        return !(before.endsWith("among ") || before.endsWith("among the ") || before.endsWith("of the ") || before.endsWith("one of "));
    }

    /** The end of the word that ends before {@code at}, past the spaces between. */
    private static int wordEndBefore(String t, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The start of the word (letters, digits, hyphens, thousands' commas) that ends at {@code end}. */
    private static int wordStartBefore(String t, int end) {
        int i = end;
        while (i > 0) {
            char c = t.charAt(i - 1);
            boolean digitsComma = c == ',' && i > 1 && i < t.length() && Character.isDigit(t.charAt(i - 2)) && Character.isDigit(t.charAt(i));
            if (!(Character.isLetterOrDigit(c) || c == '-' || digitsComma)) {
                break;
            }
            i--;
        }
        return i;
    }
    private static final FirstCharPattern NOT_A_VOTE_BEFORE = FirstCharPattern.atWords(Pattern.compile("(?i)\\b(?:lobbied|lobbying|lobby|campaigned|campaigning|"
            + "argued|arguing|spoke|speaking|speaks|warned|warning|protested|protesting|railed|fought|fighting|mobili[sz]ed|"
            + "cautioned|advocated|pushed back|come out|came out|turned)\\s+(?:hard\\s+|strongly\\s+|fiercely\\s+|publicly\\s+|firmly\\s+)?$"),
            "lcaswprfmt");

    /** "Even if France ... were to abstain": nothing happened. */
    private static final KeyedPattern CONDITIONAL = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:if|unless|were to|whether|in case)\\b"),
            "if", "unless", "were to", "whether", "in case");

    /** Where the sentence's first conditional ends: a cue after it is not a vote. */
    private static int conditionalEnd(KeyedPattern.Text text) {
        KeyedPattern.Scan scan = CONDITIONAL.scan(text);
        return scan.find() ? scan.match().end() : Integer.MAX_VALUE;
    }
    /** A clause's character, also the dot of an abbreviation ("on Feb. 4", "the U.S. draft"), which ends no clause. */
    private static final String IN_CLAUSE = "(?:[^,;.—–]|(?<=\\b(?:\\p{Lu}|(?i:" + String.join("|", Tokenizer.MONTH_ABBREVIATIONS) + ")))\\.)";
    private static final FirstCharPattern RELATIVE = FirstCharPattern.anywhere(Pattern.compile(",\\s*(?:which|who|whose|having|being)\\b" + IN_CLAUSE + "*?(?:,|[—–]| - )"
            // a participle and a relative joined: "the draft, tabled by Peru and which cites the court's opinion of May, won"
            + "|,\\s*(?:[\\w'’-]+\\s+){1,6}?and (?:which|who|whose)\\b[^,;.]*,"
            // a group's own clause, also at the sentence's end: "broke ranks with the EU, most of whose members voted yes"
            + "|,\\s*(?:(?:most|all|some|many|several|none|each|both|one) of (?:whom|which|whose)|whose (?:other )?(?:members|allies|partners|neighbou?rs))\\b[^,;.]*(?:,|(?=[.;]|$))"
            // a reaction to the whole, at the sentence's end: "..., which Tehran called a political move."
            + "|,\\s*which\\s+\\p{Lu}[\\w.'’-]*\\s+(?:[\\w.'’-]+\\s+){0,2}?(?:called|described|termed|denounced|branded|hailed|welcomed|condemned|dismissed|slammed|labell?ed)\\b[^,;.]*(?=[.;]|$)"), ",");

    /** A time before the vote told, right after a stance: "abstained on the October text", "voted against last year". */
    private static final Pattern EARLIER_TIME_AFTER = Pattern.compile("(?i)^[^,;]{0,25}?\\b(?:last year|the year before|previously|in (?:19|20)\\d\\d"
            + "|(?:on|in) (?:the|that) (?:(?:19|20)\\d\\d|January|February|March|April|May|June|July|August|September|October|November|December|earlier|previous|last) (?:text|resolution|draft|vote)"
            + "|in (?:January|February|March|April|May|June|July|August|September|October|November|December)(?! \\d))\\b");
    private static final Pattern CLAUSE_JOIN = Pattern.compile("(?i)\\b(?:and|but|while|whereas)\\b");

    /**
     * "Canada abstained on the October text and voted yes tonight", "Chile voted against last year but abstained on
     * Tuesday": of a sentence's stances of different sides, those told of an earlier vote are that vote's, not this one's.
     */
    private static void dropEarlierVotesStances(String t, List<int[]> cues, List<String> roles) {
        if (cues.size() < 2 || roles.stream().distinct().count() < 2) {
            return;
        }
        boolean[] earlier = new boolean[cues.size()];
        int kept = 0;
        for (int i = 0; i < cues.size(); i++) {
            int end = Math.min(t.length(), cues.get(i)[1] + 45);
            Matcher join = CLAUSE_JOIN.matcher(t).region(cues.get(i)[1], end);
            earlier[i] = EARLIER_TIME_AFTER.matcher(t).region(cues.get(i)[1], join.find() ? join.start() : end).lookingAt();
            kept += earlier[i] ? 0 : 1;
        }
        if (kept == 0 || kept == cues.size()) {
            return;
        }
        for (int i = cues.size() - 1; i >= 0; i--) {
            if (earlier[i]) {
                cues.remove(i);
                roles.remove(i);
            }
        }
    }

    /** How many characters of relative clauses lie wholly between from and to. */
    static int relativeLength(String t, int from, int to) {
        int length = 0;
        for (Matcher m = RELATIVE.find(t, from, to); m != null && m.end() <= to; m = RELATIVE.find(t, m.end(), to)) {
            length += m.end() - m.start();
        }
        return length;
    }

    /** "Peru, whose envoy was dismissed in May, voted": a date in a relative clause is the aside's, not the vote's. */
    static boolean insideRelative(String t, int at) {
        return relativeAround(t, at) != null;
    }

    /**
     * "Chile and Peru, which vetoed a text on May 2, voted no": a day in a relative clause on states is the aside's
     * (one on the text, "the draft, which passed on May 2, won 150 votes", dates the vote).
     */
    static boolean insideRelativeOnStates(String t, int at) {
        Matcher m = relativeAround(t, at);
        if (m == null) {
            return false;
        }
        List<StateMention> before = States.get().find(t, Math.max(0, m.start() - 40), m.start());
        return !before.isEmpty() && skipSpaces(t, before.get(before.size() - 1).end(), m.start(), false) == m.start();
    }

    private static final Pattern SEVERAL_TEXTS = Pattern.compile("(?i)\\b(?:resolutions|drafts|texts|measures|proposals|times|twice)\\b");

    /** The states a relative clause says vetoed a text, and where that clause stands in the sentence. */
    record VetoAside(List<String> states, int start, int end) {
    }

    /**
     * "Russia and China, which vetoed a Council draft on 4 May, voted no": the states a relative clause right after
     * them says vetoed a text (another vote than the sentence's), each one's no in that vote.
     */
    static List<VetoAside> vetoAsides(String t, List<StateMention> mentions) {
        if (!t.contains("veto") || mentions.isEmpty()) {
            return List.of();
        }
        List<VetoAside> out = new ArrayList<>();
        for (Matcher m = RELATIVE.find(t, 0, t.length()); m != null; m = RELATIVE.find(t, m.end(), t.length())) {
            // (one veto, not a tally of them: "the US, which has vetoed three drafts, voted no")
            if (findUnnegated(VETO, new KeyedPattern.Text(m.group()), false) < 0 || SEVERAL_TEXTS.matcher(m.group()).find()) {
                continue;
            }
            int k = mentions.size() - 1;
            while (k >= 0 && mentions.get(k).end() > m.start()) {
                k--;
            }
            if (k < 0 || skipSpaces(t, mentions.get(k).end(), m.start(), false) != m.start()) {
                continue;
            }
            List<String> states = mentions.subList(firstOfList(t, mentions, k), k + 1).stream().map(sm -> sm.state().iso3()).toList();
            out.add(new VetoAside(states, m.start(), m.end()));
        }
        return out;
    }

    private static Matcher relativeAround(String t, int at) {
        for (Matcher m = RELATIVE.find(t, 0, t.length()); m != null && m.start() < at; m = RELATIVE.find(t, m.end(), t.length())) {
            if (m.end() > at) {
                return m;
            }
        }
        return null;
    }

    /** The sentence with its relative clauses (as {@link #RELATIVE} finds them) blanked out, offsets kept. */
    private static String blankRelatives(String t) {
        char[] out = null;
        for (Matcher m = RELATIVE.find(t, 0, t.length()); m != null; m = RELATIVE.find(t, m.end(), t.length())) {
            if (out == null) {
                out = t.toCharArray();
            }
            java.util.Arrays.fill(out, m.start(), m.end(), ' ');
        }
        return out == null ? t : new String(out);
    }
    private static final Keywords RELATIVE_WORDS = Keywords.of("which", "who", "having", "being");
    private static final Pattern ROLE_BEFORE_PAREN = Pattern.compile(
            "(in favou?r|against|abstentions?|abstaining|abstained|no|yes)\\s*\\($", Pattern.CASE_INSENSITIVE);

    /** UN press releases list voters in brackets after the count: "14 against (Austria, Croatia, ...)". */
    private static String parenthesisedRole(String t, int open) {
        Matcher m = ROLE_BEFORE_PAREN.matcher(t.substring(Math.max(0, open - 20), open + 1));
        return m.find() ? role(m.group(1)) : null;
    }

    /** Per mention, the bracket it stands inside (the innermost one still open before it), or -1: one pass. */
    private static int[] openParens(String t, List<StateMention> mentions) {
        int[] out = new int[mentions.size()];
        int[] open = new int[16];
        int depth = 0;
        int i = 0;
        for (int mi = 0; mi < mentions.size(); mi++) {
            for (int at = mentions.get(mi).start(); i < at; i++) {
                char c = t.charAt(i);
                if (c == '(') {
                    if (depth == open.length) {
                        open = java.util.Arrays.copyOf(open, depth * 2);
                    }
                    open[depth++] = i;
                } else if (c == ')' && depth > 0) {
                    depth--;
                }
            }
            out[mi] = depth > 0 ? open[depth - 1] : -1;
        }
        return out;
    }

    private static String labelRole(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith("abst") ? "abstain" : l.startsWith("absent") || l.startsWith("non") ? "absent"
                : l.startsWith("no") || l.startsWith("against") ? "no" : "yes";
    }

    private static final Pattern DELEGATION_OF = Pattern.compile("(?i)\\b(?:representative|delegate|delegation|ambassador|envoy|mission)s? of (?:the )?$");

    /** "the representative of the United States": the state speaks through its delegate (it may vote). */
    private static boolean delegationOf(String near) {
        // the expression tries every place; only a text that ends "of " or "of the " can match
        String end = near.toLowerCase(Locale.ROOT);
        return (end.endsWith(" of ") || end.endsWith(" of the ")) && DELEGATION_OF.matcher(near).find();
    }
    /** "except Chile", "other than Peru and ": the words that set apart the state after them (and those listed with it). */
    private static final Pattern EXCEPT_BEFORE = Pattern.compile("(?i)\\b(?:except(?: for)?|other than|excluding|all but)\\s+"
            + "(?:the\\s+)?(?:\\p{Lu}[\\w'’.-]*(?:\\s+\\p{Lu}[\\w'’.-]*)*(?:\\s*,\\s*|\\s+and\\s+)(?:the\\s+)?)*$");
    private static final Pattern DIRECT_OBJECT_GAP = Pattern.compile("\\s+(?:the\\s+)?");
    private static final Pattern TRANSITIVE = Pattern.compile("(?i)(?:supported|supporting|backed|backing|opposed|opposing|endorsed|vetoed|vetoing)");

    /** "supported Ukraine": a state right after a transitive cue is what was supported, not a voter ("backed by X" is). */
    private static boolean isObjectOf(String t, int[] cue, StateMention sm) {
        String between = t.substring(cue[1], sm.start());
        return TRANSITIVE.matcher(t.substring(cue[0], cue[1])).matches() && DIRECT_OBJECT_GAP.matcher(between).matches();
    }

    private static final Pattern LIST_GLUE = Pattern.compile("(?:\\s*,\\s*|\\s+and\\s+|\\s*,\\s*and\\s+|\\s+or\\s+|\\s+as well as\\s+)(?:the\\s+)?");
    private static final Pattern CUE_FOLLOWS = Pattern.compile("^[\\s,]*(?:(?:all|both|also|each|then|had|have|has|were|was|too)\\s+)*"
            + "(?:among\\s+(?:the\\s+)?(?:[\\w-]+\\s+)?(?:countries|nations|states|members|delegations|others)?\\s*(?:that|who|which)?\\s*)?$");

    /**
     * "with Britain and Switzerland abstaining": a list of states directly followed by a cue takes that cue, even when
     * another cue ("12 votes in favour, with") sits closer to its first member. Returns, per mention, a cue index or -1.
     */
    private static int[] groupCues(String t, List<StateMention> mentions, List<int[]> cues) {
        int[] out = new int[mentions.size()];
        java.util.Arrays.fill(out, -1);
        // each made when the quick no first lets a region through
        Matcher glue = null;
        Matcher cueFollows = null;
        int i = 0;
        while (i < mentions.size()) {
            int j = i;
            while (j + 1 < mentions.size()) {
                int from = mentions.get(j).end();
                int to = mentions.get(j + 1).start();
                if (!opensWith(t, from, to, false, ",ao")) {
                    break;
                }
                glue = glue != null ? glue : LIST_GLUE.matcher(t);
                if (!glue.region(from, to).matches()) {
                    break;
                }
                j++;
            }
            int end = mentions.get(j).end();
            // "opposed by Russia and China, with three abstaining": a passive cue's agents are its own, up to a ", and"
            // that opens a clause of the next state ("opposed by A, and B abstained")
            int passive = passiveBefore(t, cues, mentions.get(i).start());
            for (int k = i; passive >= 0 && k <= j; k++) {
                out[k] = passive;
                if (k < j && t.substring(mentions.get(k).end(), mentions.get(k + 1).start()).contains(", and")) {
                    break;
                }
            }
            for (int c = 0; c < cues.size(); c++) {
                int cue = cues.get(c)[0];
                if (cue < end || !opensWith(t, end, cue, true, "abethw")) {
                    continue;
                }
                cueFollows = cueFollows != null ? cueFollows : CUE_FOLLOWS.matcher(t);
                if (cueFollows.region(end, cue).matches()) {
                    for (int k = firstOfClause(t, mentions, cues, i, j); k <= j; k++) {
                        out[k] = c;
                    }
                    break;
                }
            }
            i = j + 1;
        }
        return out;
    }

    /** The passive cue whose "by" directly precedes {@code start} ("opposed by A"), or -1. */
    private static int passiveBefore(String t, List<int[]> cues, int start) {
        for (int c = 0; c < cues.size(); c++) {
            int[] cue = cues.get(c);
            if (cue[1] <= start && start - cue[1] < 12 && t.substring(cue[1], start).strip().equals("by") && agentFollows(t, cue[1])) {
                return c;
            }
        }
        return -1;
    }

    /**
     * "opposed by A, and B abstained": a list that opens as a passive cue's agent is two clauses, and the cue after
     * it takes only the states from its first "and" on (the last state where no "and" joins them).
     */
    private static int firstOfClause(String t, List<StateMention> mentions, List<int[]> cues, int first, int last) {
        int start = mentions.get(first).start();
        boolean agent = false;
        for (int[] c : cues) {
            agent |= c[1] <= start && agentFollows(t, c[1]) && t.substring(c[1], start).strip().equals("by");
        }
        if (!agent) {
            return first;
        }
        for (int k = first + 1; k <= last; k++) {
            String glue = t.substring(mentions.get(k - 1).end(), mentions.get(k).start());
            if (glue.contains("and")) {
                return k;
            }
        }
        return last;
    }

    /**
     * A quick no before an expression anchored at {@code from}: whether [from, to) goes on, after any spaces, with
     * one of {@code any}, or after at least one space with one of {@code afterSpace} (letters in either case).
     */
    private static boolean mayOpen(String t, int from, int to, String any, String afterSpace) {
        int i = skipSpaces(t, from, to, false);
        if (i == to) {
            return false;
        }
        char c = Character.toLowerCase(t.charAt(i));
        return any.indexOf(c) >= 0 || i > from && afterSpace.indexOf(c) >= 0;
    }

    /**
     * A quick no before an expression that must match all of [from, to): whether the region is empty after its
     * opening spaces (and commas, with {@code commas}), or goes on with one of {@code first} in either case.
     */
    private static boolean opensWith(String t, int from, int to, boolean commas, String first) {
        int i = skipSpaces(t, from, to, commas);
        return i == to || first.indexOf(Character.toLowerCase(t.charAt(i))) >= 0;
    }

    /** Where [from, to) goes on after its opening \s characters (and commas, with {@code commas}). */
    private static int skipSpaces(String t, int from, int to, boolean commas) {
        int i = from;
        while (i < to && (Sentences.isSpace(t.charAt(i)) || commas && t.charAt(i) == ',')) {
            i++;
        }
        return i;
    }

    /**
     * The clause boundaries a cue does not reach across: each ';', ". " and the words "while", "whereas" and "but"
     * ("but who ..." goes on with an aside about the state: "Peru, sacked in May but who kept its seat, voted").
     */
    private static final KeyedPattern CLAUSE_BREAK = KeyedPattern.anywhere(Pattern.compile(
            // "Washington abstained because the embargo had isolated it rather than Cuba": a reason is a clause of its own,
            // and so is a concession ("adopted with 30 abstentions, despite US threats")
            // ("though" too, but not the adverb: "Chile, though, abstained")
            ";|\\. |(?<![\\p{L}\\p{Nd}])(?:while|whereas|because|although|despite|though(?!\\s*[,.;])|but(?!\\s+(?:who|which|whose)\\b))(?![\\p{L}\\p{Nd}])"
            // an absolute clause has its own subject: in "Japan spoke on Monday, with Russia abstaining" only Russia abstained
            + "|(?<=,\\s{0,2})with(?=\\s+(?:[\\p{L}.'’-]+\\s+){1,6}?\\p{L}+ing\\b)"),
            ";", ". ", "while", "whereas", "because", "although", "despite", "though", "but", "with");

    /** The [start, end) pairs of the sentence's clause boundaries, found once per sentence. */
    private static int[] clauseBreaks(KeyedPattern.Text text) {
        int[] out = new int[0];
        for (KeyedPattern.Scan scan = CLAUSE_BREAK.scan(text); scan.find(); ) {
            out = java.util.Arrays.copyOf(out, out.length + 2);
            out[out.length - 2] = scan.match().start();
            out[out.length - 1] = scan.match().end();
        }
        return out;
    }

    /**
     * "Peru did not sponsor the text, but voted for it": a clause that opens with its cue has no subject of its
     * own; the state before the break is it.
     */
    private static boolean sharedSubject(String t, int[] breaks, StateMention sm, int[] cue) {
        if (cue[0] < sm.end()) {
            return false;
        }
        for (int b = 0; b < breaks.length; b += 2) {
            if (breaks[b] >= sm.end() && breaks[b + 1] <= cue[0]) {
                return t.substring(breaks[b + 1], cue[0]).isBlank();
            }
        }
        return false;
    }

    private static final Pattern POLICY_AFTER = Pattern.compile("(?i)\\s+(?:the\\s+)?(re-?imposition|imposition|lifting|easing|extension"
            + "|renewal|continuation|termination|restoration|removal|return|suspension)\\s+of\\b");

    /** A text's title in quotation marks after the word that names it. */
    private static final KeyedPattern QUOTED_TITLE = KeyedPattern.atWords(Pattern.compile("(?i)\\b(?:resolutions?|draft|text|entitled|titled|called)\\s*[:,]?\\s*[“\"][^”\"]{1,400}[”\"]"),
            "resolution", "draft", "text", "entitled", "titled", "called");

    /** The [start, end) pairs of the pattern's matches. */
    private static int[] spans(KeyedPattern p, KeyedPattern.Text t) {
        int[] out = new int[0];
        for (KeyedPattern.Scan scan = p.scan(t); scan.find(); ) {
            Matcher m = scan.match();
            out = java.util.Arrays.copyOf(out, out.length + 2);
            out[out.length - 2] = m.start();
            out[out.length - 1] = m.end();
        }
        return out;
    }

    private static boolean inSpan(int[] spans, int at) {
        for (int b = 0; b < spans.length; b += 2) {
            if (spans[b] <= at && at < spans[b + 1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a clause boundary lies within [from, to). */
    private static boolean crossesClause(int[] breaks, int from, int to) {
        for (int b = 0; b < breaks.length; b += 2) {
            if (breaks[b] >= from && breaks[b + 1] <= to) {
                return true;
            }
        }
        return false;
    }
}
