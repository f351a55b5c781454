package com.jobfuture.coach.core.grading;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Settings given a value in text ({@code thread_sensitive=True}, {@code DEBUG = False}): an answer that gives a
 * point's setting another value ("thread_sensitive=True runs it in a new thread" against "thread_sensitive=False
 * uses a new thread") is about something else, however similar the words.
 */
final class Assignments {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "([A-Za-z_][A-Za-z0-9_.]*)\\s*=\\s*([A-Za-z0-9_]+|'[^']*'|\"[^\"]*\")");

    private Assignments() {
    }

    /** Name (lower case) → value as written (quotes dropped) for each {@code name=value} in the text. */
    static Map<String, String> in(String text) {
        Map<String, String> nameToValue = new LinkedHashMap<>();
        Matcher m = ASSIGNMENT.matcher(text);
        while (m.find()) {
            nameToValue.putIfAbsent(CodeNames.last(m.group(1)).toLowerCase(Locale.ROOT),
                    m.group(2).replaceAll("^['\"]|['\"]$", ""));
        }
        return nameToValue;
    }

    /** The reason to refuse when the answer gives one of the point's settings another value, if it does. */
    static Optional<String> conflict(String answer, String point) {
        Map<String, String> expected = in(point);
        for (Map.Entry<String, String> given : in(answer).entrySet()) {
            String value = expected.get(given.getKey());
            if (value != null && !value.equalsIgnoreCase(given.getValue())) {
                return Optional.of(Reasons.otherValue(given.getKey() + "=" + given.getValue(),
                        given.getKey() + "=" + value));
            }
        }
        return Optional.empty();
    }
}
