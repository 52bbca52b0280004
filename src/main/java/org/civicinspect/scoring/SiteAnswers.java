package org.civicinspect.scoring;

import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Site;

/** One inspected site of a round, its answers by standard code, and whether it is counted while still waiting for review. */
public record SiteAnswers(Site site, Map<String, Answer> answers, boolean awaitingReview) {
    public SiteAnswers {
        answers = Map.copyOf(answers);
    }

    /** A site whose inspection was approved. */
    public SiteAnswers(Site site, Map<String, Answer> answers) {
        this(site, answers, false);
    }
}
