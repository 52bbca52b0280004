package org.civicinspect.exchange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.civicinspect.model.Candidate;
import org.civicinspect.model.Finding;

/**
 * How a merge settles one place (round, site, standard) from every answer received for it. Each finding lineage
 * counts with its newest version only, so the same package twice changes nothing and packages may come in any order.
 * When every answer agrees, the newest is shown; when they differ, a conflict goes to the supervisor with all of them
 * kept, and until it is resolved the newest is shown. An approved inspection's answer is never replaced by a merge:
 * a differing answer for it is a conflict, closed by a merge only once every answer agrees with the approved one.
 * After a supervisor's resolution, only a new answer that differs from the resolution raises a conflict again.
 */
public final class MergeRule {

    private static final Comparator<Candidate> NEWEST_FIRST = Comparator.comparing((Candidate c) -> c.finding().answeredAt())
            .thenComparing(c -> c.finding().id()).reversed();

    private MergeRule() {
    }

    /**
     * What is known of a place before the merge: the answer shown now (or null) and the team it came from, whether
     * its inspection is approved, the answers received before (kept only once a place has answers of more than one
     * lineage), the open conflict (or null) and the answer a resolution chose (or null).
     */
    public record Place(Finding shown, String shownTeam, boolean locked, List<Candidate> received, String openConflict, String resolution) {
        public Place {
            received = List.copyOf(received);
        }
    }

    /** What happens to a place. */
    public enum Change { ADDED, UPDATED, UNCHANGED, CONFLICT }

    /** How its conflict changes: none, a new one, the open one now covering other answers, or the open one closed because all agree. */
    public enum ConflictStep { NONE, RAISE, COVER, CLOSE }

    /** The outcome: answers to store, the answer to show (null to leave it), the conflict step with the answers it covers. */
    public record Decision(Change change, List<Candidate> store, Candidate show, ConflictStep step, String covers) {
    }

    public static Decision settle(Place place, List<Candidate> incoming) {
        Map<String, Candidate> byLineage = new LinkedHashMap<>();
        place.received().forEach(c -> byLineage.put(c.finding().id(), c));
        Candidate absorbed = null;
        Finding shown = place.shown();
        if (shown != null) {
            Candidate known = byLineage.get(shown.id());
            if (known == null || shown.version() > known.finding().version()) {
                absorbed = new Candidate(shown, known == null ? place.shownTeam() : known.teamId());
                byLineage.put(shown.id(), absorbed);
            }
        }
        List<Candidate> news = new ArrayList<>();
        for (Candidate candidate : incoming) {
            Candidate known = byLineage.get(candidate.finding().id());
            if (known == null || candidate.finding().version() > known.finding().version()) {
                byLineage.put(candidate.finding().id(), candidate);
                news.add(candidate);
            }
        }
        if (news.isEmpty()) {
            return new Decision(Change.UNCHANGED, List.of(), null, ConflictStep.NONE, "");
        }
        // A place answered by one lineage only needs nothing kept beside the finding it shows.
        List<Candidate> store = new ArrayList<>();
        if (byLineage.size() > 1) {
            if (absorbed != null && !news.contains(byLineage.get(shown.id()))) {
                store.add(absorbed);
            }
            store.addAll(news);
        }
        List<Candidate> all = new ArrayList<>(byLineage.values());
        Candidate newest = Collections.min(all, NEWEST_FIRST);
        boolean agreed;
        if (place.locked() && shown != null) {
            // A new answer must agree with the approved one; an open conflict closes only when every answer does, not
            // when the newest do: another team that still differs keeps it open, whichever package came first.
            agreed = (place.openConflict() == null ? news : all).stream().allMatch(n -> n.finding().answer().equals(shown.answer()));
        } else if (place.resolution() != null && byLineage.containsKey(place.resolution()) && place.openConflict() == null) {
            Candidate resolved = byLineage.get(place.resolution());
            agreed = news.stream().allMatch(n -> n.agreesWith(resolved));
        } else {
            agreed = all.stream().allMatch(c -> c.agreesWith(newest));
        }
        Candidate show = place.locked() || sameShown(shown, newest.finding()) ? null : newest;
        ConflictStep step;
        if (agreed) {
            step = place.openConflict() == null ? ConflictStep.NONE : ConflictStep.CLOSE;
        } else {
            step = place.openConflict() == null ? ConflictStep.RAISE : ConflictStep.COVER;
        }
        Change change = !agreed ? Change.CONFLICT : shown == null ? Change.ADDED : show == null ? Change.UNCHANGED : Change.UPDATED;
        // Only a conflict raised or covered names its answers; the merge settles tens of thousands of places that need no list.
        String covers = agreed ? "" : all.stream().map(c -> c.finding().id() + ":" + c.finding().version()).sorted().collect(Collectors.joining(","));
        return new Decision(change, store, show, step, covers);
    }

    private static boolean sameShown(Finding shown, Finding candidate) {
        return shown != null && shown.id().equals(candidate.id()) && shown.version() >= candidate.version();
    }
}
