package org.unref.resolution;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One paragraph of a resolution's text, addressable by {@link #paragraphId} ("op-3", "pp-2", "op-2-a"). */
@Entity
@Table(name = "resolution_paragraph")
public class ResolutionParagraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "resolution_id", nullable = false, length = 100)
    public String resolutionId;

    @Column(name = "paragraph_id", nullable = false, length = 60)
    public String paragraphId;

    /** The element's id in the UN's AKN file. */
    @Column(name = "eid", length = 150)
    public String eId;

    @Column(nullable = false)
    public int ordinal;

    /** preamble, operative, sub or heading. */
    @Column(nullable = false, length = 12)
    public String kind;

    @Column(name = "num", length = 20)
    public String number;

    @Column(name = "parent_id", length = 60)
    public String parentId;

    @Column(name = "body_text", nullable = false, length = 100000)
    public String text;

    @Convert(converter = ParagraphLink.ListConverter.class)
    @Column(nullable = false, length = 100000)
    public List<ParagraphLink> links = new ArrayList<>();
}
