package org.unref.citation;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.unref.common.ProblemDetail;
import org.unref.common.ProblemException;

/** Reads the text of a request strictly: UTF-8 or a 400, no NUL bytes, not empty, at most {@link #MAX_BYTES}. */
public final class TextBodies {

    /** 1 MB of UTF-8: a long report fits, a mistaken upload of a binary file does not. */
    public static final int MAX_BYTES = 1024 * 1024;

    private TextBodies() {
    }

    public static String decode(byte[] body, String field) {
        if (body == null || body.length == 0) {
            throw empty(field);
        }
        if (body.length > MAX_BYTES) {
            throw tooLarge(field);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.invalidParameter(field, field + " is not valid UTF-8 text; send the text encoded as UTF-8");
        }
        return check(text, field);
    }

    /** Checks a text that arrived already decoded (in JSON). */
    public static String check(String text, String field) {
        if (text == null || text.isBlank()) {
            throw empty(field);
        }
        if (text.indexOf('\0') >= 0) {
            throw ProblemException.invalidParameter(field, field + " contains NUL characters; send plain text, not a binary file");
        }
        // UTF-8 takes 1 to 3 bytes per UTF-16 char (4 per surrogate pair), so only a text between a third of the
        // limit and the limit in chars needs encoding to be measured; a typical text is far below and is not copied.
        if (text.length() > MAX_BYTES
                || text.length() > MAX_BYTES / 3 && text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw tooLarge(field);
        }
        return text;
    }

    public static ProblemException tooLarge(String field) {
        return new ProblemException(413, "/problems/content-too-large", "Content Too Large",
                field + " is longer than 1 MB (1,048,576 bytes of UTF-8); split it into parts",
                List.of(new ProblemDetail.FieldError(field, field + " must be at most 1 MB")));
    }

    private static ProblemException empty(String field) {
        return ProblemException.invalidParameter(field, field + " is required and must not be empty");
    }
}
