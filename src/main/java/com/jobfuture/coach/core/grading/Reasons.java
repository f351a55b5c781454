package com.jobfuture.coach.core.grading;

/** The short reasons graders give, in the coach's words; the reveal shows them after each key point. */
final class Reasons {
    static final String NOTHING_TYPED = "nothing typed";
    static final String MISSING = "not in your answer";
    static final String ECHO = "your answer only repeats the question here";
    static final String OTHER_POINT = "what you said fits another point better";
    static final int QUOTE_LENGTH = 60;

    private Reasons() {
    }

    /** Covered by a phrase the deck lists. */
    static String saidWord(String phrase) {
        return "you said “" + phrase.strip() + "”";
    }

    /** Covered by what the user wrote. */
    static String said(String span) {
        return "you said “" + quote(span) + "”";
    }

    /** The user said the opposite of the point. */
    static String contradicted(String span) {
        return "you said “" + quote(span) + "”, which says the opposite";
    }

    /** What the user said is closer to a known wrong claim than to the point. */
    static String misconception(String span, String claim) {
        return "you said “" + quote(span) + "” — that is the misconception “" + quote(claim) + "”";
    }

    /** The user named another code name than the one the point is about. */
    static String otherName(String named, String expected) {
        return "you named " + named + "; the point is about " + expected;
    }

    /** What the user said is about another subject of the question than the point's. */
    static String otherSubject(String said, String point) {
        return "you said that of " + said + "; the point is “" + quote(point) + "”";
    }

    /** The user gave a setting another value than the point's. */
    static String otherValue(String said, String point) {
        return "you said " + said + "; the point is about " + point;
    }

    /** Shortens a span of the user's answer for a reason line. */
    static String quote(String span) {
        String oneLine = span.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= QUOTE_LENGTH ? oneLine : oneLine.substring(0, QUOTE_LENGTH - 1).strip() + "…";
    }
}
