package org.unref.resolution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.unref.common.JsonConverters;
import org.unref.common.Source;

/** What a resolution's stored text came with: the draft's sponsors and the sources of text and votes. */
@Entity
@Table(name = "resolution_text")
public class ResolutionText {

    @Id
    @Column(name = "resolution_id", length = 100)
    public String resolutionId;

    @Convert(converter = JsonConverters.StringList.class)
    @Column(nullable = false, length = 8000)
    public List<String> sponsors = new ArrayList<>();

    @Convert(converter = JsonConverters.SourceList.class)
    @Column(nullable = false, length = 4000)
    public List<Source> sources = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
