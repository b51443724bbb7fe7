package org.unref.unitingforpeace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Links;
import org.unref.common.Page;
import org.unref.common.Ref;
import org.unref.common.Slugs;
import org.unref.resolution.ResolutionRepository;

/** 377 (V), the Council's referrals under it and the emergency special sessions, with their links resolved. */
@ApplicationScoped
public class UnitingForPeaceService {

    static final String UNITING_FOR_PEACE = "A/RES/377(V)";

    @Inject
    ReferralRepository referrals;

    @Inject
    EmergencySessionRepository sessions;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    RelatedRecords related;

    public UnitingForPeaceDto overview() {
        String id = Slugs.of(UNITING_FOR_PEACE);
        var record = resolutions.findByIdOptional(id);
        Ref resolution = new Ref(id, UNITING_FOR_PEACE, record.isPresent() ? Links.resolution(id) : null);
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.API + "/uniting-for-peace");
        if (resolution.link() != null) {
            links.put("resolution", resolution.link());
        }
        links.put("document", Links.undocs(UNITING_FOR_PEACE));
        links.put("emergencySpecialSessions", Links.API + "/emergency-special-sessions");
        return new UnitingForPeaceDto(resolution, record.map(r -> r.adoptionDate).orElse(null),
                referralDtos(referrals.listByDate()), links);
    }

    public ReferralDto referral(String id) {
        return referrals.findByIdOptional(id)
                .map(r -> referralDtos(List.of(r)).get(0))
                .orElseThrow(() -> new UnknownReferralException(id));
    }

    public Page<EmergencySessionDto> sessions() {
        return new Page<>(sessionDtos(sessions.listByNumber()), null, null);
    }

    /** The sessions in another shape than the API record: the export's rows for {@code Accept: text/csv}. */
    public <T> Page<T> sessions(java.util.function.Function<EmergencySession, T> as) {
        return new Page<>(sessions.listByNumber().stream().map(as).toList(), null, null);
    }

    /** A session by its number as written in the path; anything but a held number is unknown (404), not malformed. */
    public EmergencySessionDto session(String number) {
        return (number.matches("[1-9][0-9]{0,2}") ? sessions.findByIdOptional(Integer.valueOf(number)) : java.util.Optional.<EmergencySession>empty())
                .map(s -> sessionDtos(List.of(s)).get(0))
                .orElseThrow(() -> new UnknownEmergencySessionException(number));
    }

    private List<ReferralDto> referralDtos(List<Referral> list) {
        Map<String, Ref> resolutionRefs = related.resolutionRefs(list.stream().map(r -> r.resolution).toList());
        Map<String, Ref> vetoRefs = related.vetoRefs(distinct(list.stream().flatMap(r -> r.triggeringVetoes.stream()).toList()));
        return list.stream()
                .map(r -> UnitingForPeaceMapper.toDto(r, resolutionRefs.get(r.resolution),
                        r.triggeringVetoes.stream().sorted().map(vetoRefs::get).toList()))
                .toList();
    }

    private List<EmergencySessionDto> sessionDtos(List<EmergencySession> list) {
        List<String> symbols = new ArrayList<>();
        list.forEach(s -> {
            symbols.addAll(s.resolutions);
            if (s.convenedUnder != null) {
                symbols.add(s.convenedUnder);
            }
        });
        Map<String, Ref> resolutionRefs = related.resolutionRefs(distinct(symbols));
        Map<String, Ref> vetoRefs = related.vetoRefs(distinct(list.stream().flatMap(s -> s.triggeringVetoes.stream()).toList()));
        Map<Integer, Ref> referralRefs = new LinkedHashMap<>();
        referrals.listByDate().stream().filter(r -> r.emergencySession != null)
                .forEach(r -> referralRefs.put(r.emergencySession, RelatedRecords.referralRef(r)));
        return list.stream()
                .map(s -> UnitingForPeaceMapper.toDto(s, s.convenedUnder == null ? null : resolutionRefs.get(s.convenedUnder),
                        referralRefs.get(s.number), s.triggeringVetoes.stream().sorted().map(vetoRefs::get).toList(),
                        s.resolutions.stream().map(resolutionRefs::get).toList()))
                .toList();
    }

    private static List<String> distinct(Collection<String> values) {
        return values.stream().distinct().toList();
    }
}
