package org.unref.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Charter: articles ("Article 27 (3)", "Article 27, paragraph 3", "Article 27, para. 3", "Art. 27(3)",
 * "paragraph 3 of Article 27", "the third paragraph of Article Twenty-Seven", "Article 55 (a)", "Articles 41 and 42",
 * "Articles 10 to 14"),
 * chapters ("Chapter VII of the Charter", "Chapters VI and VII") and the Charter as a whole.
 *
 * <p>
 * Many treaties have articles, so the rule that decides which articles are the Charter's is:
 * <ol>
 * <li>followed by "of the Charter" (or "of the United Nations Charter", ...): the Charter, whatever the case;</li>
 * <li>followed by "of" anything else ("of the Rome Statute", "of the Convention", "of resolution ..."): not the
 * Charter;</li>
 * <li>otherwise only a capitalised "Article"/"Chapter" counts (UN texts capitalise the Charter's; "article 3" of a
 * convention is lower case), and only when the nearest instrument named before it is the Charter or none is named.
 * So "the Rome Statute ... Article 7" is left alone, and "the UN Charter ... Article 27" is the Charter's.</li>
 * </ol>
 * A range ("Articles 10 to 14") is one citation over the whole phrase whose reference lists every article in
 * {@link Reference#rangeIds()}: the articles between the ends are cited too, but have no text of their own to point
 * at. A list ("Articles 41 and 42") gives one citation per article.
 */
final class CharterPatterns implements CitationFinder {

    private static final int ARTICLES = 111;
    private static final int CHAPTERS = 19;

    private static final Pattern ARTICLE_HEAD = Pattern
            .compile("(?<![\\p{L}\\p{N}])(?<head>Articles|Article|ARTICLES?|Arts\\.|Art\\.|articles|article)(?:[\\s\\u00A0\\u202F]+|(?<=\\.))");

    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[\\s\\u00A0\\u202F]*(?:(?<digits>[1-9]\\d{0,2})(?![\\p{N}]|[./]\\d)"
            + "|(?<words>(?i:(?:one[\\s\\u00A0\\u202F]+hundred(?:[\\s\\u00A0\\u202F]+and)?[\\s\\u00A0\\u202F]+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[-[\\s\\u00A0\\u202F]](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine)))(?![\\p{L}]))");

    /**
     * "(3)", "(3)(b)", "(a)", ", paragraph 3", ", paragraph 3 (b)" right after the article number; "paragraph" may be
     * capitalised or shortened to "para." or "para" ("Article 27, para. 3").
     */
    private static final Pattern ARTICLE_DETAIL = Pattern.compile(
            "[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]+(?:[Pp]aragraph[\\s\\u00A0\\u202F]+|[Pp]ara\\.[\\s\\u00A0\\u202F]*|[Pp]ara[\\s\\u00A0\\u202F]+)(?<p2>[1-9]\\d?)(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?<i2>[a-z])[\\s\\u00A0\\u202F]*\\))?(?![\\p{N}])"
                    + "|(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?<p1>[1-9]\\d?)[\\s\\u00A0\\u202F]*\\))?(?:[\\s\\u00A0\\u202F]*\\([\\s\\u00A0\\u202F]*(?<i1>[a-z])[\\s\\u00A0\\u202F]*\\))?");

    /** "paragraph 3 of ", "the third paragraph of " before "Article". */
    private static final Pattern PARAGRAPH_BEFORE = Pattern.compile("(?:(?<![\\p{L}])(?:[Tt]he[\\s\\u00A0\\u202F]+)?(?<ordinal>[A-Za-z]+(?:-[A-Za-z]+)?)"
            + "[\\s\\u00A0\\u202F]+paragraph|(?<![\\p{L}])[Pp]aragraph[\\s\\u00A0\\u202F]+(?<p>[1-9]\\d?))[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+\\z");

    private static final Pattern CHAPTER_HEAD = Pattern
            .compile("(?<![\\p{L}\\p{N}])(?<head>Chapters|Chapter|CHAPTERS?|chapters|chapter)[\\s\\u00A0\\u202F]+");

    private static final Pattern CHAPTER_NUMBER = Pattern.compile("[\\s\\u00A0\\u202F]*(?<roman>[IVX]{1,5})(?![\\p{L}\\p{N}])");

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s\\u00A0\\u202F]*,[\\s\\u00A0\\u202F]*(?:and[\\s\\u00A0\\u202F]+|or[\\s\\u00A0\\u202F]+)?|[\\s\\u00A0\\u202F]+(?:and|or)[\\s\\u00A0\\u202F]+");
    private static final Pattern RANGE_SEPARATOR = Pattern.compile("[\\s\\u00A0\\u202F]+(?:to|through)[\\s\\u00A0\\u202F]+|[\\s\\u00A0\\u202F]*[-\u2013][\\s\\u00A0\\u202F]*");

    private static final Pattern CHARTER_AFTER = Pattern.compile("[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*of[\\s\\u00A0\\u202F]+(?:(?:the|its|our)[\\s\\u00A0\\u202F]+)?"
            + "(?:Charter(?:[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+the[\\s\\u00A0\\u202F]+United[\\s\\u00A0\\u202F]+Nations)?|(?:United[\\s\\u00A0\\u202F]+Nations|UN|U\\.N\\.)[\\s\\u00A0\\u202F]+Charter)"
            + "(?![\\p{L}]|[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+(?!the[\\s\\u00A0\\u202F]+United[\\s\\u00A0\\u202F]+Nations))");
    private static final Pattern OTHER_AFTER = Pattern.compile("[\\s\\u00A0\\u202F]*,?[\\s\\u00A0\\u202F]*of[\\s\\u00A0\\u202F]+");

    /** The Charter as a whole. A bare "Charter" counts only after "the"/"our"/"its", never "the African Charter". */
    private static final Pattern CHARTER = Pattern.compile("(?<![\\p{L}])(?:Charter[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+the[\\s\\u00A0\\u202F]+United[\\s\\u00A0\\u202F]+Nations"
            + "|(?:United[\\s\\u00A0\\u202F]+Nations|UN|U\\.N\\.)[\\s\\u00A0\\u202F]+Charter|(?<=(?<![\\p{L}])(?:the|The|our|Our|its)[\\s\\u00A0\\u202F])Charter"
            + "(?![\\s\\u00A0\\u202F]+(?:of|on|for)[\\s\\u00A0\\u202F]))(?![\\p{L}\\p{N}])");

    /** Instruments other than the UN Charter that have articles and chapters of their own. */
    private static final Pattern OTHER_INSTRUMENT = Pattern.compile("(?<![\\p{L}])(?:Statute|Convention|Covenant|Protocol"
            + "|Treaty|Agreement|Constitution|Declaration|Accords?|Charter|Pact|Code|Rules[\\s\\u00A0\\u202F]+of[\\s\\u00A0\\u202F]+Procedure)(?![\\p{L}])");

    private static final Triggers.Words CHARTER_WORD = new Triggers.Words("Charter");
    /** How far before "Charter" its name can begin: "United Nations ", "U.N. ", "UN ", or at "Charter" itself. */
    private static final int[] CHARTER_PREFIX_LENGTHS = {"United Nations ".length(), "U.N. ".length(), "UN ".length(), 0};
    private static final Triggers.Words ARTICLE_WORDS = new Triggers.Words("Article", "ARTICLE", "article", "Art.", "Arts.");
    private static final Triggers.Words CHAPTER_WORDS = new Triggers.Words("Chapter", "CHAPTER", "chapter");
    private static final Triggers.Words INSTRUMENT_WORDS = new Triggers.Words("Statute", "Convention", "Covenant",
            "Protocol", "Treaty", "Agreement", "Constitution", "Declaration", "Accord", "Charter", "Pact", "Code", "Rules");

    private record Mention(int position, boolean unCharter) {
    }

    @Override
    public List<Triggers.Words> words() {
        return List.of(CHARTER_WORD, ARTICLE_WORDS, CHAPTER_WORDS, INSTRUMENT_WORDS);
    }

    @Override
    public void find(String text, Triggers triggers, List<Citation> out) {
        List<Citation> charters = new ArrayList<>();
        Matcher charter = CHARTER.matcher(text);
        triggers.forEach(CHARTER_WORD, position -> {
            // The match may begin before "Charter" ("United Nations Charter"): try the few possible starts.
            for (int back : CHARTER_PREFIX_LENGTHS) {
                int start = position - back;
                if (start >= 0 && Triggers.matchesAt(charter, text, start) && charter.end() > position) {
                    charters.add(Citation.of(text, charter.start(), charter.end(), CitationKind.CHARTER,
                            Reference.charter(), null));
                    return;
                }
            }
        });
        InstrumentContext context = new InstrumentContext(text, triggers, charters);
        findArticles(text, triggers, context, out);
        findChapters(text, triggers, context, out);
        out.addAll(charters);
    }

    private void findArticles(String text, Triggers triggers, InstrumentContext context, List<Citation> out) {
        Matcher head = ARTICLE_HEAD.matcher(text);
        Matcher number = ARTICLE_NUMBER.matcher(text);
        Matcher detail = ARTICLE_DETAIL.matcher(text);
        Matcher list = LIST_SEPARATOR.matcher(text);
        Matcher range = RANGE_SEPARATOR.matcher(text);
        List<Citation> group = new ArrayList<>();
        triggers.forEach(ARTICLE_WORDS, position -> {
            if (Triggers.matchesAt(head, text, position)) {
                citeArticles(text, context, head, number, detail, list, range, group, out);
            }
        });
    }

    private void citeArticles(String text, InstrumentContext context, Matcher head, Matcher number, Matcher detail,
            Matcher list, Matcher range, List<Citation> group, List<Citation> out) {
        {
            group.clear();
            String word = head.group("head");
            boolean plural = word.endsWith("s") || word.endsWith("S") || word.equals("Arts.");
            boolean capitalised = Character.isUpperCase(word.charAt(0));
            number.region(head.end(), text.length());
            if (!number.lookingAt()) {
                return;
            }
            int article = articleNumber(number);
            if (article < 1 || article > ARTICLES) {
                return;
            }
            int start = head.start();
            int end = number.end();
            String paragraph = null;
            String item = null;
            detail.region(end, text.length());
            if (detail.lookingAt() && detail.end() > end) {
                paragraph = first(detail.group("p1"), detail.group("p2"));
                item = first(detail.group("i1"), detail.group("i2"));
                end = detail.end();
            }
            Matcher before = plural ? null : Lookback.endingAt(PARAGRAPH_BEFORE, text, start, 50);
            if (before != null && paragraph == null) {
                String prefixParagraph = before.group("p") != null ? before.group("p")
                        : ordinalText(before.group("ordinal"));
                if (prefixParagraph != null) {
                    paragraph = prefixParagraph;
                    start = before.start();
                }
            }
            group.add(Citation.of(text, start, end, CitationKind.CHARTER_PROVISION,
                    Reference.article(article, paragraph, item), null));
            if (plural) {
                end = readArticleList(text, article, end, number, list, range, group);
            }
            finishGroup(text, group, end, capitalised, context, out);
        }
    }

    /** Continues "Articles 41 and 42" or "Articles 10 to 14" after the first number; returns the group's end. */
    private int readArticleList(String text, int firstArticle, int end, Matcher number, Matcher list, Matcher range,
            List<Citation> group) {
        range.region(end, text.length());
        if (range.lookingAt()) {
            number.region(range.end(), text.length());
            if (number.lookingAt() && number.group("digits") != null) {
                int last = articleNumber(number);
                if (last > firstArticle && last <= ARTICLES) {
                    Citation first = group.remove(0);
                    group.add(Citation.of(text, first.start(), number.end(), CitationKind.CHARTER_PROVISION,
                            Reference.articleRange(firstArticle, last), null));
                    return number.end();
                }
            }
            return end;
        }
        while (true) {
            list.region(end, text.length());
            if (!list.lookingAt()) {
                return end;
            }
            number.region(list.end(), text.length());
            if (!number.lookingAt() || number.group("digits") == null) {
                return end;
            }
            int article = articleNumber(number);
            if (article < 1 || article > ARTICLES) {
                return end;
            }
            int start = number.start() + leadingSpace(text, number.start());
            group.add(Citation.of(text, start, number.end(), CitationKind.CHARTER_PROVISION,
                    Reference.article(article, null, null), null));
            end = number.end();
        }
    }

    private void findChapters(String text, Triggers triggers, InstrumentContext context, List<Citation> out) {
        Matcher head = CHAPTER_HEAD.matcher(text);
        Matcher number = CHAPTER_NUMBER.matcher(text);
        Matcher list = LIST_SEPARATOR.matcher(text);
        List<Citation> group = new ArrayList<>();
        triggers.forEach(CHAPTER_WORDS, position -> {
            if (Triggers.matchesAt(head, text, position)) {
                citeChapters(text, context, head, number, list, group, out);
            }
        });
    }

    private void citeChapters(String text, InstrumentContext context, Matcher head, Matcher number, Matcher list,
            List<Citation> group, List<Citation> out) {
        {
            group.clear();
            String word = head.group("head");
            boolean plural = word.endsWith("s") || word.endsWith("S");
            int end = head.end();
            int position = end;
            while (true) {
                number.region(position, text.length());
                if (!number.lookingAt()) {
                    break;
                }
                int chapter = NumberWords.roman(number.group("roman"));
                if (chapter < 1 || chapter > CHAPTERS) {
                    break;
                }
                int start = group.isEmpty() ? head.start() : number.start() + leadingSpace(text, number.start());
                group.add(Citation.of(text, start, number.end(), CitationKind.CHARTER_CHAPTER,
                        Reference.chapter(number.group("roman")), null));
                end = number.end();
                if (!plural) {
                    break;
                }
                list.region(end, text.length());
                if (!list.lookingAt()) {
                    break;
                }
                position = list.end();
            }
            if (!group.isEmpty()) {
                finishGroup(text, group, end, Character.isUpperCase(word.charAt(0)), context, out);
            }
        }
    }

    /** Applies the Charter rule to a group of articles or chapters sharing one "of ..." tail. */
    private void finishGroup(String text, List<Citation> group, int end, boolean capitalised,
            InstrumentContext context, List<Citation> out) {
        Matcher charter = CHARTER_AFTER.matcher(text).region(end, text.length());
        if (charter.lookingAt()) {
            Citation last = group.remove(group.size() - 1);
            group.add(Citation.of(text, last.start(), charter.end(), last.kind(), last.reference(), null));
            out.addAll(group);
            return;
        }
        if (OTHER_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return;
        }
        if (capitalised && context.charterGoverns(group.get(0).start())) {
            out.addAll(group);
        }
    }

    private static int articleNumber(Matcher number) {
        return number.group("digits") != null ? Integer.parseInt(number.group("digits"))
                : NumberWords.cardinal(number.group("words"));
    }

    private static String ordinalText(String ordinal) {
        int value = NumberWords.ordinal(ordinal);
        return value > 0 && value < 20 ? String.valueOf(value) : null;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    private static int leadingSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** Which instrument a bare "Article N" belongs to: the nearest one named before it. */
    private static final class InstrumentContext {

        private final String text;
        private final Triggers triggers;
        private final List<Citation> charters;
        private List<Mention> mentions;

        InstrumentContext(String text, Triggers triggers, List<Citation> charters) {
            this.text = text;
            this.triggers = triggers;
            this.charters = charters;
        }

        /** Built on first use: most texts never need it, as their articles say "of the Charter". */
        private void collectMentions() {
            mentions = new ArrayList<>();
            Matcher other = OTHER_INSTRUMENT.matcher(text);
            int[] next = {0};
            triggers.forEach(INSTRUMENT_WORDS, position -> {
                if (!Triggers.matchesAt(other, text, position)) {
                    return;
                }
                while (next[0] < charters.size() && charters.get(next[0]).end() <= position) {
                    next[0]++;
                }
                boolean insideUnCharter = next[0] < charters.size() && charters.get(next[0]).start() <= position;
                mentions.add(new Mention(position, insideUnCharter));
            });
        }

        /** True when the nearest instrument named before {@code position} is the UN Charter, or none is named. */
        boolean charterGoverns(int position) {
            if (mentions == null) {
                collectMentions();
            }
            int low = 0;
            int high = mentions.size() - 1;
            Mention nearest = null;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                if (mentions.get(mid).position() < position) {
                    nearest = mentions.get(mid);
                    low = mid + 1;
                } else {
                    high = mid - 1;
                }
            }
            return nearest == null || nearest.unCharter();
        }
    }
}
