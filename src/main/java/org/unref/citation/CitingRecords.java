package org.unref.citation;

import java.util.Collection;
import java.util.Map;

/**
 * Labels of the statements that cite something, supplied by the statement feature, so that citation does not
 * read statement tables.
 */
public interface CitingRecords {

    /** The statements among {@code ids}, by id. */
    Map<String, CitingSource> statements(Collection<String> ids);
}
