package org.unref.common;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/** Turns the {@code limit + 1} rows of a keyset query into a page, so "is there more" costs no second query. */
public final class Keyset {

    private Keyset() {
    }

    public static <E> Page<E> page(List<E> rowsPlusOne, int limit, Function<E, String> sortKey, boolean count, LongSupplier total) {
        boolean more = rowsPlusOne.size() > limit;
        List<E> items = more ? rowsPlusOne.subList(0, limit) : rowsPlusOne;
        String next = more ? Cursor.encode(sortKey.apply(items.get(items.size() - 1))) : null;
        return new Page<>(List.copyOf(items), next, count ? total.getAsLong() : null);
    }
}
