package org.civicinspect.exchange;

import java.util.List;
import org.civicinspect.model.MaterialFile;

/**
 * {@code content.json} of a unit reply package (单位回复包): the unit task package it answers and the material files the
 * unit filed for the round, each with its title, type, date and standards; their bytes travel as {@code files/SHA256}.
 * Like {@link UnitTaskContent}, each kind of answer is a section of its own (replies to dispatched problems would be
 * one more list).
 */
public record UnitReplyContent(String taskPackageId, List<MaterialFile> files) {

    public UnitReplyContent {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
