package org.civicinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The package rules of the design (docs/design.md, "Architecture"). Packages are named in full: gui.scoring is a
 * screen, not the scoring package. {@link ArchitectureRulesCatchProbesTest} shows each rule failing on a probe.
 */
@AnalyzeClasses(packages = "org.civicinspect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String BASE = "org.civicinspect.";
    private static final String JDK = "java..";

    /** The areas of service/ in order: an area may use those before it, never one after it. */
    static final List<String> SERVICE_AREAS = List.of("common", "workspace", "library", "sites", "units", "people", "rounds", "survey", "fieldwork",
            "rectification", "review", "packages", "materials", "reports");

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes()
            .that().resideInAPackage(BASE + "model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + "model..", JDK);

    @ArchTest
    static final ArchRule scoringDependsOnlyOnModel = classes()
            .that().resideInAPackage(BASE + "scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + "scoring..", BASE + "model..", JDK);

    /** store, excel and exchange stand side by side on model and their own libraries; none of them knows another. */
    @ArchTest
    static final ArchRule storeExcelAndExchangeDependOnlyOnModelAndTheirLibraries = CompositeArchRule
            .of(onlyModelAndLibraries("store"))
            .and(onlyModelAndLibraries("excel"))
            .and(onlyModelAndLibraries("exchange"));

    @ArchTest
    static final ArchRule guiAndCliCallOnlyServicesAndModel = noClasses()
            .that().resideInAnyPackage(BASE + "gui..", BASE + "cli..")
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "store..", BASE + "excel..", BASE + "exchange..",
                    "java.sql..", "javax.sql..", "org.apache.poi..", "org.sqlite..", "org.flywaydb..")
            .because("the screens and the command line reach the workspace, workbooks and packages through use cases");

    /**
     * Scores reach the screens and the command line as the values a use case returns (RoundScores, Aggregate,
     * SiteScore …, shown with the one rounding rule); working a score out is the use case's job.
     */
    @ArchTest
    static final ArchRule guiAndCliNeverComputeScores = noClasses()
            .that().resideInAnyPackage(BASE + "gui..", BASE + "cli..")
            .should().callMethodWhere(staticCallInto(BASE + "scoring", "Rounding"));

    @ArchTest
    static final ArchRule onlyGuiTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackages(BASE + "gui..", BASE + "bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..")
            .because("only the desktop side knows JavaFX; the screen benchmark in bench has to open a screen to time it");

    /** A use case gets its repositories from the transaction; only store holds a connection or runs SQL. */
    @ArchTest
    static final ArchRule noJdbcOutsideStore = noClasses()
            .that().resideOutsideOfPackages(BASE + "store..", BASE + "bench..")
            .should().dependOnClassesThat(jdbcTypesOtherThanSqlException())
            .orShould().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..", "org.postgresql..", "com.zaxxer..")
            .because("nothing engine-specific lives outside store; the bare-JDBC baselines of the benchmarks are the one exception");

    @ArchTest
    static final ArchRule nothingDependsOnDemoOrBench = noClasses()
            .that().resideOutsideOfPackages(BASE + "demo..", BASE + "bench..")
            .and().doNotHaveFullyQualifiedName(Launcher.class.getName())
            .should().dependOnClassesThat().resideInAnyPackage(BASE + "demo..", BASE + "bench..")
            .because("the demo city and the benchmarks sit on top; only the Launcher wires them in");

    @ArchTest
    static final ArchRule serviceAreasUseOnlyEarlierAreas = serviceAreasInOrder();

    @ArchTest
    static final ArchRule serviceAreasNeverReachBackToServices = noClasses()
            .that().resideInAnyPackage(SERVICE_AREAS.stream().map(a -> BASE + "service." + a + "..").toArray(String[]::new))
            .should().dependOnClassesThat().haveFullyQualifiedName(BASE + "service.Services");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.civicinspect.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenServiceAreas = slices().matching("org.civicinspect.service.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenScreens = slices().matching("org.civicinspect.gui.(*)..").should().beFreeOfCycles();

    private static ArchRule onlyModelAndLibraries(String layer) {
        List<String> others = new ArrayList<>(List.of("scoring", "store", "excel", "exchange", "service", "gui", "cli", "demo", "bench"));
        others.remove(layer);
        return noClasses().that().resideInAPackage(BASE + layer + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others.stream().map(o -> BASE + o + "..").toArray(String[]::new));
    }

    private static ArchRule serviceAreasInOrder() {
        CompositeArchRule rule = null;
        for (int i = 0; i < SERVICE_AREAS.size() - 1; i++) {
            String[] later = SERVICE_AREAS.subList(i + 1, SERVICE_AREAS.size()).stream()
                    .map(a -> BASE + "service." + a + "..").toArray(String[]::new);
            ArchRule area = noClasses().that().resideInAPackage(BASE + "service." + SERVICE_AREAS.get(i) + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(later)
                    .as("service." + SERVICE_AREAS.get(i) + " uses no later area");
            rule = rule == null ? CompositeArchRule.of(area) : rule.and(area);
        }
        return rule;
    }

    private static DescribedPredicate<JavaClass> jdbcTypesOtherThanSqlException() {
        return DescribedPredicate.describe("JDBC types other than SQLException", c ->
                (c.getPackageName().equals("java.sql") || c.getPackageName().equals("javax.sql"))
                        && !c.isAssignableTo(java.sql.SQLException.class));
    }

    private static DescribedPredicate<JavaMethodCall> staticCallInto(String packageName, String allowedClass) {
        return DescribedPredicate.describe("a static method of " + packageName + " other than " + allowedClass, call ->
                call.getTarget().getOwner().getPackageName().equals(packageName)
                        && !call.getTarget().getOwner().getSimpleName().equals(allowedClass)
                        && call.getTarget().resolveMember().map(m -> m.getModifiers().contains(
                                com.tngtech.archunit.core.domain.JavaModifier.STATIC)).orElse(false));
    }
}
