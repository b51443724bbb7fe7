package org.unref.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.unref.common.UnknownRecordException;
import org.unref.resolution.Resolution;
import org.unref.veto.Veto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a whole collection as CSV or JSON Lines in constant memory: pages of {@value #PAGE} records by id,
 * each read in a short transaction of its own and written out before the next is read.
 */
@ApplicationScoped
public class ExportService {

    static final int PAGE = 500;

    private record Chunk<R>(List<R> rows, String lastId) {
    }

    private record Collection<E, R>(Class<E> entity, Function<E, String> id, Function<E, R> row, Class<R> rowType) {
    }

    private static final Map<String, Collection<?, ?>> COLLECTIONS = Map.of(
            "resolutions", new Collection<>(Resolution.class, r -> r.id, ExportRows.ResolutionRow::of, ExportRows.ResolutionRow.class),
            "vetoes", new Collection<>(Veto.class, v -> v.id, ExportRows.VetoRow::of, ExportRows.VetoRow.class));

    private final CsvMapper csv = (CsvMapper) new CsvMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    EntityManager em;

    /** Fails with 404 before anything is written when the collection is not one unref exports. */
    public void check(String collection) {
        if (!COLLECTIONS.containsKey(collection)) {
            throw new UnknownRecordException("exportable collection (resolutions, vetoes)", collection);
        }
    }

    public void write(String collection, ExportFormat format, Instant updatedSince, OutputStream out) {
        check(collection);
        write(COLLECTIONS.get(collection), format, updatedSince, out);
    }

    private <E, R> void write(Collection<E, R> c, ExportFormat format, Instant updatedSince, OutputStream out) {
        try (SequenceWriter writer = format == ExportFormat.CSV
                ? csv.writer(csv.schemaFor(c.rowType()).withHeader()).writeValues(out)
                : json.writerFor(c.rowType()).withRootValueSeparator("\n").writeValues(out)) {
            String after = "";
            int written = 0;
            while (true) {
                String from = after;
                // Rows are made inside the transaction, where the records' lazy lists can still be read.
                Chunk<R> chunk = QuarkusTransaction.requiringNew().call(() -> {
                    List<E> entities = page(c.entity(), from, updatedSince);
                    String last = entities.isEmpty() ? null : c.id().apply(entities.get(entities.size() - 1));
                    return new Chunk<>(entities.stream().map(c.row()).toList(), last);
                });
                for (R row : chunk.rows()) {
                    writer.write(row);
                    written++;
                }
                if (chunk.rows().size() < PAGE) {
                    break;
                }
                after = chunk.lastId();
                writer.flush();
            }
            if (format == ExportFormat.JSONL && written > 0) {
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <E> List<E> page(Class<E> entity, String after, Instant updatedSince) {
        String jpql = "select e from " + entity.getSimpleName() + " e where e.id > :after"
                + (updatedSince == null ? "" : " and e.updatedAt >= :since") + " order by e.id";
        TypedQuery<E> query = em.createQuery(jpql, entity).setParameter("after", after).setMaxResults(PAGE);
        if (updatedSince != null) {
            query.setParameter("since", updatedSince);
        }
        return query.getResultList();
    }
}
