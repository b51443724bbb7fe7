package org.unref.common;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link CachedReads} resource: its answers list statements (the cited-by lists), so a statement write drops them
 * from the {@link ResponseCache}. On a resource with writes: its writes change statements and their citations and
 * nothing else, so they drop only such answers, and the cached reference data stays.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ListsStatements {
}
