package org.civicinspect.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SheetProblem;
import org.civicinspect.model.Standard;

/**
 * Builds the tree from rows of any number of sheets. The same standard on several sheets (same code, or
 * same text under the same 测评内容) becomes one standard with all of those sheets' site types. Codes
 * missing from the workbook are generated from positions: 01, 01-02, 01-02-03.
 */
final class IndicatorTreeAssembler {

    /** A category or indicator as a row names it; identified by code when it has one, else by name. */
    record Level(String code, String name) {
        boolean sameAs(Level other) {
            boolean sameName = CellText.identityKey(name).equals(CellText.identityKey(other.name));
            return code != null && other.code != null ? code.equals(other.code) && sameName : sameName;
        }

        String key() {
            return code != null ? "#" + code : CellText.identityKey(name);
        }
    }

    record RowEntry(String sheet, String cell, Level category, Level indicator, String code, Integer localNumber,
                    String text, List<String> methods, BigDecimal points, ScoringRule scoring, String observationRule,
                    boolean negativeList, List<String> siteTypes) {
        String location() {
            return sheet + "!" + cell;
        }
    }

    private static final class StandardDraft {
        final RowEntry first;
        final Set<String> siteTypes = new LinkedHashSet<>();

        StandardDraft(RowEntry first) {
            this.first = first;
            siteTypes.addAll(first.siteTypes());
        }
    }

    private static final class Branch {
        final Level level;
        final Map<String, Branch> children = new LinkedHashMap<>();
        final List<StandardDraft> standards = new ArrayList<>();

        Branch(Level level) {
            this.level = level;
        }
    }

    private final List<SheetProblem> errors;
    private final Map<String, Branch> categories = new LinkedHashMap<>();
    private final Map<String, StandardDraft> standardsByKey = new LinkedHashMap<>();

    IndicatorTreeAssembler(List<SheetProblem> errors) {
        this.errors = errors;
    }

    void add(RowEntry row) {
        Branch category = categories.computeIfAbsent(row.category().key(), k -> new Branch(row.category()));
        Branch indicator = category.children.computeIfAbsent(row.indicator().key(), k -> new Branch(row.indicator()));
        String key = row.code() != null
                ? "#" + row.code()
                : row.category().key() + "|" + row.indicator().key() + "|" + CellText.identityKey(row.text());
        StandardDraft earlier = standardsByKey.get(key);
        if (earlier == null) {
            StandardDraft draft = new StandardDraft(row);
            standardsByKey.put(key, draft);
            indicator.standards.add(draft);
        } else if (earlier.first.sheet().equals(row.sheet())) {
            errors.add(SheetProblem.at(row.sheet(), row.cell(), "row.duplicateStandard", earlier.first.location()));
        } else {
            String difference = differenceBetween(earlier.first, row);
            if (difference != null) {
                errors.add(SheetProblem.at(row.sheet(), row.cell(), "row.conflictingDuplicate", difference, earlier.first.location()));
            } else {
                earlier.siteTypes.addAll(row.siteTypes());
            }
        }
    }

    private static String differenceBetween(RowEntry a, RowEntry b) {
        if (!CellText.identityKey(a.text()).equals(CellText.identityKey(b.text()))) {
            return ColumnRole.STANDARD.templateName();
        }
        if (a.points().compareTo(b.points()) != 0) {
            return ColumnRole.POINTS.templateName();
        }
        if (!a.scoring().equals(b.scoring())) {
            return ColumnRole.SCORING.templateName();
        }
        if (!new HashSet<>(a.methods()).equals(new HashSet<>(b.methods()))) {
            return ColumnRole.METHOD.templateName();
        }
        if (a.negativeList() != b.negativeList()) {
            return ColumnRole.NEGATIVE_LIST.templateName();
        }
        return null;
    }

    IndicatorTree build(GradeCoefficients grades, boolean problemsNeedEvidence) {
        Set<String> usedCodes = new HashSet<>();
        categories.values().forEach(c -> reserve(usedCodes, c.level.code()));
        categories.values().forEach(c -> c.children.values().forEach(i -> reserve(usedCodes, i.level.code())));
        standardsByKey.values().forEach(s -> reserve(usedCodes, s.first.code()));

        List<Category> built = new ArrayList<>();
        int categoryPosition = 0;
        for (Branch category : categories.values()) {
            String categoryCode = codeFor(category.level.code(), null, ++categoryPosition, usedCodes);
            List<Indicator> indicators = new ArrayList<>();
            int indicatorPosition = 0;
            for (Branch indicator : category.children.values()) {
                String indicatorCode = codeFor(indicator.level.code(), categoryCode, ++indicatorPosition, usedCodes);
                List<Standard> standards = new ArrayList<>();
                int standardPosition = 0;
                for (StandardDraft draft : inLocalOrder(indicator.standards)) {
                    RowEntry row = draft.first;
                    standards.add(new Standard(codeFor(row.code(), indicatorCode, ++standardPosition, usedCodes),
                            row.text(), row.methods(), row.points(), row.scoring(), row.observationRule(),
                            row.negativeList(), List.copyOf(draft.siteTypes)));
                }
                indicators.add(new Indicator(indicatorCode, indicator.level.name(), standards));
            }
            built.add(new Category(categoryCode, category.level.name(), indicators));
        }
        return new IndicatorTree(built, grades, problemsNeedEvidence);
    }

    /** Local numbers ("（1）", "2.") order the rows of one indicator when every row has one. */
    private static List<StandardDraft> inLocalOrder(List<StandardDraft> drafts) {
        boolean allNumbered = drafts.stream().allMatch(d -> d.first.localNumber() != null);
        if (!allNumbered) {
            return drafts;
        }
        List<StandardDraft> sorted = new ArrayList<>(drafts);
        sorted.sort(Comparator.comparing(d -> d.first.localNumber()));
        return sorted;
    }

    private static void reserve(Set<String> used, String code) {
        if (code != null) {
            used.add(code);
        }
    }

    private static String codeFor(String given, String parentCode, int position, Set<String> used) {
        if (given != null) {
            return given;
        }
        String base = (parentCode == null ? "" : parentCode + "-") + String.format("%02d", position);
        String code = base;
        for (int n = 2; used.contains(code); n++) {
            code = base + "." + n;
        }
        used.add(code);
        return Objects.requireNonNull(code);
    }
}
