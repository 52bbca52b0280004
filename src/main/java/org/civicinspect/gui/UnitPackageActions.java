package org.civicinspect.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialFile;
import org.civicinspect.model.PackageKind;
import org.civicinspect.model.Round;
import org.civicinspect.service.Services;
import org.civicinspect.service.common.RequestRefused;
import org.civicinspect.service.materials.AddMaterialFile;
import org.civicinspect.service.materials.ReceiveUnitPackage;
import org.civicinspect.service.materials.SendUnitReply;
import org.civicinspect.service.materials.SendUnitTask;
import org.civicinspect.service.materials.ShowUnitOfWorkspace;
import org.civicinspect.service.materials.UnitOfWorkspace;
import org.civicinspect.service.packages.ImportOptions;

/**
 * What the screens do with unit packages (单位任务包, 单位回复包) and a unit's material files: at the office, send a unit
 * its task package and take in its reply; in a unit's workspace, take in the task package (confirming the office's key
 * the first time), file a material and write the reply. Work runs off the JavaFX thread; a refusal is one sentence,
 * naming the file, in the status bar and a dialog.
 */
public final class UnitPackageActions {

    /** The use cases unit packages go through. */
    public record UseCases(SendUnitTask sendUnitTask, ReceiveUnitPackage receiveUnitPackage, SendUnitReply sendUnitReply,
                           AddMaterialFile addMaterialFile, ShowUnitOfWorkspace showUnitOfWorkspace) {
    }

    public static UseCases useCases(Services services) {
        return new UseCases(services.sendUnitTask(), services.receiveUnitPackage(), services.sendUnitReply(), services.addMaterialFile(), services.showUnitOfWorkspace());
    }

    private final UseCases useCases;
    private final JobState job;
    private final DialogService dialogs;
    private final Runnable afterChange;

    /** Actions reporting on {@code job}; {@code afterChange} runs once the workspace changed. */
    public UnitPackageActions(UseCases useCases, JobState job, DialogService dialogs, Runnable afterChange) {
        this.useCases = useCases;
        this.job = job;
        this.dialogs = dialogs;
        this.afterChange = afterChange;
    }

    private boolean refused(Attempt<?> outcome, String titleKey) {
        return outcome.saidRefusal(job, dialogs, titleKey);
    }

    /**
     * At the office: the unit task package for {@code unit} (one of {@code units}, the default), issued for the key of
     * the unit's computer, written where the user chooses.
     */
    public void sendToUnit(Round round, List<String> units, String unit) {
        if (round == null || units.isEmpty()) {
            job.say(Messages.get("unitPackage.noUnits"));
            return;
        }
        List<String> choices = new ArrayList<>(units);
        if (unit != null && choices.remove(unit)) {
            choices.add(0, unit);
        }
        Optional<String> chosen = dialogs.chooseOne(Messages.get("unitPackage.sendTitle"), Messages.get("unitPackage.chooseUnit", round.name()), choices);
        if (chosen.isEmpty()) {
            return;
        }
        Optional<String> key = dialogs.askText(Messages.get("unitPackage.sendTitle"), Messages.get("unitPackage.askKey", chosen.get()));
        if (key.isEmpty()) {
            return;
        }
        Optional<Path> out = dialogs.choosePackageToSave("unitPackage.sendTitle", fileName(Messages.get("unitPackage.taskFileName", chosen.get(),
                round.name())), PackageKind.UNIT_TASK.extension());
        if (out.isEmpty()) {
            return;
        }
        job.run(Messages.get("package.writing"), p -> Attempt.of(() -> useCases.sendUnitTask().run(chosen.get(), round.id(), key.get(), out.get())),
                written -> {
                    if (refused(written, "unitPackage.sendTitle")) {
                        return;
                    }
                    SendUnitTask.Result r = written.value();
                    String message = Messages.get("cli.materials.sent", r.file(), r.unit(), r.round(), r.standards(), r.reviews())
                            + "\n" + (r.problems() == 0 ? Messages.get("unitPackage.noProblems")
                                    : Messages.get("cli.materials.sentProblems", r.problems(), r.problemBatch()))
                            + "\n" + Messages.get("cli.package.signedBy", r.fingerprint())
                            + "\n" + Messages.get("cli.materials.issuedFor", r.forKey(), r.unit());
                    job.say(Messages.get("package.written", r.file().getFileName()));
                    dialogs.showInformation(Messages.get("unitPackage.sendTitle"), message);
                    afterChange.run();
                });
    }

    /** Unit packages chosen by the user, taken in one after another: the office's task package at a unit, a unit's reply at the office. */
    public void receive() {
        List<Path> files = dialogs.chooseUnitPackagesToOpen("unitPackage.receiveTitle");
        if (!files.isEmpty()) {
            receive(files, List.of(), new ArrayList<>());
        }
    }

    /**
     * Takes in the first of {@code files}, then the rest. A task package signed by an office key not trusted yet is
     * taken in only once the user confirms its fingerprint; a refusal stops there, naming its file. {@code report}
     * holds what each package taken in so far brought.
     */
    private void receive(List<Path> files, List<String> trusted, List<List<String>> report) {
        if (files.isEmpty()) {
            String headline = Messages.get("unitPackage.received", report.size());
            job.say(headline);
            afterChange.run();
            dialogs.showReport(Messages.get("unitPackage.receiveTitle"), headline, report.stream().flatMap(List::stream).toList(), false);
            return;
        }
        Path file = files.get(0);
        List<Path> rest = files.subList(1, files.size());
        ImportOptions options = new ImportOptions(null, List.copyOf(trusted));
        job.run(Messages.get("package.checking", file.getFileName()), p -> Attempt.of(() -> useCases.receiveUnitPackage().run(file, options)), taken -> {
            RequestRefused refusal = taken.refused();
            if (refusal != null && (refusal.messageKey().equals("package.confirmOfficeKey") || refusal.messageKey().equals("package.otherOfficeKey"))) {
                String fingerprint = String.valueOf(refusal.args().get(1));
                String question = Messages.get("unitPackage." + refusal.messageKey().substring("package.".length()), file.getFileName(), fingerprint);
                if (!dialogs.confirm(Messages.get("unitPackage.receiveTitle"), question, "unitPackage.trust", "dialog.cancel")) {
                    job.say(Messages.get("package.notImported"));
                    finishEarly(report);
                    return;
                }
                List<String> now = new ArrayList<>(trusted);
                now.add(fingerprint);
                receive(files, now, report);
                return;
            }
            if (refused(taken, "unitPackage.receiveTitle")) {
                finishEarly(report);
                return;
            }
            report.add(describe(taken.value(), file));
            receive(rest, trusted, report);
        });
    }

    /** After a refusal, the packages taken in before it still changed the workspace. */
    private void finishEarly(List<List<String>> report) {
        if (!report.isEmpty()) {
            afterChange.run();
        }
    }

    /** Two lines: which package it was, and what it brought. */
    static List<String> describe(ReceiveUnitPackage.Result r, Path file) {
        String header = Messages.get("cli.materials.header." + r.kind().name(), file.getFileName(), r.unit(), r.round(), r.sender(), r.fingerprint());
        String brought = r.alreadyReceived() ? Messages.get("cli.package.already")
                : r.kind() == PackageKind.UNIT_TASK ? Messages.get("cli.materials.taskReceived", r.standards(), r.reviews(), r.problems())
                : Messages.get("cli.materials.replyReceived", r.files(), r.newFiles(), r.newContents(), r.problems());
        return List.of(header, brought);
    }

    /**
     * In a unit's workspace: a material file for the round, described in a small dialog (its types those the standard
     * requires, its standards by default {@code standard}); the service checks it and files it, or says why not.
     */
    public void addMaterial(Round round, String standard) {
        if (round == null) {
            return;
        }
        Optional<Path> file = dialogs.chooseMaterialFile("unitPackage.addTitle");
        if (file.isEmpty()) {
            return;
        }
        job.quick(p -> standard == null ? List.<String>of() : useCases.addMaterialFile().requiredTypes(round.id(), standard), types -> {
            Optional<MaterialDetails> details = dialogs.askMaterialDetails(file.get().getFileName().toString(), types,
                    standard == null ? List.of() : List.of(standard), LocalDate.now());
            if (details.isEmpty()) {
                return;
            }
            MaterialDetails d = details.get();
            AddMaterialFile.Filing filing = new AddMaterialFile.Filing(round.id(), d.standards(), null, d.type(), d.title(), d.date(), file.get());
            job.run(Messages.get("unitPackage.adding", file.get().getFileName()), p -> Attempt.of(() -> useCases.addMaterialFile().run(filing)), filed -> {
                if (refused(filed, "unitPackage.addTitle")) {
                    return;
                }
                MaterialFile f = filed.value().file();
                job.say(Messages.get(filed.value().alreadyFiled() ? "cli.materials.filedBefore" : "cli.materials.filed", f.fileName(),
                        String.join(",", f.standards()), f.unit(), f.sha256()));
                afterChange.run();
            });
        });
    }

    /** In a unit's workspace: the reply package, with every material filed and every problem answered, written where the user chooses. */
    public void writeReply() {
        job.quick(p -> useCases.showUnitOfWorkspace().run().map(UnitOfWorkspace::name).orElse(""), unit -> {
            Optional<Path> out = dialogs.choosePackageToSave("unitPackage.replyTitle", fileName(Messages.get("unitPackage.replyFileName", unit,
                    LocalDate.now().toString())), PackageKind.UNIT_REPLY.extension());
            if (out.isEmpty()) {
                return;
            }
            job.run(Messages.get("package.writing"), p -> Attempt.of(() -> useCases.sendUnitReply().run(out.get())), written -> {
                if (written.refused() != null && written.refused().messageKey().equals("materials.nothingToReply")) {
                    // The service's sentence names the commands; the window names its buttons.
                    String message = Messages.get("unitPackage.nothingToReply", written.refused().args().toArray());
                    job.say(message);
                    dialogs.showError(Messages.get("unitPackage.replyTitle"), message);
                    return;
                }
                if (refused(written, "unitPackage.replyTitle")) {
                    return;
                }
                SendUnitReply.Result r = written.value();
                job.say(Messages.get("package.written", r.file().getFileName()));
                dialogs.showInformation(Messages.get("unitPackage.replyTitle"), Messages.get("cli.materials.replied", r.file(), r.unit(), r.round(),
                        r.files(), r.contents(), r.problems()) + "\n" + Messages.get("cli.package.signedBy", r.fingerprint()));
            });
        });
    }

    /** A file name with any character a file name cannot hold replaced, and the unit package extension. */
    private static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|]", "_") + PackageKind.UNIT_TASK.extension();
    }
}
