package com.jobfuture.coach.core.chat;

import java.time.Duration;

/** Small text helpers shared by the features' messages. */
public final class Texts {
    private Texts() {
    }

    /** A ten-cell bar for a share between 0 and 1, e.g. {@code ███████░░░}. */
    public static String bar(double share) {
        int filled = (int) Math.round(Math.max(0, Math.min(1, share)) * 10);
        return "█".repeat(filled) + "░".repeat(10 - filled);
    }

    /** A share between 0 and 1 as a whole percentage. */
    public static String percent(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 100) + "%";
    }

    /** A friendly "in 2 days" / "in 10 minutes" for a duration from now. */
    public static String in(Duration duration) {
        long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
        if (minutes < 60) {
            return "in " + plural(minutes, "minute");
        }
        long hours = Math.round(minutes / 60.0);
        if (hours < 24) {
            return "in " + plural(hours, "hour");
        }
        long days = Math.round(hours / 24.0);
        if (days < 60) {
            return "in " + plural(days, "day");
        }
        long months = Math.round(days / 30.0);
        return months < 24 ? "in " + plural(months, "month") : "in " + plural(Math.round(days / 365.0), "year");
    }

    /** {@code 1 day}, {@code 2 days}. */
    public static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** Pads a label to a width, for aligned bars. */
    public static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
