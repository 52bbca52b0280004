package org.civicinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §4. Packages are named in full: gui.scoring is a screen, not the scoring package. */
@AnalyzeClasses(packages = "org.civicinspect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String JDK = "java..";

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes()
            .that().resideInAPackage("org.civicinspect.model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.civicinspect.model..", JDK);

    @ArchTest
    static final ArchRule scoringDependsOnlyOnModel = classes()
            .that().resideInAPackage("org.civicinspect.scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("org.civicinspect.scoring..", "org.civicinspect.model..", JDK)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule storageAndFilesNeverDependOnGuiOrCli = noClasses()
            .that().resideInAnyPackage("org.civicinspect.store..", "org.civicinspect.excel..", "org.civicinspect.exchange..", "org.civicinspect.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.civicinspect.gui..", "org.civicinspect.cli..");

    @ArchTest
    static final ArchRule onlyGuiTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackages("org.civicinspect.gui..", "org.civicinspect.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule guiNeverTouchesJdbcOrPoi = noClasses()
            .that().resideInAPackage("org.civicinspect.gui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.poi..", "org.sqlite..", "org.flywaydb..",
                    "org.civicinspect.store..", "org.civicinspect.excel..");

    @ArchTest
    static final ArchRule cliCallsServicesOnly = noClasses()
            .that().resideInAPackage("org.civicinspect.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.poi..", "org.civicinspect.store..", "org.civicinspect.excel..", "org.civicinspect.exchange..");

    /** Services hold a transaction's connection to hand it to repositories; only store runs SQL. */
    @ArchTest
    static final ArchRule onlyStoreRunsSql = noClasses()
            .that().resideOutsideOfPackages("org.civicinspect.store..", "org.civicinspect.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.sql.Statement.class, java.sql.PreparedStatement.class,
                    java.sql.ResultSet.class, java.sql.DriverManager.class, javax.sql.DataSource.class);

    @ArchTest
    static final ArchRule onlyStoreAndServicesSeeConnections = noClasses()
            .that().resideOutsideOfPackages("org.civicinspect.store..", "org.civicinspect.service..", "org.civicinspect.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.civicinspect.(*)..").should().beFreeOfCycles();
}
