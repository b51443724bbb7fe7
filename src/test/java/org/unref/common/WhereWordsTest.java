package org.unref.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words of a search, as /statements?q= and /search both read them. */
class WhereWordsTest {

    @Test
    void shouldFoldSplitAndKeepEachWordOnce() {
        assertEquals(List.of("états", "membres"), Where.words("  États\tMEMBRES états "));
    }

    @Test
    void shouldKeepAtMostTenWords() {
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"), Where.words("1 2 3 4 5 6 7 8 9 10 11 12"));
    }

    @Test
    void shouldGiveNoWordsForBlankText() {
        assertEquals(List.of(), Where.words(" \t "));
    }
}
