package org.civicinspect.gui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Optional;
import org.civicinspect.service.Services;

/**
 * Each screen states what it uses: a ViewModel is given the use cases it calls, never the whole {@link Services}. A screen's
 * View picks them out of the workspace's Services, which the window hands it.
 */
@AnalyzeClasses(packages = "org.civicinspect.gui", importOptions = ImportOption.DoNotIncludeTests.class)
class ViewModelsTakeUseCasesTest {

    /** A ViewModel, or a class declared inside one (its use-case record, its row types). */
    private static final DescribedPredicate<JavaClass> PART_OF_A_VIEW_MODEL = new DescribedPredicate<>("are ViewModels or declared in one") {
        @Override
        public boolean test(JavaClass type) {
            for (Optional<JavaClass> c = Optional.of(type); c.isPresent(); c = c.get().getEnclosingClass()) {
                if (c.get().getSimpleName().endsWith("ViewModel")) {
                    return true;
                }
            }
            return false;
        }
    };

    @ArchTest
    static final ArchRule viewModelsNeverSeeServices = noClasses()
            .that(PART_OF_A_VIEW_MODEL)
            .should().dependOnClassesThat().belongToAnyOf(Services.class)
            .because("a ViewModel takes the use cases it calls, not the registry of all of them");

    /** The app opens the workspace, the window hands it to each screen's View, and the View picks what its ViewModel calls. */
    @ArchTest
    static final ArchRule onlyTheViewsPickUseCases = noClasses()
            .that().resideInAPackage("org.civicinspect.gui..")
            .and().doNotBelongToAnyOf(DesktopApp.class, MainWindow.class, DemoCityMaker.class, PackageActions.class, UnitPackageActions.class)
            .and().haveSimpleNameNotEndingWith("View")
            .should().dependOnClassesThat().belongToAnyOf(Services.class)
            .because("view models and the helpers they share (packages, round choice, jobs) are handed the use cases they call");
}
