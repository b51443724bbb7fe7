package org.unref.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.unref.common.ProblemException;

/** The 1 MB limit is on the UTF-8 bytes of the text, whatever its alphabet, to the byte. */
class TextBodiesTest {

    @Test
    void shouldAcceptThreeByteCharactersUpToTheLimitAndRefuseTheNextOne() {
        // "€" is 3 bytes of UTF-8: 349,525 of them are 1,048,575 bytes, one more is 1,048,578.
        String atLimit = "€".repeat(TextBodies.MAX_BYTES / 3);
        assertEquals(TextBodies.MAX_BYTES - 1, atLimit.getBytes(StandardCharsets.UTF_8).length);
        assertSame(atLimit, TextBodies.check(atLimit, "text"));
        ProblemException tooLarge = assertThrows(ProblemException.class, () -> TextBodies.check(atLimit + "€", "text"));
        assertEquals(413, tooLarge.status());
    }

    @Test
    void shouldMeasureFourByteCharactersAsFourBytes() {
        // U+1F310 is a surrogate pair (2 chars) and 4 bytes: 262,144 of them are exactly the limit.
        String globes = "\uD83C\uDF10".repeat(TextBodies.MAX_BYTES / 4);
        assertSame(globes, TextBodies.check(globes, "text"));
        assertEquals(413, assertThrows(ProblemException.class, () -> TextBodies.check(globes + "a", "text")).status());
    }

    @Test
    void shouldRefuseMoreThanTheLimitOfOneByteCharacters() {
        String ascii = "a".repeat(TextBodies.MAX_BYTES);
        assertSame(ascii, TextBodies.check(ascii, "text"));
        assertEquals(413, assertThrows(ProblemException.class, () -> TextBodies.check(ascii + "a", "text")).status());
    }
}
