package org.unref.resolution;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Keyset;
import org.unref.common.Page;

@ApplicationScoped
public class ResolutionService {

    @Inject
    ResolutionRepository repository;

    public ResolutionDto get(String id) {
        return repository.findByIdOptional(id)
                .map(ResolutionMapper::toDto)
                .orElseThrow(() -> new UnknownResolutionException(id));
    }

    public Page<ResolutionDto> list(ResolutionFilter filter, String after, int limit, boolean count) {
        return list(filter, after, limit, count, ResolutionMapper::toDto);
    }

    /** The page in another shape than the API record: the export's rows for {@code Accept: text/csv}. */
    public <T> Page<T> list(ResolutionFilter filter, String after, int limit, boolean count, Function<Resolution, T> as) {
        return Keyset.page(repository.listAfter(filter, after, limit), limit, r -> r.sortKey, count,
                () -> repository.countMatching(filter))
                .map(as);
    }
}
