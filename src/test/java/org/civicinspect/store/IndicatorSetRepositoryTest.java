package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.NOW;
import static org.civicinspect.store.StoreFixture.SET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civicinspect.model.Category;
import org.civicinspect.model.GradeCoefficients;
import org.civicinspect.model.Indicator;
import org.civicinspect.model.IndicatorSet;
import org.civicinspect.model.IndicatorTree;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SetSource;
import org.civicinspect.model.Standard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indicator sets, only ever inserted, and the trees they hold. */
class IndicatorSetRepositoryTest {

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private static IndicatorSet set(String id, String name, int version, String sha, Instant at) {
        return new IndicatorSet(id, name, version, new SetSource(name + ".xlsx", sha), at);
    }

    /** One standard for the given site types, scored by deduction, in a tree whose failures need no evidence. */
    private static IndicatorTree smallTree(String... siteTypes) {
        Standard s = new Standard("A-1", "车辆停放有序", List.of(), new BigDecimal("0.25"), ScoringRule.deduction(new BigDecimal("0.05")),
                "", false, List.of(siteTypes));
        return new IndicatorTree(List.of(new Category("A", "交通秩序", List.of(new Indicator("A-1", "停车管理", List.of(s))))),
                new GradeCoefficients(new BigDecimal("1"), new BigDecimal("0.8"), new BigDecimal("0.5"), new BigDecimal("0.1")), false);
    }

    private void insert(IndicatorSet set, IndicatorTree tree) {
        fx.write(tx -> {
            tx.indicatorSets().insert(set, tree);
            return null;
        });
    }

    @Test
    void readsBackEveryFieldOfTheSet() {
        assertEquals(Optional.of(new IndicatorSet(SET, "XX市测评体系", 1, new SetSource("体系.xlsx", "a".repeat(64)), NOW)),
                fx.read(tx -> tx.indicatorSets().find(SET)));
    }

    @Test
    void readsBackTheWholeTreeInItsOrderWithEveryKindOfStandard() {
        assertEquals(StoreFixture.tree(), fx.read(tx -> tx.indicatorSets().loadTree(SET)));
    }

    @Test
    void readsBackGradeCoefficientsAndTheEvidenceSetting() {
        insert(set("s2", "交通体系", 1, "b".repeat(64), NOW), smallTree("停车场"));
        IndicatorTree back = fx.read(tx -> tx.indicatorSets().loadTree("s2"));
        assertEquals(smallTree("停车场"), back);
        assertEquals(false, back.problemsNeedEvidence());
        assertEquals(new BigDecimal("0.1"), back.grades().cSharp());
    }

    @Test
    void findsNothingForAnUnknownSetOrFile() {
        assertEquals(Optional.empty(), fx.read(tx -> tx.indicatorSets().find("no-such-set")));
        assertEquals(Optional.empty(), fx.read(tx -> tx.indicatorSets().findBySha256("f".repeat(64))));
        assertThrows(StoreException.class, () -> fx.read(tx -> tx.indicatorSets().loadTree("no-such-set")));
    }

    @Test
    void setsAreListedByImportTimeThenNameThenVersion() {
        insert(set("s3", "XX市测评体系", 2, "c".repeat(64), NOW.plusSeconds(5)), smallTree("公园"));
        insert(set("s2", "AA体系", 1, "b".repeat(64), NOW.plusSeconds(5)), smallTree("公园"));
        assertEquals(List.of(SET, "s2", "s3"), fx.read(tx -> tx.indicatorSets().list()).stream().map(IndicatorSet::id).toList());
    }

    @Test
    void theSameFileFindsItsFirstVersion() {
        insert(set("s3", "XX市测评体系", 3, "a".repeat(64), NOW.plusSeconds(5)), smallTree("公园"));
        assertEquals(SET, fx.read(tx -> tx.indicatorSets().findBySha256("a".repeat(64))).orElseThrow().id());
    }

    @Test
    void theNextVersionOfANameIsOneMoreThanItsHighest() {
        insert(set("s3", "XX市测评体系", 3, "c".repeat(64), NOW), smallTree("公园"));
        assertEquals(4, fx.<Integer>read(tx -> tx.indicatorSets().nextVersion("XX市测评体系")));
        assertEquals(1, fx.<Integer>read(tx -> tx.indicatorSets().nextVersion("新体系")));
    }

    @Test
    void theSameNameAndVersionTwiceIsRefusedAndLeavesNothingOfTheSecond() {
        Map<String, Long> before = fx.read(tx -> tx.indicatorSets().tableCounts());
        fx.assertRefused("UNIQUE", tx -> {
            tx.indicatorSets().insert(set("s2", "XX市测评体系", 1, "b".repeat(64), NOW), smallTree("新类型"));
            return null;
        });
        assertEquals(before, fx.read(tx -> tx.indicatorSets().tableCounts()));
    }

    @Test
    void siteTypesAreSharedBetweenSetsAndListedInTheOrderTheyFirstCame() {
        insert(set("s2", "交通体系", 1, "b".repeat(64), NOW.plusSeconds(1)), smallTree("停车场", "公园"));
        assertEquals(List.of("公园", "农贸市场", "停车场"), fx.read(tx -> tx.indicatorSets().siteTypes()));
        assertEquals(3, fx.count("site_type"));
    }

    @Test
    void checklistSizesCountTheStandardsOfEachSiteType() {
        assertEquals(Map.of("公园", 2, "农贸市场", 2), fx.read(tx -> tx.indicatorSets().checklistSizes(SET)));
        assertEquals(Map.of(), fx.read(tx -> tx.indicatorSets().checklistSizes("no-such-set")));
    }

    @Test
    void tableCountsCountEveryTableOfTheTree() {
        assertEquals(Map.of("indicator_set", 1L, "category", 2L, "indicator", 3L, "standard", 4L, "standard_method", 5L,
                "standard_site_type", 4L, "site_type", 2L), fx.read(tx -> tx.indicatorSets().tableCounts()));
    }
}
