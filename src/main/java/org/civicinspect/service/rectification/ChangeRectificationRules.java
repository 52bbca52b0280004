package org.civicinspect.service.rectification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.civicinspect.model.Escalation;
import org.civicinspect.model.NaturalOrder;
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
 * photo after the fix or a note. They all live in the workspace's database; a workspace made before they did keeps
 * what its settings file held, carried over the first time the rules are read, and the file is not read for them
 * again. The yellow warning days are a preference.
 */
public final class ChangeRectificationRules {

    /** The rules now in force; the days set for single standards in the order of their codes. */
    public record Rules(int fixDays, int redDays, int redReopened, Map<String, Integer> byStandard, boolean closingNeedsEvidence) {
        public Rules {
            SortedMap<String, Integer> byCode = new TreeMap<>(NaturalOrder.INSTANCE);
            byCode.putAll(byStandard);
            byStandard = Collections.unmodifiableSortedMap(byCode);
        }

        public int daysFor(String standardCode) {
            return byStandard.getOrDefault(standardCode, fixDays);
        }
    }

    /** Days a unit has to fix a problem, counted from the end of the round, until the city sets its own. */
    public static final int DEFAULT_FIX_DAYS = 7;
    static final int MAX_DAYS = 365;
    private static final String FIX_DAYS = "fix_days";
    private static final String RED_DAYS = "red_days";
    private static final String RED_REOPENED = "red_reopened";
    private static final String CLOSING_NEEDS_EVIDENCE = "closing_needs_evidence";
    private static final List<String> NAMES = List.of(FIX_DAYS, RED_DAYS, RED_REOPENED, CLOSING_NEEDS_EVIDENCE);
    /** Where a workspace made before the rules moved into its database kept them. */
    private static final Map<String, String> IN_SETTINGS_FILE = Map.of(FIX_DAYS, "problems.fixDays", RED_DAYS, "escalation.redDays",
            RED_REOPENED, "escalation.redReopened", CLOSING_NEEDS_EVIDENCE, "problems.closingNeedsEvidence");

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
        Map<String, String> stored = workspace.read(tx -> tx.deadlineRules().rules());
        if (!stored.keySet().containsAll(NAMES)) {
            carryOver();
            stored = workspace.read(tx -> tx.deadlineRules().rules());
        }
        Map<String, String> named = stored;
        return new Rules(number(named.get(FIX_DAYS), DEFAULT_FIX_DAYS, 1), number(named.get(RED_DAYS), Escalation.Rules.DEFAULT.redAfterDays(), 0),
                number(named.get(RED_REOPENED), Escalation.Rules.DEFAULT.redReopened(), 1), workspace.read(tx -> tx.deadlineRules().all()),
                !"false".equalsIgnoreCase(named.get(CLOSING_NEEDS_EVIDENCE).strip()));
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
        current();
        set(Map.of(FIX_DAYS, String.valueOf(fixDays), RED_DAYS, String.valueOf(redDays), RED_REOPENED, String.valueOf(redReopened)),
                "fixDays=" + fixDays + " redDays=" + redDays + " redReopened=" + redReopened);
    }

    /** Whether closing a problem by hand needs a photo after the fix or a note; it does until the city says otherwise. */
    public void requireEvidenceToClose(boolean required) {
        current();
        set(Map.of(CLOSING_NEEDS_EVIDENCE, String.valueOf(required)), "closingNeedsEvidence=" + required);
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

    private void set(Map<String, String> values, String detail) {
        workspace.write(tx -> {
            Instant now = Audit.now(clock);
            for (Map.Entry<String, String> rule : values.entrySet()) {
                tx.deadlineRules().setRule(rule.getKey(), rule.getValue(), true, now, signedIn.name());
            }
            return tx.audit().append(now, signedIn.name(), AuditLog.Action.PROBLEM, "rules", detail);
        });
    }

    /** Writes the rules the settings file held (or the defaults) into the database, where none is stored yet. */
    private void carryOver() {
        Map<String, String> carried = new LinkedHashMap<>();
        carried.put(FIX_DAYS, String.valueOf(number(fromFile(FIX_DAYS), DEFAULT_FIX_DAYS, 1)));
        carried.put(RED_DAYS, String.valueOf(number(fromFile(RED_DAYS), Escalation.Rules.DEFAULT.redAfterDays(), 0)));
        carried.put(RED_REOPENED, String.valueOf(number(fromFile(RED_REOPENED), Escalation.Rules.DEFAULT.redReopened(), 1)));
        String closing = fromFile(CLOSING_NEEDS_EVIDENCE);
        carried.put(CLOSING_NEEDS_EVIDENCE, String.valueOf(closing == null || !closing.strip().equalsIgnoreCase("false")));
        workspace.write(tx -> {
            Map<String, String> stored = tx.deadlineRules().rules();
            if (stored.keySet().containsAll(NAMES)) {
                return null;
            }
            Instant now = Audit.now(clock);
            for (Map.Entry<String, String> rule : carried.entrySet()) {
                tx.deadlineRules().setRule(rule.getKey(), rule.getValue(), false, now, signedIn.name());
            }
            if (NAMES.stream().anyMatch(name -> fromFile(name) != null)) {
                tx.audit().append(now, signedIn.name(), AuditLog.Action.PROBLEM, "rules", "carried over from " + SettingsFile.FILE + ": " + carried);
            }
            return null;
        });
    }

    private String fromFile(String name) {
        return settings.get(IN_SETTINGS_FILE.get(name)).orElse(null);
    }

    private static int number(String text, int fallback, int least) {
        try {
            int value = text == null ? fallback : Integer.parseInt(text.strip());
            return value < least || value > MAX_DAYS ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
