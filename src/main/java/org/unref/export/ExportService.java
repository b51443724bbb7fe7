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

import org.hibernate.jpa.HibernateHints;
import org.unref.charter.CharterProvision;
import org.unref.common.Csv;
import org.unref.common.ProblemException;
import org.unref.common.UnknownRecordException;
import org.unref.resolution.Resolution;
import org.unref.statement.Statement;
import org.unref.unitingforpeace.EmergencySession;
import org.unref.unitingforpeace.Referral;
import org.unref.veto.Veto;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writes a whole collection as CSV or JSON Lines in constant memory: pages of {@value #PAGE} records (20 statements) by key,
 * each read in a short transaction of its own and written out before the next is read.
 */
@ApplicationScoped
public class ExportService {

    static final int PAGE = 500;

    private record Chunk<R>(List<R> rows, Object lastId) {
    }

    /**
     * A collection read in pages by its key ({@code key} > the last one written, from {@code start}); {@code updated}
     * says whether its records carry updatedAt.
     */
    private record Collection<E, R>(Class<E> entity, String key, Object start, Function<E, Object> id, Function<E, R> row,
            Class<R> rowType, boolean updated, int pageSize) {

        Collection(Class<E> entity, String key, Object start, Function<E, Object> id, Function<E, R> row, Class<R> rowType,
                boolean updated) {
            this(entity, key, start, id, row, rowType, updated, PAGE);
        }
    }

    private static final Map<String, Collection<?, ?>> COLLECTIONS = Map.of(
            "resolutions", new Collection<>(Resolution.class, "id", "", r -> r.id, ExportRows.ResolutionRow::of,
                    ExportRows.ResolutionRow.class, true),
            "vetoes", new Collection<>(Veto.class, "id", "", v -> v.id, ExportRows.VetoRow::of, ExportRows.VetoRow.class, true),
            // a statement's text may be up to 1 MB: smaller pages keep the memory a page takes bounded as for the others
            "statements", new Collection<>(Statement.class, "id", 0L, s -> s.id, ExportRows.StatementRow::of,
                    ExportRows.StatementRow.class, true, 20),
            // by ordinal, so the file reads like the Charter
            "charter", new Collection<>(CharterProvision.class, "ordinal", 0, p -> p.ordinal, ExportRows.CharterRow::of,
                    ExportRows.CharterRow.class, false),
            "emergency-special-sessions", new Collection<>(EmergencySession.class, "number", 0, s -> s.number,
                    ExportRows.EmergencySessionRow::of, ExportRows.EmergencySessionRow.class, true),
            "referrals", new Collection<>(Referral.class, "id", "", r -> r.id, ExportRows.ReferralRow::of,
                    ExportRows.ReferralRow.class, true));

    static final String NAMES = "resolutions, vetoes, statements, charter, emergency-special-sessions, referrals";

    private final CsvMapper csv = Csv.MAPPER;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Inject
    EntityManager em;

    /** Fails with 404 before anything is written when the collection is not one unref exports. */
    public void check(String collection) {
        if (!COLLECTIONS.containsKey(collection)) {
            throw new UnknownRecordException("exportable collection (" + NAMES + ")", collection);
        }
    }

    /**
     * The Charter's texts carry no time of change (they are those of the Charter as amended, loaded from the seed):
     * updatedSince cannot select among them, and saying so beats answering all or nothing.
     */
    public void checkUpdatedSince(String collection, Instant updatedSince) {
        check(collection);
        if (updatedSince != null && !COLLECTIONS.get(collection).updated()) {
            throw ProblemException.invalidParameter("updatedSince", "the " + collection + " export has no updatedSince: its records "
                    + "carry no time of change; /api/v1/changes lists the changes to them");
        }
    }

    public void write(String collection, ExportFormat format, Instant updatedSince, OutputStream out) {
        check(collection);
        write(COLLECTIONS.get(collection), format, updatedSince, out);
    }

    private <E, R> void write(Collection<E, R> c, ExportFormat format, Instant updatedSince, OutputStream out) {
        try (SequenceWriter writer = format == ExportFormat.CSV
                ? csv.writer(Csv.schema(c.rowType())).writeValues(out)
                : json.writerFor(c.rowType()).withRootValueSeparator("\n").writeValues(out)) {
            Object after = c.start();
            int written = 0;
            while (true) {
                Object from = after;
                // Rows are made inside the transaction, where the records' lazy lists can still be read.
                Chunk<R> chunk = QuarkusTransaction.requiringNew().call(() -> {
                    List<E> entities = page(c, from, updatedSince);
                    Object last = entities.isEmpty() ? null : c.id().apply(entities.get(entities.size() - 1));
                    return new Chunk<>(entities.stream().map(c.row()).toList(), last);
                });
                for (R row : chunk.rows()) {
                    writer.write(row);
                    written++;
                }
                if (chunk.rows().size() < c.pageSize()) {
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

    private <E, R> List<E> page(Collection<E, R> c, Object after, Instant updatedSince) {
        String jpql = "select e from " + c.entity().getSimpleName() + " e where e." + c.key() + " > :after"
                + (updatedSince == null ? "" : " and e.updatedAt >= :since") + " order by e." + c.key();
        // read-only: no snapshot of each record to compare at commit, which for the JSON-converted lists means
        // serializing and parsing them again
        TypedQuery<E> query = em.createQuery(jpql, c.entity()).setParameter("after", after).setMaxResults(c.pageSize())
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (updatedSince != null) {
            query.setParameter("since", updatedSince);
        }
        return query.getResultList();
    }
}
