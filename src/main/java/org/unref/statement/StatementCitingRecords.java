package org.unref.statement;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.citation.CitingRecords;
import org.unref.citation.CitingSource;

/** Tells cited-by lists the title, date and link of the statements that cite a record. */
@ApplicationScoped
public class StatementCitingRecords implements CitingRecords {

    @Inject
    StatementRepository repository;

    @Override
    public Map<String, CitingSource> statements(Collection<String> ids) {
        var numbers = ids.stream().filter(id -> id.matches("[0-9]{1,18}")).map(Long::valueOf).toList();
        if (numbers.isEmpty()) {
            return Map.of();
        }
        return repository.getEntityManager()
                .createQuery("select s.id, s.title, s.date from Statement s where s.id in :ids", Object[].class)
                .setParameter("ids", numbers)
                .getResultStream()
                .collect(Collectors.toMap(r -> String.valueOf(r[0]),
                        r -> new CitingSource("statement", String.valueOf(r[0]), (String) r[1], (java.time.LocalDate) r[2],
                                StatementMapper.link((Long) r[0]))));
    }
}
