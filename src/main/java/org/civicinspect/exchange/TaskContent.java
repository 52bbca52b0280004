package org.civicinspect.exchange;

import java.time.Instant;
import java.util.List;
import org.civicinspect.model.DrawReason;
import org.civicinspect.model.Finding;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.InspectionStatus;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.Recheck;
import org.civicinspect.model.ReviewComment;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Team;

/**
 * {@code content.json} of a task package: the round and the indicator-set version it is pinned to, the team and its
 * sites, the inspections returned by review with their findings and the supervisor's comments, the open problems
 * of earlier rounds at those sites to recheck, the questionnaire version the round pins for its survey (null when
 * it pins none) and the survey's plan (null when it has none), whose interviewer targets the laptop counts against.
 * {@code forKey} is the fingerprint of the laptop key the package was issued for (null when issued for no key, or in a
 * package made before it was carried): a laptop with another key refuses it.
 */
public record TaskContent(Round round, IndicatorSet indicatorSet, IndicatorTree tree, Team team, List<TaskSite> sites,
                          List<InspectionState> returned, List<Finding> findings, List<ReviewComment> comments, List<Recheck> rechecks,
                          Questionnaire questionnaire, SurveyPlan surveyPlan, String forKey) {

    public TaskContent {
        sites = List.copyOf(sites);
        returned = returned == null ? List.of() : List.copyOf(returned);
        findings = findings == null ? List.of() : List.copyOf(findings);
        comments = comments == null ? List.of() : List.copyOf(comments);
        rechecks = rechecks == null ? List.of() : List.copyOf(rechecks);
    }

    /** A site of the team's list, why it was drawn, and its place in the list. */
    public record TaskSite(Site site, DrawReason reason, int order) {
    }

    /** An inspection as one side saw it when the package was made. */
    public record InspectionState(String siteId, InspectionStatus status, Instant arrivedAt, String members, String remarks,
                                  Instant updatedAt) {
    }
}
