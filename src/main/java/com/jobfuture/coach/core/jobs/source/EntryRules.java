package com.jobfuture.coach.core.jobs.source;

import com.jobfuture.coach.core.jobs.JobText;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The checks every entry of every source passes: an http(s) link (no {@code javascript:}, {@code data:}, no
 * user name in it, at most {@value #MAX_URL} characters), short one-line texts (longer ones shortened, absurd ones
 * refused), and a plausible date (not in the future, not before 2000). A failed check throws
 * {@link IllegalArgumentException} with the reason.
 */
final class EntryRules {
    static final int MAX_TITLE = 160;
    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 4_000;
    static final int MAX_URL = 500;
    /** Texts longer than this are not a title or a name but junk or an attack: the entry is refused. */
    static final int ABSURD = 2_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

    private EntryRules() {
    }

    /** A one-line text of at most {@code max} characters; longer ones are shortened and noted in {@code notes}. */
    static String text(String field, String value, int max, List<String> notes) {
        String one = JobText.line(value, Integer.MAX_VALUE);
        if (one.length() > ABSURD) {
            throw new IllegalArgumentException(field + " is " + one.length() + " characters long");
        }
        if (one.length() > max) {
            notes.add(field + " shortened from " + one.length() + " to " + max + " characters");
            return JobText.line(one, max);
        }
        return one;
    }

    /** The description as plain text for matching, at most {@value #MAX_DESCRIPTION} characters. */
    static String description(String html) {
        String plain = JobText.plain(html);
        return plain.length() <= MAX_DESCRIPTION ? plain : plain.substring(0, MAX_DESCRIPTION);
    }

    /** The link, if it is an absolute http(s) link with a host and no user name. */
    static String url(String text) {
        String link = text == null ? "" : text.strip();
        if (link.isEmpty()) {
            throw new IllegalArgumentException("url is missing");
        }
        if (link.length() > MAX_URL) {
            throw new IllegalArgumentException("url is longer than " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new IllegalArgumentException("url '" + JobText.shorten(link) + "' is not an http(s) link");
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("url '" + JobText.shorten(link) + "' carries a user name");
            }
            return link;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("url '" + JobText.shorten(link) + "' is not a valid link");
        }
    }

    /** The day of a date, if it is plausible: not after {@code now} (a day of slack) and not before 2000. */
    static LocalDate plausibleDate(String field, Instant date, Instant now) {
        LocalDate day = LocalDate.ofInstant(date, ZoneOffset.UTC);
        if (date.isAfter(now.plusSeconds(86_400))) {
            throw new IllegalArgumentException(field + " " + day + " is in the future");
        }
        if (day.isBefore(EARLIEST)) {
            throw new IllegalArgumentException(field + " " + day + " is before 2000");
        }
        return day;
    }
}
