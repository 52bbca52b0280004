package org.civicinspect.gui.tasks;

import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.MaterialGrade;

/**
 * How the screen names a material grade: a set's own labels (A, B, C …) as they are, the default 完整 / 部分 / 缺失 and
 * 退回 in the language of the screen; as a choice, with the coefficient it counts with: {@code A (1)}, {@code 部分（0.5）}.
 */
final class GradeNames {

    private static final Map<String, String> BUILT_IN = Map.of("完整", "COMPLETE", "部分", "PARTIAL", "缺失", "MISSING", "退回", "RETURNED");

    private GradeNames() {
    }

    static String name(String label) {
        String key = BUILT_IN.get(label);
        return key == null ? label : Messages.get("materials.grade." + key);
    }

    static String choice(MaterialGrade grade) {
        return grade.returned() ? name(grade.label()) : Messages.get("tasks.gradeChoice", name(grade.label()), grade.coefficientText());
    }
}
