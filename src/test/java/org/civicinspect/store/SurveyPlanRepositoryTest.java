package org.civicinspect.store;

import static org.civicinspect.store.StoreFixture.AUTUMN;
import static org.civicinspect.store.StoreFixture.SPRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.civicinspect.model.InterviewMethod;
import org.civicinspect.model.InterviewerQuota;
import org.civicinspect.model.PopulationShare;
import org.civicinspect.model.ProfileQuota;
import org.civicinspect.model.SurveyPlan;
import org.civicinspect.model.SurveyQuota;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round's survey plan is stored whole, read back in the order given, and replaced whole; other rounds keep theirs. */
class SurveyPlanRepositoryTest {

    private static final SurveyPlan AUTUMN_PLAN = new SurveyPlan(AUTUMN,
            List.of(new SurveyQuota("城西区", InterviewMethod.PHONE, 40), new SurveyQuota("城东区", InterviewMethod.HOME, 120),
                    new SurveyQuota("城东区", InterviewMethod.STREET, 80)),
            List.of(new ProfileQuota("", "S2", "1", 200), new ProfileQuota("城东区", "S1", "2", 150)),
            List.of(new InterviewerQuota("王芳", "城东区", InterviewMethod.HOME, 60), new InterviewerQuota("李强", "城东区", InterviewMethod.HOME, 60)),
            List.of(new PopulationShare("城东区", "S1", "2", new BigDecimal("62.5")), new PopulationShare("城东区", "S1", "3", new BigDecimal("37.5")),
                    new PopulationShare("", "S1", "2", new BigDecimal("55")), new PopulationShare("", "S1", "3", new BigDecimal("45"))));

    private StoreFixture fx;

    @BeforeEach
    void open() {
        fx = StoreFixture.fresh();
    }

    private void replace(SurveyPlan plan) {
        fx.write(tx -> {
            tx.surveyPlans().replace(plan);
            return null;
        });
    }

    private SurveyPlan of(String round) {
        return fx.read(tx -> tx.surveyPlans().of(round));
    }

    @Test
    void aRoundWithoutAPlanHasAnEmptyOne() {
        SurveyPlan none = of(AUTUMN);
        assertTrue(none.isEmpty());
        assertEquals(SurveyPlan.empty(AUTUMN), none);
    }

    @Test
    void aPlanReadsBackAsStoredInTheOrderItWasGiven() {
        replace(AUTUMN_PLAN);
        assertEquals(AUTUMN_PLAN, of(AUTUMN));
        assertEquals(Map.of("城西区", 40, "城东区", 200), AUTUMN_PLAN.districtTargets());
        assertEquals(List.of("城西区", "城东区"), List.copyOf(of(AUTUMN).districtTargets().keySet()));
        assertEquals(240, of(AUTUMN).target());
    }

    @Test
    void aNewPlanReplacesTheRoundsWholePlanAndLeavesOtherRoundsAlone() {
        replace(AUTUMN_PLAN);
        SurveyPlan spring = new SurveyPlan(SPRING, List.of(new SurveyQuota("城东区", InterviewMethod.HOME, 10)), List.of(), List.of());
        replace(spring);
        SurveyPlan smaller = new SurveyPlan(AUTUMN, List.of(new SurveyQuota("城东区", InterviewMethod.STREET, 90)), List.of(), List.of());
        replace(smaller);

        assertEquals(smaller, of(AUTUMN));
        assertEquals(spring, of(SPRING));
        assertEquals(Map.of("survey_quota", 2L, "survey_profile_quota", 0L, "survey_assignment", 0L, "survey_population_share", 0L),
                fx.read(tx -> tx.surveyPlans().tableCounts()));

        replace(SurveyPlan.empty(AUTUMN));
        assertTrue(of(AUTUMN).isEmpty());
        assertEquals(spring, of(SPRING));
    }
}
