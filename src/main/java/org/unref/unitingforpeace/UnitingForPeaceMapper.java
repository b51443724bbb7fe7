package org.unref.unitingforpeace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unref.common.Links;
import org.unref.common.Ref;
import org.unref.common.VoteDto;

/** Entities to API shapes, explicitly, field by field. Related records come in as refs already resolved. */
final class UnitingForPeaceMapper {

    private UnitingForPeaceMapper() {
    }

    static ReferralDto toDto(Referral r, Ref resolution, List<Ref> triggeringVetoes) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.referral(r.id));
        if (resolution.link() != null) {
            links.put("resolution", resolution.link());
        }
        links.put("document", Links.undocs(r.resolution));
        if (r.meetingRecord != null) {
            links.put("meeting", Links.undocs(r.meetingRecord));
        }
        Ref session = r.emergencySession == null ? null : RelatedRecords.sessionRef(r.emergencySession);
        if (session != null) {
            links.put("emergencySession", session.link());
        }
        return new ReferralDto(r.id, resolution, r.date, r.meetingRecord, VoteDto.of(r.vote), triggeringVetoes,
                List.copyOf(r.triggeringMeetings), session, r.subject, List.copyOf(r.sources), List.copyOf(r.notes), links);
    }

    static EmergencySessionDto toDto(EmergencySession s, Ref convenedUnder, Ref referral, List<Ref> triggeringVetoes,
            List<Ref> resolutions) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.emergencySession(s.number));
        if (referral != null) {
            links.put("referral", referral.link());
        }
        return new EmergencySessionDto(s.number, Ordinals.sessionTitle(s.number), s.topic, s.dateStart, s.dateEnd, s.resumed,
                s.convenedBy, convenedUnder, referral, s.request, triggeringVetoes, resolutions, List.copyOf(s.sources),
                List.copyOf(s.notes), links);
    }
}
