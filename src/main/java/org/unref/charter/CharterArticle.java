package org.unref.charter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unref.common.JsonConverters;

/** An article of the Charter, by its number; its wording is in {@link CharterProvision} rows. */
@Entity
@Table(name = "charter_article")
public class CharterArticle {

    @Id
    @Column(name = "article_number")
    public int number;

    @Column(name = "chapter_numeral", nullable = false, length = 5)
    public String chapterNumeral;

    /** The heading inside chapters IV, V, X and XIII ("Voting"), or null. */
    @Column(name = "section_title", length = 100)
    public String section;

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 2000)
    public List<String> notes = new ArrayList<>();
}
