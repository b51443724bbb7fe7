package org.unref.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void shouldLabelCharterIdsAsCitationsWriteThem() {
        assertEquals("Article 27", Links.charterLabel("art-27"));
        assertEquals("Article 27(3)", Links.charterLabel("art-27-3"));
        assertEquals("Article 55(a)", Links.charterLabel("art-55-a"));
        assertEquals("Article 13(1)(a)", Links.charterLabel("art-13-1-a"));
    }

    @Test
    void shouldPathCharterProvisionsByTheirIds() {
        assertEquals("/api/v1/charter/articles/27", Links.charterProvision("art-27"));
        assertEquals("/api/v1/charter/articles/27/paragraphs/3", Links.charterProvision("art-27-3"));
        assertEquals("/api/v1/charter/articles/55/paragraphs/a", Links.charterProvision("art-55-a"));
        assertEquals("/api/v1/charter/articles/13/paragraphs/1-a", Links.charterProvision("art-13-1-a"));
        assertNull(Links.charterProvision("chapter-vii"));
    }
}
