package org.unref.common;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One page of a list: the items, the cursor of the next page (null on the last) and, when asked, the total. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page, to pass as `cursor`; null on the last page.", nullable = true)
        @JsonInclude(JsonInclude.Include.ALWAYS) String next,
        @Schema(description = "How many records match the filters in all pages; only with count=true.", nullable = true) Long total) {

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), next, total);
    }
}
