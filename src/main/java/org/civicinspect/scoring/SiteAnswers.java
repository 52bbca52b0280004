package org.civicinspect.scoring;

import java.util.Map;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Site;

/** One inspected site of a round and its answers by standard code. */
public record SiteAnswers(Site site, Map<String, Answer> answers) {
    public SiteAnswers {
        answers = Map.copyOf(answers);
    }
}
