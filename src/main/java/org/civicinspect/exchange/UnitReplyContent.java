package org.civicinspect.exchange;

import java.util.List;
import org.civicinspect.model.MaterialFile;

/**
 * {@code content.json} of a unit reply package (单位回复包): the unit task package it answers and the material files the
 * unit filed for the round, each with its title, type, date and standards; their bytes travel as {@code files/SHA256}.
 * Like {@link UnitTaskContent}, each kind of answer is a section of its own: then the unit's answers to the problems of
 * the office's batch ({@code problemBatch}) it answers, which a package made before
 * problems travelled lacks.
 */
public record UnitReplyContent(String taskPackageId, List<MaterialFile> files, String problemBatch, List<ProblemAnswer> problems) {

    public UnitReplyContent {
        files = files == null ? List.of() : List.copyOf(files);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** A package with material files only, as made before problems travelled. */
    public UnitReplyContent(String taskPackageId, List<MaterialFile> files) {
        this(taskPackageId, files, null, List.of());
    }

    /** The unit's answer to one dispatched problem, its photos after the fix named as the unit had them, their bytes as {@code photos/SHA256}. */
    public record ProblemAnswer(String problemId, String claimant, String phone, String measures, String completedOn, List<Photo> photos) {
        public ProblemAnswer {
            photos = photos == null ? List.of() : List.copyOf(photos);
        }
    }

    public record Photo(String name, String sha256) {
    }
}
