package org.civicinspect.service.rectification;

import java.time.Clock;
import java.util.Map;
import org.civicinspect.model.Escalation;
import org.civicinspect.service.common.Audit;
import org.civicinspect.service.common.SignedIn;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.common.SettingsFile;
import org.civicinspect.service.workspace.ChangePreferences;
import org.civicinspect.store.AuditLog;
import org.civicinspect.store.Workspace;

/**
 * The rules of rectification a city sets: how many days a problem has to be fixed (a default, and per standard where it
 * differs), when a problem turns red (days overdue, times reopened), and whether closing one by hand (销号) needs a
 * photo after the fix or a note. The yellow warning days are a preference.
 */
public final class ChangeRectificationRules {

    /** The rules now in force. */
    public record Rules(int fixDays, int redDays, int redReopened, Map<String, Integer> byStandard, boolean closingNeedsEvidence) {
        public Rules {
            byStandard = Map.copyOf(byStandard);
        }

        public int daysFor(String standardCode) {
            return byStandard.getOrDefault(standardCode, fixDays);
        }
    }

    /** Days a unit has to fix a problem, counted from the end of the round, until the city sets its own. */
    public static final int DEFAULT_FIX_DAYS = 7;
    static final int MAX_DAYS = 365;
    private static final String FIX_DAYS = "problems.fixDays";
    private static final String RED_DAYS = "escalation.redDays";
    private static final String RED_REOPENED = "escalation.redReopened";
    private static final String CLOSING_NEEDS_EVIDENCE = "problems.closingNeedsEvidence";

    private final Workspace workspace;
    private final Clock clock;
    private final SettingsFile settings;
    private final ChangePreferences preferences;
    private final SignedIn signedIn;

    public ChangeRectificationRules(Workspace workspace, Clock clock, ChangePreferences preferences, SignedIn signedIn) {
        this.signedIn = signedIn;
        this.workspace = workspace;
        this.clock = clock;
        this.settings = new SettingsFile(workspace.folder());
        this.preferences = preferences;
    }

    public Rules current() {
        return new Rules(number(FIX_DAYS, DEFAULT_FIX_DAYS, 1), number(RED_DAYS, Escalation.Rules.DEFAULT.redAfterDays(), 0),
                number(RED_REOPENED, Escalation.Rules.DEFAULT.redReopened(), 1),
                workspace.read(tx -> tx.deadlineRules().all()),
                settings.get(CLOSING_NEEDS_EVIDENCE).map(v -> !v.strip().equalsIgnoreCase("false")).orElse(true));
    }

    /** The colour thresholds: the preference's warning days, and this workspace's red rules. */
    public Escalation.Rules escalation() {
        Rules rules = current();
        return new Escalation.Rules(preferences.current().warnDays(), rules.redDays(), rules.redReopened());
    }

    public void save(int fixDays, int redDays, int redReopened) {
        if (fixDays < 1 || fixDays > MAX_DAYS || redDays < 0 || redDays > MAX_DAYS || redReopened < 1 || redReopened > 20) {
            throw new RequestRefused("problem.rulesNotSensible", MAX_DAYS);
        }
        settings.putAll(Map.of(FIX_DAYS, String.valueOf(fixDays), RED_DAYS, String.valueOf(redDays), RED_REOPENED, String.valueOf(redReopened)));
        workspace.write(tx -> tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PROBLEM, "rules",
                "fixDays=" + fixDays + " redDays=" + redDays + " redReopened=" + redReopened));
    }

    /** Whether closing a problem by hand needs a photo after the fix or a note; it does until the city says otherwise. */
    public void requireEvidenceToClose(boolean required) {
        settings.put(CLOSING_NEEDS_EVIDENCE, String.valueOf(required));
        workspace.write(tx -> tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PROBLEM, "rules",
                "closingNeedsEvidence=" + required));
    }

    /** Sets the days to fix problems of one standard; null goes back to the default. */
    public void setForStandard(String standardCode, Integer days) {
        if (standardCode == null || standardCode.isBlank() || days != null && (days < 1 || days > MAX_DAYS)) {
            throw new RequestRefused("problem.rulesNotSensible", MAX_DAYS);
        }
        workspace.write(tx -> {
            tx.deadlineRules().set(standardCode.strip(), days, Audit.now(clock), signedIn.name());
            return tx.audit().append(Audit.now(clock), signedIn.name(), AuditLog.Action.PROBLEM, "rules",
                    "standard=" + standardCode.strip() + " days=" + (days == null ? "default" : days));
        });
    }

    private int number(String key, int fallback, int least) {
        try {
            int value = settings.get(key).map(String::strip).map(Integer::parseInt).orElse(fallback);
            return value < least || value > MAX_DAYS ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
