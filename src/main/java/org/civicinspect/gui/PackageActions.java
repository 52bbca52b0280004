package org.civicinspect.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.packages.ExportResultPackage;
import org.civicinspect.service.packages.ExportTaskPackage;
import org.civicinspect.service.packages.ImportOptions;
import org.civicinspect.service.packages.ImportPackage;
import org.civicinspect.service.packages.KeyTrust;
import org.civicinspect.service.packages.PackagePreview;
import org.civicinspect.service.packages.PreviewPackages;
import org.civicinspect.service.rounds.ShowRound;

/**
 * What the screens do with packages: take in task or result packages (passphrase asked when sealed, then checked,
 * then a preview to confirm, which also confirms any new key it shows), write a team's task package at the office,
 * and write this laptop's result package in the field. A refused package is said in a dialog, naming the file.
 */
public final class PackageActions {

    /** The use cases packages go through; {@code showRound} finds the teams of a round that a task package can be written for. */
    public record UseCases(PreviewPackages previewPackages, ImportPackage importPackage, ExportTaskPackage exportTaskPackage, ExportResultPackage exportResultPackage,
                           ShowRound showRound) {
    }

    /** The package use cases of the workspace, for the screens that import and export packages. */
    public static UseCases useCases(Services services) {
        return new UseCases(services.previewPackages(), services.importPackage(), services.exportTaskPackage(),
                services.exportResultPackage(), services.showRound());
    }

    private final UseCases useCases;
    private final JobState job;
    private final DialogService dialogs;
    private final Runnable afterChange;

    /** Package actions reporting on {@code job}; {@code afterChange} runs once packages were taken in or a task package written. */
    public PackageActions(UseCases useCases, JobState job, DialogService dialogs, Runnable afterChange) {
        this.useCases = useCases;
        this.job = job;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
    }

    private boolean refused(Attempt<?> outcome) {
        return outcome.saidRefusal(job, dialogs, "package.refusedTitle");
    }

    public void chooseAndImport() {
        List<Path> files = dialogs.choosePackagesToOpen("package.chooseToOpen");
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Checks the packages, shows what taking them in would do, and on confirmation takes them in, all or none. */
    public void importFiles(List<Path> files) {
        job.quick(p -> files.stream().anyMatch(useCases.previewPackages()::needsPassphrase), sealed -> {
            if (sealed) {
                askPassphraseAndCheck(files, Messages.get("package.passphraseAsk", names(files)));
            } else {
                check(files, null);
            }
        });
    }

    /** Asks for the passphrase of sealed packages and checks them; a wrong one asks again until it is right or the user cancels. */
    private void askPassphraseAndCheck(List<Path> files, String question) {
        Optional<char[]> asked = dialogs.askPassphrase(Messages.get("package.passphraseTitle"), question);
        if (asked.isEmpty()) {
            job.say(Messages.get("package.notImported"));
            return;
        }
        check(files, asked.get());
    }

    private void check(List<Path> files, char[] given) {
        ImportOptions plain = new ImportOptions(given, List.of());
        job.run(Messages.get("package.checking", names(files)), p -> Attempt.of(() -> useCases.previewPackages().run(files, plain)),
                checked -> {
            if (given != null && checked.refused() != null && checked.refused().messageKey().equals("package.wrongPassphrase")) {
                String wrong = Messages.get(checked.refused().messageKey(), checked.refused().args());
                job.say(wrong);
                askPassphraseAndCheck(files, wrong + "\n" + Messages.get("package.passphraseAgain"));
                return;
            }
            if (refused(checked)) {
                return;
            }
            List<PackagePreview> previews = checked.value();
            if (previews.stream().allMatch(PackagePreview::alreadyImported)) {
                dialogs.showInformation(Messages.get("package.importTitle"), Messages.get("cli.package.already"));
                job.say(Messages.get("cli.package.already"));
                return;
            }
            if (!dialogs.confirm(Messages.get("package.importTitle"), describe(previews, files), "package.doImport", "dialog.cancel")) {
                job.say(Messages.get("package.notImported"));
                return;
            }
            List<String> confirmed = previews.stream().filter(v -> v.trust() == KeyTrust.NEEDS_CONFIRMATION)
                    .map(PackagePreview::fingerprint).toList();
            ImportOptions options = new ImportOptions(given, confirmed);
            job.run(Messages.get("package.importing"), p -> Attempt.of(() -> useCases.importPackage().run(files, options)), done -> {
                if (refused(done)) {
                    return;
                }
                List<String> lines = new ArrayList<>();
                for (int i = 0; i < done.value().size(); i++) {
                    lines.addAll(outcome(done.value().get(i), files.get(i), false));
                }
                job.say(Messages.get("package.imported", files.size()));
                afterChange.run();
                dialogs.showReport(Messages.get("package.importTitle"), Messages.get("package.imported", files.size()), lines, false);
            });
        });
    }

    /** The preview of every package, as the confirmation shows it. */
    static String describe(List<PackagePreview> previews, List<Path> files) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < previews.size(); i++) {
            outcome(previews.get(i), files.get(i), true).forEach(line -> text.append(line).append('\n'));
            text.append('\n');
        }
        text.append(Messages.get("package.confirmHint"));
        return text.toString().strip();
    }

    private static List<String> outcome(PackagePreview p, Path file, boolean preview) {
        List<String> lines = new ArrayList<>();
        lines.add(Messages.get("cli.package.header." + p.kind().name(), file.getFileName(), p.team(), p.round(), p.sender(), p.fingerprint()));
        if (p.trust() == KeyTrust.NEEDS_CONFIRMATION) {
            lines.add("⚠ " + Messages.get("package.newKeyWarning", p.fingerprint()));
        }
        if (p.alreadyImported()) {
            lines.add(Messages.get("cli.package.already"));
        } else if (p.kind() == PackageKind.RESULT) {
            lines.add(Messages.get(preview ? "cli.package.wouldMerge" : "cli.package.merged", p.added(), p.updated(), p.unchanged(),
                    p.conflicts().size(), p.inspections(), p.photos()));
            p.conflicts().forEach(conflict -> lines.add("  " + Messages.get("cli.package.conflict", conflict)));
            if (p.interviews() > 0) {
                lines.add(Messages.get("cli.package.interviews", p.interviews()));
            }
        } else {
            lines.add(Messages.get(preview ? "cli.package.wouldReceive" : "cli.package.received", p.sites(), p.added(), p.returned()));
        }
        return lines;
    }

    /** At the office: a team's task package for the round, written where the user chooses. */
    public void exportTask(Round round) {
        if (round == null) {
            return;
        }
        job.quick(p -> useCases.showRound().run(round.id()).drawn().stream().map(d -> d.team()).filter(t -> t != null).distinct().sorted()
                .toList(), teams -> {
            if (teams.isEmpty()) {
                dialogs.showError(Messages.get("package.taskTitle"), Messages.get("package.noTeams", round.name()));
                return;
            }
            Optional<String> team = dialogs.chooseOne(Messages.get("package.taskTitle"), Messages.get("package.chooseTeam", round.name()), teams);
            if (team.isEmpty()) {
                return;
            }
            Optional<Path> out = dialogs.choosePackageToSave("package.taskTitle", round.name() + "-" + team.get() + PackageKind.TASK.extension(),
                    PackageKind.TASK.extension());
            if (out.isEmpty()) {
                return;
            }
            String forKey = dialogs.askText(Messages.get("package.taskTitle"), Messages.get("package.askLaptopKey", team.get())).orElse(null);
            job.run(Messages.get("package.writing"), p -> Attempt.of(() -> useCases.exportTaskPackage().run(round.id(), team.get(), out.get(), null, forKey)),
                    written -> {
                        if (refused(written)) {
                            return;
                        }
                        ExportTaskPackage.Result r = written.value();
                        String message = Messages.get("cli.package.taskWritten", r.file(), r.team(), r.round(), r.sites(), r.returned()) + "\n"
                                + Messages.get("cli.package.signedBy", r.fingerprint())
                                + (r.forKey() == null ? "" : "\n" + Messages.get("cli.package.issuedFor", r.forKey(), r.team()));
                        job.say(Messages.get("package.written", r.file().getFileName()));
                        dialogs.showInformation(Messages.get("package.taskTitle"), message);
                        afterChange.run();
                    });
        });
    }

    /**
     * In the field: this laptop's result package, named after its team, round and date, optionally sealed with a
     * passphrase for a USB stick (typed twice).
     */
    public void exportResults() {
        job.quick(p -> Attempt.of(() -> useCases.exportResultPackage().subject(null)), subject -> {
            if (refused(subject)) {
                return;
            }
            Optional<Path> out = dialogs.choosePackageToSave("package.resultsTitle", resultFileName(subject.value()), PackageKind.RESULT.extension());
            if (out.isEmpty()) {
                return;
            }
            char[] passphrase = null;
            if (dialogs.confirm(Messages.get("package.resultsTitle"), Messages.get("package.sealQuestion"), "package.seal", "package.noSeal")) {
                Optional<char[]> chosen = newPassphrase();
                if (chosen.isEmpty()) {
                    job.say(Messages.get("package.resultsNotWritten"));
                    return;
                }
                passphrase = chosen.get();
            }
            char[] sealing = passphrase;
            job.run(Messages.get("package.writing"), p -> Attempt.of(() -> useCases.exportResultPackage().run(null, out.get(), sealing)), written -> {
                if (refused(written)) {
                    return;
                }
                ExportResultPackage.Result r = written.value();
                job.say(Messages.get("package.written", r.file().getFileName()));
                dialogs.showInformation(Messages.get("package.resultsTitle"), Messages.get("cli.package.resultsWritten", r.file(), r.team(), r.round(),
                        r.inspections(), r.findings(), r.photos()) + "\n" + Messages.get("cli.package.signedBy", r.fingerprint()));
            });
        });
    }

    /** 结果包-第1组-2026年第1轮-2026-12-02.ciresult, with any character a file name cannot hold replaced. */
    static String resultFileName(ExportResultPackage.Subject subject) {
        return Messages.get("package.resultsFileName", subject.team(), subject.round(), subject.date().toString())
                .replaceAll("[\\\\/:*?\"<>|]", "_") + PackageKind.RESULT.extension();
    }

    /** A passphrase typed twice the same; asked again while the two differ, empty when the user cancels. */
    private Optional<char[]> newPassphrase() {
        String question = Messages.get("package.passphraseChoose");
        while (true) {
            Optional<char[]> first = dialogs.askPassphrase(Messages.get("package.passphraseTitle"), question);
            if (first.isEmpty()) {
                return Optional.empty();
            }
            Optional<char[]> second = dialogs.askPassphrase(Messages.get("package.passphraseTitle"), Messages.get("package.passphraseRepeat"));
            if (second.isEmpty()) {
                return Optional.empty();
            }
            if (java.util.Arrays.equals(first.get(), second.get())) {
                java.util.Arrays.fill(second.get(), '\0');
                return first;
            }
            question = Messages.get("package.passphraseMismatch") + "\n" + Messages.get("package.passphraseChoose");
        }
    }

    private static String names(List<Path> files) {
        return String.join(Messages.get("list.separator"), files.stream().map(f -> f.getFileName().toString()).toList());
    }
}
