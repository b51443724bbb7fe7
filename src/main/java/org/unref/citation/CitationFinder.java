package org.unref.citation;

import java.util.List;

/**
 * One family of citation forms. Finders add candidates freely; the extractor settles overlaps, so a finder never
 * needs to know about the others.
 */
interface CitationFinder {

    void find(String text, List<Citation> out);
}
