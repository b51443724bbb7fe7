package org.unref.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** No record of a collection has the id asked for: 404. */
public class UnknownRecordException extends ProblemException {

    public UnknownRecordException(String what, String id) {
        this(what, id, "");
    }

    protected UnknownRecordException(String what, String id, String hint) {
        super(404, "/problems/not-found", "Not Found", "No " + what + " has the id '" + id + "'." + hint, null);
    }

    /**
     * For ids that are a symbol's slug, asked for in another form ("S-RES-2254-2015", "S/RES/2254 (2015)"): the
     * slug to try, and where a symbol in any spelling is looked up. Nothing for an id already in slug form.
     */
    protected static String symbolHint(String collectionPath, String id) {
        String slug = Slugs.of(id);
        if (slug.isEmpty() || slug.equals(id)) {
            return "";
        }
        return " Ids are the symbol in lower case with '-' for anything else: try " + collectionPath + "/" + slug
                + ", or look any spelling up with " + Links.API + "/resolve?cite="
                + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + ".";
    }
}
