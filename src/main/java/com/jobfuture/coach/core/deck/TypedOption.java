package com.jobfuture.coach.core.deck;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed answer to a displayed choice question as a press: a letter of the displayed order ({@code b},
 * {@code B}, {@code b)}, {@code (b)}, {@code b.}) or the exact text of an option, ignoring case and surrounding
 * spaces. Anything else is not an answer.
 */
public final class TypedOption {
    private static final Pattern LETTER = Pattern.compile("\\(([a-z])\\)|([a-z])[).:]?");

    private TypedOption() {
    }

    /** The deck index of the option the text names, or empty if it names none. */
    public static OptionalInt deckIndex(String typed, ChoiceQuestion question, OptionOrder order) {
        if (typed == null || !order.fits(question)) {
            return OptionalInt.empty();
        }
        String text = typed.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < question.options().size(); i++) {
            if (question.options().get(i).text().strip().toLowerCase(Locale.ROOT).equals(lower)) {
                return OptionalInt.of(i);
            }
        }
        Matcher letter = LETTER.matcher(lower);
        if (letter.matches()) {
            String named = letter.group(1) != null ? letter.group(1) : letter.group(2);
            int position = named.charAt(0) - 'a';
            if (position < order.size()) {
                return OptionalInt.of(order.deckIndexAt(position));
            }
        }
        return OptionalInt.empty();
    }
}
