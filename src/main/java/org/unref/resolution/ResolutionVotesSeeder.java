package org.unref.resolution;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.unref.change.ChangeLog;
import org.unref.change.ChangedCollection;
import org.unref.common.Slugs;
import org.unref.importing.Seeder;

/** Loads seed/resolution_votes.jsonl (per-member votes) after the resolutions. */
@ApplicationScoped
public class ResolutionVotesSeeder implements Seeder<ResolutionVotesSeed> {

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
        return "seed/resolution_votes.jsonl";
    }

    @Override
    public Class<ResolutionVotesSeed> recordType() {
        return ResolutionVotesSeed.class;
    }

    @Override
    public int order() {
        return 61;
    }

    @Override
    public int upsert(List<ResolutionVotesSeed> records) {
        ResolutionTextStore.Batch batch = store.batch();
        int changed = 0;
        for (ResolutionVotesSeed seed : records) {
            String id = Slugs.of(seed.symbol());
            Resolution r = resolutions.findByIdOptional(id).orElseThrow(() -> new IllegalStateException(
                    "resolution_votes.jsonl names " + seed.symbol() + ", which resolutions.jsonl lacks"));
            if (store.storeVotes(id, seed.members(), batch)) {
                // The votes are served as part of the resolution: updatedSince must find it as /changes does.
                r.updatedAt = Instant.now();
                changes.updated(ChangedCollection.RESOLUTIONS, id);
                changed++;
            }
            // Written rows are not read again: a small session keeps each flush (before every query) cheap.
            em.flush();
            em.clear();
        }
        return changed;
    }
}
