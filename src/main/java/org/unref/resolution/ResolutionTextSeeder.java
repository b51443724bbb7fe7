package org.unref.resolution;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Slugs;
import org.unref.importing.Seeder;

/** Loads seed/resolution_texts.jsonl after the resolutions and the Charter, which its citations point at. */
@ApplicationScoped
public class ResolutionTextSeeder implements Seeder<ResolutionTextSeed> {

    @Inject
    ChangeLog changes;

    @Inject
    ResolutionRepository resolutions;

    @Inject
    ResolutionTextStore store;

    @Inject
    jakarta.persistence.EntityManager em;

    @Override
    public String resource() {
        return "seed/resolution_texts.jsonl";
    }

    @Override
    public Class<ResolutionTextSeed> recordType() {
        return ResolutionTextSeed.class;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public int upsert(List<ResolutionTextSeed> records) {
        ResolutionTextStore.Batch batch = store.batch();
        int changed = 0;
        for (ResolutionTextSeed seed : records) {
            Resolution r = resolutions.findByIdOptional(Slugs.of(seed.symbol()))
                    .orElseThrow(() -> new IllegalStateException("resolution_texts.jsonl names " + seed.symbol()
                            + ", which resolutions.jsonl lacks"));
            if (store.storeText(r, seed.paragraphs(), seed.sponsors(), seed.sources(), batch)) {
                // The text is served as part of the resolution (/resolutions/{id}/text): a copy must fetch it again,
                // and updatedSince (which reads the resolution's updatedAt) must find it as /changes does.
                r.updatedAt = Instant.now();
                changes.updated(ChangedCollection.RESOLUTIONS, r.id);
                changed++;
            }
            // Written rows are not read again: a small session keeps each flush (before every query) cheap.
            em.flush();
            em.clear();
        }
        return changed;
    }
}
