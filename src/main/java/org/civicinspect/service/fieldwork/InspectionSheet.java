package org.civicinspect.service.fieldwork;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Answer;
import org.civicinspect.model.Finding;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.Inspection;
import org.civicinspect.model.Round;
import org.civicinspect.model.Site;
import org.civicinspect.model.Standard;
import org.civicinspect.scoring.FindingScore;
import org.civicinspect.scoring.SiteScore;

/** Everything the scoring screen shows for one site: its checklist, the answers so far, the header and the live score. */
public record InspectionSheet(Round round, Site site, String team, IndicatorTree checklist, Map<String, Finding> findings,
                              Inspection inspection) {

    public InspectionSheet {
        findings = Map.copyOf(findings);
    }

    /** Whether the round's indicator set asks a failing answer for a note or a photo. */
    public boolean requiresEvidence() {
        return checklist.problemsNeedEvidence();
    }

    public List<Standard> standards() {
        return checklist.standards().toList();
    }

    public SiteScore score() {
        Map<String, Answer> answers = new HashMap<>();
        findings.forEach((code, f) -> answers.put(code, f.answer()));
        return SiteScore.of(standards(), answers, checklist.grades());
    }

    /** What the standard's answer earns, if it is answered and applies. */
    public Optional<BigDecimal> earned(Standard standard) {
        Finding f = findings.get(standard.code());
        return f == null ? Optional.empty() : FindingScore.earned(standard, f.answer(), checklist.grades());
    }

    /** Standards with no answer yet, in checklist order. */
    public List<Standard> unanswered() {
        return standards().stream().filter(s -> !findings.containsKey(s.code())).toList();
    }

    /** Failing answers without a note or photo, when the set asks for evidence. */
    public List<Standard> missingEvidence() {
        if (!requiresEvidence()) {
            return List.of();
        }
        return standards().stream().filter(s -> {
            Finding f = findings.get(s.code());
            return f != null && f.answer().failing() && f.note().isBlank() && f.photos().isEmpty();
        }).toList();
    }
}
