package org.civicinspect.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 问卷: one version of a questionnaire, immutable once stored (a change is imported as the next version of the same
 * name) and pinned by the round that uses it, like an indicator set. {@code indices} names the indices (知晓率,
 * 参与率, 支持率, 满意度 and any a city adds) in the order reports show them; each is the group of questions whose
 * {@link Question#index()} names it.
 */
public record Questionnaire(String id, String name, int version, SetSource source, Instant importedAt, List<Question> questions,
                            List<String> indices) {

    public Questionnaire {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        questions = List.copyOf(questions);
        indices = List.copyOf(indices);
    }

    public String label() {
        return name + " v" + version;
    }

    public java.util.Optional<Question> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    /** The questions of an index, in questionnaire order. */
    public List<Question> ofIndex(String index) {
        return questions.stream().filter(q -> index.equals(q.index())).toList();
    }
}
