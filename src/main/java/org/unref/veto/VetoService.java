package org.unref.veto;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Keyset;
import org.unref.common.Links;
import org.unref.common.Page;
import org.unref.unitingforpeace.VetoTriggers;

@ApplicationScoped
public class VetoService {

    /** The groupings of {@code /vetoes/stats}. */
    public enum StatsBy {
        MEMBER, YEAR, DECADE
    }

    @Inject
    VetoRepository repository;

    @Inject
    VetoTriggers triggers;

    public VetoDto get(String id) {
        Veto veto = repository.findByIdOptional(id).orElseThrow(() -> new UnknownVetoException(id));
        VetoTriggers.Triggered triggered = triggers.of(List.of(id));
        return VetoMapper.toDto(veto, triggered.referrals(id), triggered.emergencySessions(id));
    }

    public Page<VetoDto> list(VetoFilter filter, String after, int limit, boolean count) {
        Page<Veto> page = page(filter, after, limit, count);
        VetoTriggers.Triggered triggered = triggers.of(page.items().stream().map(v -> v.id).toList());
        return page.map(v -> VetoMapper.toDto(v, triggered.referrals(v.id), triggered.emergencySessions(v.id)));
    }

    /** The page in another shape than the API record: the export's rows for {@code Accept: text/csv}. */
    public <T> Page<T> list(VetoFilter filter, String after, int limit, boolean count, java.util.function.Function<Veto, T> as) {
        return page(filter, after, limit, count).map(as);
    }

    private Page<Veto> page(VetoFilter filter, String after, int limit, boolean count) {
        return Keyset.page(repository.listAfter(filter, after, limit), limit, v -> v.sortKey, count,
                () -> repository.countMatching(filter));
    }

    /** Counts by aggregate queries over a few hundred rows: cheap enough to answer afresh, and never stale. */
    public VetoStatsDto stats(StatsBy by) {
        long drafts = repository.count();
        List<VetoStatsDto.Group> groups = switch (by) {
            case MEMBER -> repository.countByMember().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new VetoStatsDto.Group(e.getKey(), PermanentMembers.name(e.getKey()), e.getValue(),
                            Links.API + "/vetoes?member=" + e.getKey()))
                    .toList();
            case YEAR -> new TreeMap<>(repository.countByYear()).entrySet().stream()
                    .map(e -> new VetoStatsDto.Group(e.getKey().toString(), e.getKey().toString(), e.getValue(),
                            Links.API + "/vetoes?year=" + e.getKey()))
                    .toList();
            case DECADE -> byDecade(repository.countByYear());
        };
        LocalDate[] span = repository.span();
        return new VetoStatsDto(by.name().toLowerCase(java.util.Locale.ROOT), drafts, span[0], span[1], groups);
    }

    private static List<VetoStatsDto.Group> byDecade(Map<Integer, Long> byYear) {
        Map<Integer, Long> decades = new TreeMap<>();
        byYear.forEach((year, n) -> decades.merge(year / 10 * 10, n, Long::sum));
        return decades.entrySet().stream()
                .map(e -> new VetoStatsDto.Group(e.getKey().toString(), e.getKey() + "s", e.getValue(),
                        Links.API + "/vetoes?from=" + e.getKey() + "-01-01&to=" + (e.getKey() + 9) + "-12-31"))
                .toList();
    }
}
