package org.civicinspect.gui.review;

import java.util.function.Consumer;
import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.JobState;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.Round;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.review.ListConflicts;
import org.civicinspect.service.review.ResolveConflict;

/**
 * 冲突队列: the round's open conflicts, each with every team's answer side by side; the supervisor keeps one of
 * them, or enters a reviewed answer, and the queue and the review list are read again.
 */
public final class ConflictsViewModel {

    private final ListConflicts listConflicts;
    private final ResolveConflict resolveConflict;
    private final AddPhoto addPhoto;
    private final JobState job;
    private final Runnable afterResolve;
    private final ObservableList<ListConflicts.Listed> conflicts = FXCollections.observableArrayList();
    private final ObjectProperty<ListConflicts.Listed> chosen = new SimpleObjectProperty<>();
    private Round round;

    /**
     * The queue from {@code listConflicts}, resolved with {@code resolveConflict}; {@code addPhoto} finds the photos' files. It
     * reports on the review screen's {@code job}, and {@code afterResolve} reads the review list again.
     */
    public ConflictsViewModel(ListConflicts listConflicts, ResolveConflict resolveConflict, AddPhoto addPhoto, JobState job, Runnable afterResolve) {
        this.listConflicts = listConflicts;
        this.resolveConflict = resolveConflict;
        this.addPhoto = addPhoto;
        this.job = job;
        this.afterResolve = afterResolve;
    }

    public void load(Round r) {
        round = r;
        if (r == null) {
            conflicts.clear();
            return;
        }
        job.quick(p -> listConflicts.run(r.id(), true), list -> {
            String keep = chosen.get() == null ? null : chosen.get().conflict().id();
            conflicts.setAll(list);
            chosen.set(list.stream().filter(c -> c.conflict().id().equals(keep)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
        });
    }

    /** Keeps the answer of this finding lineage. */
    public void keep(String findingId) {
        ListConflicts.Listed conflict = chosen.get();
        if (conflict == null) {
            return;
        }
        job.run(Messages.get("conflicts.resolving"), p -> resolveConflict.choose(conflict.conflict().id(), findingId,
                conflict.conflict().version()), done -> {
            job.say(Messages.get("cli.conflicts.resolved", conflict.site().name() + " " + conflict.conflict().standardCode(),
                    Messages.answer(done.answer())));
            reload();
        }, () -> load(round));
    }

    /** Resolves with the supervisor's own answer, written as on a score sheet (符合, B, 2…). */
    public void enter(String answer, String note) {
        ListConflicts.Listed conflict = chosen.get();
        if (conflict == null || answer == null || answer.isBlank()) {
            return;
        }
        job.run(Messages.get("conflicts.resolving"), p -> resolveConflict.enter(conflict.conflict().id(), answer, note,
                conflict.conflict().version()), done -> {
            job.say(Messages.get("cli.conflicts.resolved", conflict.site().name() + " " + conflict.conflict().standardCode(),
                    Messages.answer(done.answer())));
            reload();
        }, () -> load(round));
    }

    private void reload() {
        load(round);
        afterResolve.run();
    }

    /** Hands {@code show} a photo's file, found off the JavaFX thread (on a server it may be fetched from the database first). */
    public void photo(String sha256, Consumer<Path> show) {
        job.quick(p -> addPhoto.file(sha256), show);
    }

    public ObservableList<ListConflicts.Listed> conflicts() {
        return conflicts;
    }

    public ObjectProperty<ListConflicts.Listed> chosenProperty() {
        return chosen;
    }
}
