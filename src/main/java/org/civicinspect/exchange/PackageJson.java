package org.civicinspect.exchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.civicinspect.model.MaterialGrade;
import org.civicinspect.model.MaterialGradeScale;

/** The JSON of package entries: dates as ISO-8601 text; a malformed entry is a problem naming the entry, line and column. */
final class PackageJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(new SimpleModule().addDeserializer(Instant.class, new UtcInstants())
                    .addDeserializer(MaterialGrade.class, new MaterialGrades()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PackageJson() {
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String file, String entry, byte[] bytes, Class<T> type) throws PackageProblem {
        try {
            T value = MAPPER.readValue(bytes, type);
            if (value == null) {
                throw new PackageProblem("package.badJson", file, entry, 1, 1, "null");
            }
            return value;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PackageProblem("package.badJson", file, entry, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new PackageProblem("package.badJson", file, entry, 0, 0, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads the times packages write ({@code 2026-03-02T08:30:00.123Z}: UTC, seconds, an optional fraction) by their
     * digits; anything else goes to Jackson's own reading, which accepts the other ISO-8601 forms and says what is wrong.
     * A result package carries some 900 times, and the general reading of them was a third of reading its content.
     */
    static final class UtcInstants extends StdScalarDeserializer<Instant> {

        private static final long serialVersionUID = 1L;

        UtcInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                Instant read = utc(p.getText());
                if (read != null) {
                    return read;
                }
            }
            return InstantDeserializer.INSTANT.deserialize(p, context);
        }

        /** The instant {@code text} writes in the form above, or null when it is written otherwise. */
        static Instant utc(String text) {
            int length = text.length();
            if (length < 20 || length > 30 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                    || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z') {
                return null;
            }
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = 0;
            if (length > 20) {
                int fraction = length - 21;
                if (text.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                    return null;
                }
                nanos = digits(text, 20, length - 1);
                for (int i = fraction; i < 9 && nanos >= 0; i++) {
                    nanos *= 10;
                }
            }
            if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
                return null;
            }
            try {
                return Instant.ofEpochSecond(LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
            } catch (DateTimeException e) {
                return null;
            }
        }

        /** The number the digits from {@code from} to {@code to} write, or -1 when any is not a digit. */
        private static int digits(String text, int from, int to) {
            int value = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }

    /**
     * A review's grade: its label and the coefficient it counted with, the coefficient read as the exact decimal written.
     * Packages written before grade scales carry the name of a fixed grade instead, read as the default scale's grade
     * of that name (or 退回).
     */
    static final class MaterialGrades extends StdScalarDeserializer<MaterialGrade> {

        private static final long serialVersionUID = 1L;
        private static final Map<String, MaterialGrade> BEFORE_SCALES = Map.of(
                "COMPLETE", MaterialGradeScale.DEFAULT.grades().get(0), "PARTIAL", MaterialGradeScale.DEFAULT.grades().get(1),
                "MISSING", MaterialGradeScale.DEFAULT.grades().get(2), "RETURNED", MaterialGrade.RETURNED);

        MaterialGrades() {
            super(MaterialGrade.class);
        }

        @Override
        public MaterialGrade deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                MaterialGrade named = BEFORE_SCALES.get(p.getText());
                return named != null ? named : (MaterialGrade) context.handleWeirdStringValue(MaterialGrade.class, p.getText(), "not a grade");
            }
            if (!p.hasToken(JsonToken.START_OBJECT)) {
                return (MaterialGrade) context.handleUnexpectedToken(MaterialGrade.class, p);
            }
            String label = null;
            BigDecimal coefficient = null;
            for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
                JsonToken value = p.nextToken();
                if (field.equals("label") && value == JsonToken.VALUE_STRING) {
                    label = p.getText();
                } else if (field.equals("coefficient") && value.isNumeric()) {
                    coefficient = p.getDecimalValue();
                } else {
                    p.skipChildren();
                }
            }
            if (label == null || label.isBlank() || coefficient == null || coefficient.signum() < 0 || coefficient.compareTo(BigDecimal.ONE) > 0) {
                return (MaterialGrade) context.reportInputMismatch(MaterialGrade.class,
                        "a grade needs a label and a coefficient from 0 to 1");
            }
            return new MaterialGrade(label, coefficient);
        }
    }
}
