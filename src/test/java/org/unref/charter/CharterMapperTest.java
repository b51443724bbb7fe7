package org.unref.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CharterMapperTest {

    @Test
    void shouldLabelIdsAsCitationsWriteThem() {
        assertEquals("Article 27", CharterMapper.label("art-27"));
        assertEquals("Article 27(3)", CharterMapper.label("art-27-3"));
        assertEquals("Article 55(a)", CharterMapper.label("art-55-a"));
        assertEquals("Article 13(1)(a)", CharterMapper.label("art-13-1-a"));
    }
}
