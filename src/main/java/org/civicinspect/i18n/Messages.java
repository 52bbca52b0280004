package org.civicinspect.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.civicinspect.model.Answer;
import org.civicinspect.model.ScoringRule;
import org.civicinspect.model.SheetProblem;

/** The user's language: every visible string comes from {@code messages_*.properties}. Chinese by default. */
public final class Messages {

    public static final String BUNDLE = "messages";
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private static volatile ResourceBundle bundle = load(CHINESE);

    private Messages() {
    }

    /** Accepts {@code zh}, {@code zh-CN}, {@code en}; anything else falls back to Chinese. */
    public static void use(String language) {
        bundle = load(language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE);
    }

    public static Locale locale() {
        return bundle.getLocale();
    }

    public static ResourceBundle bundle() {
        return bundle;
    }

    /** A text of the bundle with its arguments, put into another and worded in the language in use when that one is shown. */
    public record Text(String key, Object... args) {
    }

    /**
     * A {@link Text} among {@code args} is worded now; a {@link List} is written as its items joined the language's way
     * ({@code A、B} / {@code A, B}).
     */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(joined(args));
    }

    private static Object[] joined(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = worded(args[i]);
        }
        return out;
    }

    private static Object worded(Object arg) {
        if (arg instanceof Text text) {
            return get(text.key(), text.args());
        }
        if (arg instanceof List<?> items) {
            return String.join(bundle.getString("list.separator"), items.stream().map(i -> String.valueOf(worded(i))).toList());
        }
        return arg;
    }

    public static String get(String key, List<Object> args) {
        return get(key, args.toArray());
    }

    /** {@code 农贸市场!F12: 分值 "两分" 不是数字}, or the message alone for a problem of the whole file. */
    public static String describe(SheetProblem problem) {
        String message = get(problem.messageKey(), problem.args());
        return problem.location().isEmpty() ? message : problem.location() + ": " + message;
    }

    /** An answer as the screens and the command line show it: 符合, B, 3 处… */
    public static String answer(Answer a) {
        return switch (a.kind()) {
            case MET -> get("answer.met");
            case NOT_MET -> get("answer.notMet");
            case GRADE -> a.grade().label() + (a.count() == null ? "" : "（" + get("answer.occurrences", a.count()) + "）");
            case OCCURRENCES -> get("answer.occurrences", a.count());
            case NOT_APPLICABLE -> get("answer.na");
        };
    }

    public static String scoring(ScoringRule rule) {
        return get("scoring." + rule.mode().name(),
                rule.deductionPerOccurrence() == null ? "" : rule.deductionPerOccurrence().toPlainString());
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
