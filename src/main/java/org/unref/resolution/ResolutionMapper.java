package org.unref.resolution;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.unref.common.Links;
import org.unref.common.Ref;
import org.unref.common.VoteDto;

/** Entity to API shape, explicitly, field by field. */
final class ResolutionMapper {

    private ResolutionMapper() {
    }

    static ResolutionDto toDto(Resolution r) {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("self", Links.resolution(r.id));
        links.put("document", Links.undocs(r.symbol));
        if (r.meetingRecord != null) {
            links.put("meeting", Links.undocs(r.meetingRecord));
        }
        if (r.draftSymbol != null) {
            links.put("draft", Links.undocs(r.draftSymbol));
        }
        List<Ref> provisions = r.charterArticles.stream()
                .map(id -> new Ref(id, Links.charterLabel(id), Links.charterProvision(id)))
                .toList();
        return new ResolutionDto(r.id, r.symbol, r.body, r.number, r.year, r.adoptionDate, r.meetingRecord, r.title, r.topic,
                VoteDto.of(r.vote), r.draftSymbol, r.pressRelease, List.copyOf(r.subjects), r.chapterVII, provisions,
                r.aknIri, List.copyOf(r.sources), List.copyOf(r.notes), links);
    }

}
