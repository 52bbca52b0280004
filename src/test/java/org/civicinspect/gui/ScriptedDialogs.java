package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicinspect.service.library.IndicatorImportResult;

/** Answers file dialogs with prepared paths and records what would have been shown. */
public final class ScriptedDialogs implements DialogService {

    public Path nextOpen;
    public Path nextSave;
    public final List<IndicatorImportResult> importResults = new ArrayList<>();
    public final List<String> informations = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();

    @Override
    public Optional<Path> chooseWorkbookToOpen(String titleKey) {
        return Optional.ofNullable(nextOpen);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(String titleKey, String suggestedName) {
        return Optional.ofNullable(nextSave);
    }

    public Path nextPhoto;

    @Override
    public Optional<Path> choosePhoto(String titleKey) {
        return Optional.ofNullable(nextPhoto);
    }

    @Override
    public void showImportResult(Path file, IndicatorImportResult result) {
        importResults.add(result);
    }

    public final List<String> reports = new ArrayList<>();

    @Override
    public void showReport(String title, String headline, List<String> lines, boolean failed) {
        reports.add(headline);
        reports.addAll(lines);
    }

    @Override
    public void showInformation(String title, String message) {
        informations.add(message);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    /** The answer every confirmation gets; the questions asked are kept. */
    public boolean confirmAnswer;
    public final List<String> confirmations = new ArrayList<>();
    public final List<Path> offeredToOpen = new ArrayList<>();
    /** Files opened in the system's program, in order. */
    public final List<Path> opened = new ArrayList<>();

    @Override
    public boolean confirm(String title, String message, String yesKey, String noKey) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void offerToOpen(String title, String message, Path file) {
        informations.add(message);
        offeredToOpen.add(file);
    }

    @Override
    public void open(Path file) {
        opened.add(file);
    }

    public Path nextFolder;
    public Path nextBackup;
    /** The first-run answer; empty closes the welcome without an answer. */
    public Optional<FirstRun> firstRun = Optional.empty();
    public final List<Boolean> welcomes = new ArrayList<>();

    @Override
    public Optional<Path> chooseFolder(String titleKey) {
        return Optional.ofNullable(nextFolder);
    }

    @Override
    public Optional<Path> chooseBackupToOpen(String titleKey) {
        return Optional.ofNullable(nextBackup);
    }

    @Override
    public Optional<Path> chooseBackupToSave(String titleKey, String suggestedName) {
        return Optional.ofNullable(nextBackup);
    }

    @Override
    public Optional<FirstRun> welcome(boolean offerDemo, String server) {
        welcomes.add(offerDemo);
        return firstRun;
    }

    public List<Path> nextPackages = List.of();
    public Path nextPackageSave;
    public final List<String> suggestedPackageNames = new ArrayList<>();
    public char[] nextPassphrase;
    public String nextChoice;
    public final List<String> passphraseQuestions = new ArrayList<>();

    @Override
    public List<Path> choosePackagesToOpen(String titleKey) {
        return nextPackages;
    }

    @Override
    public Optional<Path> choosePackageToSave(String titleKey, String suggestedName, String extension) {
        suggestedPackageNames.add(suggestedName);
        return Optional.ofNullable(nextPackageSave);
    }

    @Override
    public Optional<char[]> askPassphrase(String title, String message) {
        passphraseQuestions.add(message);
        return Optional.ofNullable(passphrases.isEmpty() ? nextPassphrase : passphrases.poll());
    }

    /** Passphrases given one per question before {@link #nextPassphrase} answers the rest. */
    public final java.util.Deque<char[]> passphrases = new java.util.ArrayDeque<>();
    /** Choices given one per question before {@link #nextChoice} answers the rest; the choices offered are kept. */
    public final java.util.Deque<String> choices = new java.util.ArrayDeque<>();
    public final List<List<String>> offeredChoices = new ArrayList<>();
    /** The text every question for one gets (null cancels); the questions asked are kept. */
    public String nextText;
    public final List<String> textQuestions = new ArrayList<>();

    @Override
    public Optional<String> askText(String title, String message) {
        textQuestions.add(message);
        return Optional.ofNullable(nextText);
    }

    @Override
    public Optional<String> chooseOne(String title, String message, List<String> choices) {
        offeredChoices.add(List.copyOf(choices));
        return Optional.ofNullable(this.choices.isEmpty() ? nextChoice : this.choices.poll());
    }

    public List<Path> nextUnitPackages = List.of();
    public Path nextMaterialFile;
    /** The details every material file gets (null cancels); the file names, types and standards offered are kept. */
    public MaterialDetails nextMaterialDetails;
    public final List<String> materialQuestions = new ArrayList<>();

    @Override
    public List<Path> chooseUnitPackagesToOpen(String titleKey) {
        return nextUnitPackages;
    }

    @Override
    public Optional<Path> chooseMaterialFile(String titleKey) {
        return Optional.ofNullable(nextMaterialFile);
    }

    @Override
    public Optional<MaterialDetails> askMaterialDetails(String fileName, List<String> types, List<String> standards, java.time.LocalDate today) {
        materialQuestions.add(fileName + " " + types + " " + standards);
        return Optional.ofNullable(nextMaterialDetails);
    }
}
