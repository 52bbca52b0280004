package org.civicinspect.service.survey;

import java.math.BigDecimal;
import java.util.List;
import org.civicinspect.model.Question;
import org.civicinspect.model.QuestionKind;
import org.civicinspect.model.Questionnaire;
import org.civicinspect.service.common.RequestRefused;

/** What an answer to a question must be, for the keyboard screen, paper questionnaires typed in and interviews merged from laptops alike. */
public final class InterviewAnswers {

    private InterviewAnswers() {
    }

    /**
     * The answer to keep: the option codes chosen, each once, or the one value said; refused for a question the
     * questionnaire does not have, an option code the question does not have, a second option for a question that
     * takes one, or a number that is not a number. No value means no answer.
     */
    public static List<String> check(Questionnaire questionnaire, String questionCode, List<String> values) {
        Question question = questionnaire.question(questionCode)
                .orElseThrow(() -> new RequestRefused("interview.unknownQuestion", questionCode, questionnaire.label()));
        List<String> given = values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (given.isEmpty()) {
            return given;
        }
        if (question.kind() == QuestionKind.NUMBER || question.kind() == QuestionKind.TEXT) {
            String said = String.join("、", given);
            if (question.kind() == QuestionKind.NUMBER && !isNumber(said)) {
                throw new RequestRefused("interview.notANumber", questionCode, said);
            }
            return List.of(said);
        }
        for (String code : given) {
            if (question.option(code).isEmpty()) {
                throw new RequestRefused("interview.unknownOption", questionCode, code);
            }
        }
        if (given.size() > 1 && question.kind() != QuestionKind.MULTIPLE) {
            throw new RequestRefused("interview.oneOptionOnly", questionCode, String.join("、", given));
        }
        return given;
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
