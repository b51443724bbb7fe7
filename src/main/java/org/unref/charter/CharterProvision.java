package org.unref.charter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unref.common.JsonConverters;
import org.unref.common.Source;

/** One text of the Charter (a preamble line, a paragraph, a lettered item ...), word for word, in reading order. */
@Entity
@Table(name = "charter_provision")
public class CharterProvision {

    public enum Kind {
        PREAMBLE, INTRODUCTION, TEXT, PARAGRAPH, ITEM, CLOSING
    }

    @Id
    @Column(length = 30)
    public String id;

    /** Null for the preamble. */
    @Column(name = "article_number")
    public Integer article;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Kind kind;

    /** The paragraph number, for a paragraph and for an item under a paragraph. */
    public Integer paragraph;

    /** The letter of an item. */
    @Column(length = 1)
    public String item;

    @Column(nullable = false)
    public int ordinal;

    @Column(name = "body_text", nullable = false, length = 4000)
    public String text;

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 2000)
    public List<Source> sources = new ArrayList<>();
}
