package org.unref.citation;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.common.Page;
import org.unref.common.PageRequest;
import org.unref.common.UnknownRecordException;
import org.unref.unitingforpeace.ReferralRepository;

/** Finds the cited record (404 when unref does not hold it) and lists who cites it. */
@ApplicationScoped
public class CitedByService {

    static final String LIST = "The statements and resolutions citing it, newest citation first, each with the words "
            + "around the citation. Pages are cursor-based. With `Accept: text/csv`, the same page as CSV, one row a citation "
            + "(the citing record, the words, the snippet and the record cited; the next page in the `Link` header).";

    @Inject
    CitationResolver resolver;

    @Inject
    CitationStore store;

    @Inject
    ReferralRepository referrals;

    public Page<CitedByDto> citedBy(CitationTarget target, boolean withParts, CitedBySince since, PageRequest page) {
        return store.citedBy(target.storedType(), target.storedId(), withParts, since.instant(), page.after(), page.limit(),
                page.count());
    }

    public List<StoredCitationDto> cites(String resolutionId) {
        return store.cites(StoredCitation.SourceType.RESOLUTION, resolutionId);
    }

    public CitationTarget resolution(String id) {
        return resolver.target(StoredCitation.TargetType.RESOLUTION, id)
                .orElseThrow(() -> new UnknownRecordException("resolution", id));
    }

    public CitationTarget charter(String id, String what, String shown) {
        if (!id.matches("(art|chapter)-[0-9a-z-]{1,20}")) {
            throw new UnknownRecordException(what, shown);
        }
        return resolver.target(StoredCitation.TargetType.CHARTER, id).orElseThrow(() -> new UnknownRecordException(what, shown));
    }

    public CitationTarget veto(String id) {
        return resolver.target(StoredCitation.TargetType.VETO, id).orElseThrow(() -> new UnknownRecordException("veto", id));
    }

    /** A referral is cited through its resolution: its citations are stored with the resolution as target. */
    public CitationTarget referral(String id) {
        if (referrals.findByIdOptional(id).isEmpty()) {
            throw new UnknownRecordException("Uniting for Peace referral", id);
        }
        return resolver.target(StoredCitation.TargetType.RESOLUTION, id)
                .orElseThrow(() -> new UnknownRecordException("Uniting for Peace referral", id));
    }

    public CitationTarget session(String number) {
        return resolver.target(StoredCitation.TargetType.EMERGENCY_SESSION, number)
                .orElseThrow(() -> new UnknownRecordException("emergency special session", number));
    }
}
