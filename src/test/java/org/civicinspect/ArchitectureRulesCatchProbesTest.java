package org.civicinspect;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureTest} fails on a probe: a test class under {@code probe} packages that breaks it on
 * purpose. A rule that let its probe through would pass on any code, so it would guard nothing.
 */
class ArchitectureRulesCatchProbesTest {

    private static JavaClasses withProbes;

    @BeforeAll
    static void importTheCodeWithItsProbes() {
        withProbes = new ClassFileImporter().importPackages("org.civicinspect");
    }

    @Test
    void modelMayNotReadTheWorkspace() {
        assertCatches(ArchitectureTest.modelDependsOnNothing, "ModelReadsTheWorkspace");
    }

    @Test
    void scoringMayNotAskAUseCase() {
        assertCatches(ArchitectureTest.scoringDependsOnlyOnModel, "ScoringAsksAUseCase");
    }

    @Test
    void excelMayNotOpenTheWorkspace() {
        assertCatches(ArchitectureTest.storeExcelAndExchangeDependOnlyOnModelAndTheirLibraries, "ExcelOpensTheWorkspace");
    }

    @Test
    void exchangeMayNotWriteWorkbooks() {
        assertCatches(ArchitectureTest.storeExcelAndExchangeDependOnlyOnModelAndTheirLibraries, "ExchangeWritesAWorkbook");
    }

    @Test
    void storeMayNotAskAUseCaseNorCloseACycle() {
        assertCatches(ArchitectureTest.storeExcelAndExchangeDependOnlyOnModelAndTheirLibraries, "StoreAsksAUseCase");
        assertCatches(ArchitectureTest.noCycles, "StoreAsksAUseCase");
    }

    @Test
    void screensMayNotReadPackages() {
        assertCatches(ArchitectureTest.guiAndCliCallOnlyServicesAndModel, "ScreenReadsAPackage");
    }

    @Test
    void commandsMayNotComputeScores() {
        assertCatches(ArchitectureTest.guiAndCliNeverComputeScores, "CommandRanksScores");
    }

    @Test
    void twoScreensMayNotUseEachOther() {
        assertCatches(ArchitectureTest.noCyclesBetweenScreens, "ScreenA");
    }

    @Test
    void anAreaMayNotUseALaterOneNorCloseACycle() {
        assertCatches(ArchitectureTest.serviceAreasUseOnlyEarlierAreas, "RoundsAskReports");
        assertCatches(ArchitectureTest.noCyclesBetweenServiceAreas, "RoundsAskReports");
    }

    @Test
    void anAreaMayNotReachBackToServices() {
        assertCatches(ArchitectureTest.serviceAreasNeverReachBackToServices, "AreaAsksServices");
    }

    @Test
    void useCasesMayNotHoldJdbcTypes() {
        assertCatches(ArchitectureTest.noJdbcOutsideStore, "CallsAStoredProcedure");
    }

    @Test
    void nothingOutsideStoreKnowsThePostgreSqlDriverOrThePool() {
        assertCatches(ArchitectureTest.noJdbcOutsideStore, "SignsInToTheServerItself");
    }

    @Test
    void useCasesMayNotShowJavaFx() {
        assertCatches(ArchitectureTest.onlyGuiTouchesJavaFx, "ShowsAnAlert");
    }

    @Test
    void theProductMayNotDependOnTheDemo() {
        assertCatches(ArchitectureTest.nothingDependsOnDemoOrBench, "MakesTheDemoCity");
    }

    private static void assertCatches(ArchRule rule, String probe) {
        EvaluationResult result = rule.evaluate(withProbes);
        String report = String.join("\n", result.getFailureReport().getDetails());
        assertTrue(result.hasViolation() && report.contains(".probe") && report.contains(probe),
                () -> "'" + rule.getDescription() + "' let the probe " + probe + " through:\n" + report);
    }
}
