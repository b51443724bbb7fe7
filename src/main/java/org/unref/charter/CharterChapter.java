package org.unref.charter;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unref.common.JsonConverters;
import org.unref.common.Source;

/** A chapter of the Charter, by its Roman numeral. */
@Entity
@Table(name = "charter_chapter")
public class CharterChapter {

    @Id
    @Column(length = 5)
    public String numeral;

    /** 1 for Chapter I to 19 for Chapter XIX. */
    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false, length = 200)
    public String title;

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 2000)
    public List<Source> sources = new ArrayList<>();
}
