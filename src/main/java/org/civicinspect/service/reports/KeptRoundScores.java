package org.civicinspect.service.reports;

import java.lang.ref.SoftReference;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.NegativeEvent;
import org.civicinspect.model.ReportScope;
import org.civicinspect.model.Site;
import org.civicinspect.scoring.RoundScores;
import org.civicinspect.store.FindingRepository;

/**
 * Rounds' scores kept in memory while everything they are computed from is unchanged, so that the earlier rounds of
 * a workspace are not scored again from all their findings each time. Derived and never stored: an entry is used only
 * when its basis equals the one just read from the workspace, and the collector may drop any entry when memory runs
 * short (it is then computed again).
 */
final class KeptRoundScores {

    /**
     * What a round's scores are computed from: the state of its findings, its inspections' statuses, its inspected
     * sites as they are now (names, places, units), and its negative-list events.
     */
    record Basis(String indicatorSetId, FindingRepository.RoundStamp findings, Map<String, InspectionStatus> statuses,
                 Map<String, Site> sites, List<NegativeEvent> negativeEvents) {
    }

    private record Key(String roundId, ReportScope.Counted counted) {
    }

    private record Kept(Basis basis, RoundScores scores) {
    }

    private final Map<Key, SoftReference<Kept>> kept = new ConcurrentHashMap<>();

    /** The round's kept scores, if they were computed from {@code basis}. */
    Optional<RoundScores> of(String roundId, ReportScope.Counted counted, Basis basis) {
        SoftReference<Kept> reference = kept.get(new Key(roundId, counted));
        Kept found = reference == null ? null : reference.get();
        return found != null && found.basis().equals(basis) ? Optional.of(found.scores()) : Optional.empty();
    }

    void keep(String roundId, ReportScope.Counted counted, Basis basis, RoundScores scores) {
        kept.put(new Key(roundId, counted), new SoftReference<>(new Kept(basis, scores)));
    }
}
