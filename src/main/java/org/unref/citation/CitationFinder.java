package org.unref.citation;

import java.util.List;

/**
 * One family of citation forms. Finders add candidates freely; the extractor settles overlaps, so a finder never
 * needs to know about the others.
 */
interface CitationFinder {

    /** The words where this finder's citations can start; the extractor finds all finders' words in one pass. */
    List<Triggers.Words> words();

    void find(String text, Triggers triggers, List<Citation> out);
}
