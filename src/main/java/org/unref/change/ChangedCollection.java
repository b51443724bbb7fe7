package org.unref.change;

import java.util.function.Function;

import org.unref.common.Links;

/**
 * The collections whose records the change log follows, by the name of their path, each with the path of a record
 * by its id. Resolution texts and votes count as changes of their resolution; Charter chapters, articles,
 * paragraphs, lettered items and the preamble are all "charter", by the id the Charter's routes use.
 */
public enum ChangedCollection {
    RESOLUTIONS("resolutions", Links::resolution),
    VETOES("vetoes", Links::veto),
    STATEMENTS("statements", id -> Links.API + "/statements/" + id),
    CHARTER("charter", ChangedCollection::charterPath),
    EMERGENCY_SPECIAL_SESSIONS("emergency-special-sessions", id -> Links.emergencySession(Integer.parseInt(id))),
    REFERRALS("referrals", Links::referral);

    public final String label;
    private final Function<String, String> path;

    ChangedCollection(String label, Function<String, String> path) {
        this.label = label;
        this.path = path;
    }

    public String path(String id) {
        return path.apply(id);
    }

    static ChangedCollection of(String label) {
        for (ChangedCollection c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalStateException("change_log holds an unknown collection: " + label);
    }

    /** "preamble", a chapter's Roman numeral, or a provision id ("art-27", "art-27-3", "art-55-a"). */
    private static String charterPath(String id) {
        if ("preamble".equals(id)) {
            return Links.API + "/charter/preamble";
        }
        String provision = Links.charterProvision(id);
        return provision != null ? provision : Links.chapter(id);
    }
}
