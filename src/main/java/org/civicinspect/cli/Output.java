package org.civicinspect.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.civicinspect.i18n.Messages;
import org.civicinspect.model.SheetProblem;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a command's answer as text for people or, with {@code --json}, as JSON for programs. */
public final class Output {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // An exact decimal as people write it (40, not 4E+1): stripped of trailing zeros, a BigDecimal has a negative scale.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final PrintWriter out;
    private final PrintWriter err;

    public Output(CommandSpec spec) {
        this.out = spec.commandLine().getOut();
        this.err = spec.commandLine().getErr();
    }

    public void json(Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
        out.flush();
    }

    public void line(String text) {
        out.println(text);
        out.flush();
    }

    public void error(String text) {
        err.println(text);
        err.flush();
    }

    static List<Map<String, String>> problemsAsJson(List<SheetProblem> problems) {
        return problems.stream().map(Output::problemAsJson).toList();
    }

    private static Map<String, String> problemAsJson(SheetProblem p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sheet", p.sheet());
        m.put("cell", p.cell());
        m.put("location", p.location());
        m.put("message", Messages.get(p.messageKey(), p.args()));
        m.put("key", p.messageKey());
        return m;
    }
}
