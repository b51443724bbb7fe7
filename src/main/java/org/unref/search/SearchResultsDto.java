package org.unref.search;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchResults", description = "The best hits, most relevant first.")
public record SearchResultsDto(@Schema(examples = "Syria chemical weapons") String q, List<SearchHitDto> items) {
}
