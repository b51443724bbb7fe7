package org.unref.veto;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unref.common.Links;
import org.unref.common.Ref;
import org.unref.common.Source;
import org.unref.common.VoteDto;
import org.unref.veto.VetoDto.DocumentLink;
import org.unref.veto.VetoDto.GaDebateDto;
import org.unref.veto.VetoDto.MemberDto;

/** Entity to API shape, explicitly, field by field. */
final class VetoMapper {

    private VetoMapper() {
    }

    static VetoDto toDto(Veto v, List<Ref> referrals, List<Ref> emergencySessions) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.veto(v.id));
        if (v.draftSymbol != null) {
            links.put("draft", Links.undocs(v.draftSymbol));
        }
        if (v.meetingRecord != null) {
            links.put("meeting", Links.undocs(v.meetingRecord));
        }
        if (referrals.size() == 1) {
            links.put("referral", referrals.get(0).link());
        }
        if (emergencySessions.size() == 1) {
            links.put("emergencySession", emergencySessions.get(0).link());
        }
        List<MemberDto> members = v.members.stream().sorted().map(code -> new MemberDto(code, PermanentMembers.name(code))).toList();
        return new VetoDto(v.id, v.draftSymbol, v.meetingRecord, v.date, v.dateEnd, v.dateText, v.year, v.agendaItem, v.crisis, v.region, members,
                VoteDto.of(v.vote), toDto(v.gaDebate), referrals, emergencySessions, List.copyOf(v.sources),
                List.copyOf(v.notes), links);
    }

    static GaDebateDto toDto(GaDebate debate) {
        if (debate == null) {
            return null;
        }
        List<DocumentLink> meetings = orEmpty(debate.meetingRecords()).stream()
                .map(symbol -> new DocumentLink(symbol, Links.undocs(symbol)))
                .toList();
        DocumentLink pressRelease = debate.pressRelease() == null ? null
                : new DocumentLink(debate.pressRelease(), pressReleaseUrl(debate));
        return new GaDebateDto(orEmpty(debate.dates()), meetings, pressRelease, debate.format(), orEmpty(debate.sources()),
                orEmpty(debate.notes()));
    }

    /** Press releases are not in the Official Document System: link the press release the debate's sources name. */
    private static String pressReleaseUrl(GaDebate debate) {
        return orEmpty(debate.sources()).stream()
                .filter(s -> "press-release".equals(s.type()) && s.title() != null && s.title().endsWith(debate.pressRelease()))
                .map(Source::url)
                .findFirst()
                .orElse(null);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
