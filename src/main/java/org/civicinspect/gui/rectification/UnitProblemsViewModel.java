package org.civicinspect.gui.rectification;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.civicinspect.gui.DialogService;
import org.civicinspect.gui.JobState;
import org.civicinspect.gui.TaskExecutor;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.UnitProblem;
import org.civicinspect.service.fieldwork.AddPhoto;
import org.civicinspect.service.materials.AnswerDispatchedProblem;
import org.civicinspect.service.materials.ListDispatchedProblems;

/**
 * 整改督办 in a unit's workspace: the problems the office dispatched to the unit in its latest task package, with the
 * photos taken when each was found, and the unit's reply to one of them (认领, measures, date done, photos after). The
 * office's steps are not here.
 */
public final class UnitProblemsViewModel {

    private final ListDispatchedProblems list;
    private final AnswerDispatchedProblem answer;
    private final AddPhoto photos;
    private final DialogService dialogs;
    private final JobState job;
    private final ObservableList<UnitProblem> problems = FXCollections.observableArrayList();

    public UnitProblemsViewModel(ListDispatchedProblems list, AnswerDispatchedProblem answer, AddPhoto photos, TaskExecutor executor,
                                 DialogService dialogs) {
        this.list = list;
        this.answer = answer;
        this.photos = photos;
        this.dialogs = dialogs;
        this.job = new JobState(executor, dialogs);
    }

    public ObservableList<UnitProblem> problems() {
        return problems;
    }

    public JobState job() {
        return job;
    }

    public void reload() {
        job.quick(p -> list.run(), problems::setAll);
    }

    /**
     * Hands {@code show} the file of a photo the office sent with a problem (taken when it was found), found off the
     * JavaFX thread.
     */
    public void photo(String sha256, Consumer<Path> show) {
        job.quick(p -> photos.file(sha256), show);
    }

    /** Opens a photo sent with a problem in the computer's picture viewer, at full size. */
    public void openPhoto(String sha256) {
        photo(sha256, dialogs::open);
    }

    public Optional<Path> choosePhoto() {
        return dialogs.choosePhoto("unitProblems.photoTitle");
    }

    /** Records the unit's reply to the problem and shows the list again, the reply beside the problem. */
    public void reply(UnitProblem problem, String claimant, String phone, String measures, String doneOn, List<Path> photos) {
        job.quick(p -> answer.run(new AnswerDispatchedProblem.Answer(problem.problemId(), claimant, phone, measures, doneOn, photos)), done -> {
            job.say(Messages.get("cli.problems.reply.recorded", done.number(), done.answer().claimant(), done.answer().completedOn(),
                    done.answer().photosAfter().size()));
            reload();
        });
    }
}
