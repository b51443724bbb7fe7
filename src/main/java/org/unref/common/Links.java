package org.unref.common;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paths of unref's records and addresses of the UN documents it does not hold, built in one place. */
public final class Links {

    public static final String API = "/api/v1";
    private static final Pattern CHARTER_ID = Pattern.compile("art-(\\d+)(?:-([0-9]+|[a-z]))?(?:-([a-z]))?");

    private Links() {
    }

    public static String resolution(String id) {
        return API + "/resolutions/" + id;
    }

    public static String veto(String id) {
        return API + "/vetoes/" + id;
    }

    public static String referral(String id) {
        return API + "/uniting-for-peace/referrals/" + id;
    }

    public static String emergencySession(int number) {
        return API + "/emergency-special-sessions/" + number;
    }

    public static String chapter(String numeral) {
        return API + "/charter/chapters/" + numeral;
    }

    public static String article(int number) {
        return API + "/charter/articles/" + number;
    }

    /**
     * The path of a Charter provision by its id: {@code art-27} is the article, {@code art-27-3} its paragraph 3,
     * {@code art-55-a} a lettered item directly under an article, {@code art-2-7} paragraph 7 of Article 2.
     */
    public static String charterProvision(String id) {
        Matcher m = CHARTER_ID.matcher(id);
        if (!m.matches()) {
            return null;
        }
        String path = article(Integer.parseInt(m.group(1)));
        return m.group(2) == null ? path : path + "/paragraphs/" + m.group(2) + (m.group(3) == null ? "" : "-" + m.group(3));
    }

    /** How people write a Charter provision's id: "art-13-1-a" reads "Article 13(1)(a)". */
    public static String charterLabel(String id) {
        String[] parts = id.split("-");
        StringBuilder label = new StringBuilder("Article ").append(parts.length > 1 ? parts[1] : id);
        for (int i = 2; i < parts.length; i++) {
            label.append('(').append(parts[i]).append(')');
        }
        return label.toString();
    }

    /** The UN's own address of a document by its symbol (the Official Document System via undocs.org). */
    public static String undocs(String symbol) {
        return symbol == null ? null : "https://undocs.org/" + symbol.replace(" ", "");
    }
}
