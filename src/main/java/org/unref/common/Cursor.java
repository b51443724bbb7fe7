package org.unref.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item of a page, base64url-encoded, so that the next page
 * starts strictly after it whatever was inserted meanwhile.
 */
public final class Cursor {

    private static final int MAX_LENGTH = 512;

    private Cursor() {
    }

    public static String encode(String sortKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sortKey.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key inside a cursor, or a 400 problem naming the {@code cursor} parameter. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH) {
            throw invalid();
        }
        try {
            String key = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (key.isEmpty() || key.chars().anyMatch(c -> c < 0x20 || c == 0xFFFD)) {
                throw invalid();
            }
            return key;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.invalidParameter("cursor",
                "cursor is not one this service gave out; pass the `next` value of the previous page unchanged");
    }
}
