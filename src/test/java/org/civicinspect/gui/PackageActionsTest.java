package org.civicinspect.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.civicinspect.TestWorkspaces;
import org.civicinspect.cli.TwoTeamsScored;
import org.civicinspect.i18n.Messages;
import org.civicinspect.service.Services;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The result package from a field laptop to the office on the screens: named after team, round and date, its
 * passphrase typed twice when sealed, and a wrong passphrase on import asked again rather than ending the import.
 */
class PackageActionsTest {

    @TempDir static Path shared;
    @TempDir Path temp;
    private static TwoTeamsScored made;
    private TwoTeamsScored scored;
    private ScriptedDialogs dialogs;
    private final List<String> changes = new ArrayList<>();

    /** The office and the two laptops are set up once; each test works on copies of their folders and packages. */
    @BeforeAll
    static void twoLaptopsScoredTheirTasks() throws Exception {
        made = TwoTeamsScored.build(shared);
    }

    @BeforeEach
    void copiesOfTheOfficeAndLaptops() throws Exception {
        try (var files = Files.list(shared)) {
            for (Path p : files.toList()) {
                if (Files.isDirectory(p)) {
                    TestWorkspaces.copy(p, temp.resolve(p.getFileName().toString()));
                } else {
                    Files.copy(p, temp.resolve(p.getFileName().toString()));
                }
            }
        }
        scored = new TwoTeamsScored(temp.resolve(made.office().getFileName().toString()), temp.resolve(made.results1().getFileName().toString()),
                temp.resolve(made.results2().getFileName().toString()), made.sharedSite());
        dialogs = new ScriptedDialogs();
    }

    private PackageActions actions(Services services, JobState job) {
        return new PackageActions(PackageActions.useCases(services), job, dialogs, () -> changes.add("changed"));
    }

    private PackageActions actions(Services services) {
        return actions(services, new JobState(new CurrentThreadTaskExecutor(), dialogs));
    }

    private Path sealedResults(String passphrase) {
        dialogs.nextPackageSave = temp.resolve("sealed.ciresult");
        dialogs.confirmAnswer = true;
        dialogs.passphrases.add(passphrase.toCharArray());
        dialogs.passphrases.add(passphrase.toCharArray());
        actions(TestWorkspaces.open(temp.resolve("field1"))).exportResults();
        return dialogs.nextPackageSave;
    }

    @Test
    void aTaskPackageIsIssuedForTheLaptopKeyTypedInItsDialog() throws Exception {
        Services office = TestWorkspaces.open(scored.office());
        String laptopKey = org.civicinspect.exchange.DeviceKey.loadOrCreate(temp.resolve("field3").resolve("keys")).fingerprint();
        dialogs.nextChoice = "第一组";
        dialogs.nextPackageSave = temp.resolve("for-field3.citask");
        dialogs.nextText = laptopKey;
        actions(office).exportTask(office.showRound().run("latest").round());
        assertEquals(1, dialogs.textQuestions.size());
        assertTrue(dialogs.textQuestions.get(0).contains("第一组"), dialogs.textQuestions.get(0));
        assertTrue(Files.isRegularFile(dialogs.nextPackageSave));
        assertTrue(dialogs.informations.get(0).contains(Messages.get("cli.package.issuedFor", laptopKey, "第一组")), dialogs.informations.toString());
    }

    @Test
    void theResultPackageIsNamedAfterItsTeamRoundAndDate() {
        dialogs.nextPackageSave = null;
        actions(TestWorkspaces.open(temp.resolve("field1"))).exportResults();
        assertEquals(List.of("结果包-第一组-第1期-2026-11-27.ciresult"), dialogs.suggestedPackageNames);
    }

    @Test
    void aSealingPassphraseIsTypedTwiceAndAskedAgainWhenTheTwoDiffer() {
        Services field = TestWorkspaces.open(temp.resolve("field1"));
        JobState job = new JobState(new CurrentThreadTaskExecutor(), dialogs);
        dialogs.nextPackageSave = temp.resolve("sealed.ciresult");
        dialogs.confirmAnswer = true;
        for (String typed : List.of("春风十里", "春风十裏", "春风十里", "春风十里")) {
            dialogs.passphrases.add(typed.toCharArray());
        }

        actions(field, job).exportResults();

        assertEquals(4, dialogs.passphraseQuestions.size(), dialogs.passphraseQuestions.toString());
        assertEquals(Messages.get("package.passphraseRepeat"), dialogs.passphraseQuestions.get(1));
        assertTrue(dialogs.passphraseQuestions.get(2).startsWith(Messages.get("package.passphraseMismatch")), dialogs.passphraseQuestions.get(2));
        assertTrue(field.previewPackages().needsPassphrase(dialogs.nextPackageSave), "sealed with the passphrase typed twice the same");
    }

    @Test
    void cancellingThePassphraseWritesNoPackageRatherThanAnUnsealedOne() {
        Services field = TestWorkspaces.open(temp.resolve("field1"));
        JobState job = new JobState(new CurrentThreadTaskExecutor(), dialogs);
        dialogs.nextPackageSave = temp.resolve("never.ciresult");
        dialogs.confirmAnswer = true;
        dialogs.passphrases.add("春风十里".toCharArray());

        actions(field, job).exportResults();

        assertFalse(Files.exists(dialogs.nextPackageSave));
        assertEquals(Messages.get("package.resultsNotWritten"), job.statusProperty().get());
    }

    @Test
    void aWrongPassphraseOnImportIsAskedAgainAndTheRightOneTakesThePackageIn() {
        Path sealed = sealedResults("春风十里");
        dialogs.passphraseQuestions.clear();
        dialogs.passphrases.add("秋月".toCharArray());
        dialogs.passphrases.add("春风十里".toCharArray());

        actions(TestWorkspaces.open(scored.office())).importFiles(List.of(sealed));

        assertEquals(2, dialogs.passphraseQuestions.size());
        assertTrue(dialogs.passphraseQuestions.get(1).startsWith(Messages.get("package.wrongPassphrase", "sealed.ciresult")),
                dialogs.passphraseQuestions.get(1));
        assertTrue(dialogs.errors.isEmpty(), "a wrong passphrase is no error that ends the import: " + dialogs.errors);
        assertEquals(List.of("changed"), changes, "taken in");
    }

    @Test
    void cancellingAfterAWrongPassphraseTakesNothingIn() {
        Path sealed = sealedResults("春风十里");
        dialogs.passphrases.add("秋月".toCharArray());
        JobState job = new JobState(new CurrentThreadTaskExecutor(), dialogs);

        actions(TestWorkspaces.open(scored.office()), job).importFiles(List.of(sealed));

        assertTrue(changes.isEmpty());
        assertEquals(Messages.get("package.notImported"), job.statusProperty().get());
    }
}
