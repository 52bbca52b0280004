package org.civicinspect;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md §4. */
@AnalyzeClasses(packages = "org.civicinspect", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String JDK = "java..";

    @ArchTest
    static final ArchRule modelDependsOnNothing = classes()
            .that().resideInAPackage("..model..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..model..", JDK);

    @ArchTest
    static final ArchRule scoringDependsOnlyOnModel = classes()
            .that().resideInAPackage("..scoring..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("..scoring..", "..model..", JDK)
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule storageAndFilesNeverDependOnGuiOrCli = noClasses()
            .that().resideInAnyPackage("..store..", "..excel..", "..exchange..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("..gui..", "..cli..");

    @ArchTest
    static final ArchRule onlyGuiTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage("..gui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule guiNeverTouchesJdbcOrPoi = noClasses()
            .that().resideInAPackage("..gui..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.poi..", "org.sqlite..", "org.flywaydb..",
                    "..store..", "..excel..");

    @ArchTest
    static final ArchRule cliCallsServicesOnly = noClasses()
            .that().resideInAPackage("..cli..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.apache.poi..", "..store..", "..excel..", "..exchange..");

    /** Services hold a transaction's connection to hand it to repositories; only store runs SQL. */
    @ArchTest
    static final ArchRule onlyStoreRunsSql = noClasses()
            .that().resideOutsideOfPackage("..store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "org.flywaydb..")
            .orShould().dependOnClassesThat().belongToAnyOf(java.sql.Statement.class, java.sql.PreparedStatement.class,
                    java.sql.ResultSet.class, java.sql.DriverManager.class, javax.sql.DataSource.class);

    @ArchTest
    static final ArchRule onlyStoreAndServicesSeeConnections = noClasses()
            .that().resideOutsideOfPackages("..store..", "..service..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.civicinspect.(*)..").should().beFreeOfCycles();
}
