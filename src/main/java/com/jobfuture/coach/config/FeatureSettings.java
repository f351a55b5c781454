package com.jobfuture.coach.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and checks the {@code daily}, {@code check} and {@code reminders} sections and durations, written like 15s,
 * 30m, 2h, 1h30m or 60d.
 */
final class FeatureSettings {
    private static final Pattern DURATION = Pattern.compile(
            "(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m(?!s))?(?:(\\d+)s)?(?:(\\d+)ms)?");

    private FeatureSettings() {
    }

    static CoachConfig.Daily daily(Path path, ConfigFile.Daily daily) {
        CoachConfig.Daily defaults = CoachConfig.Daily.defaults();
        if (daily == null) {
            return defaults;
        }
        Duration grace = duration(path, "daily.grace", daily.grace(), defaults.grace(),
                Duration.ofMinutes(5), Duration.ofHours(12));
        Duration checkEvery = duration(path, "daily.check_every", daily.checkEvery(), defaults.checkEvery(),
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        if (checkEvery.multipliedBy(2).compareTo(grace) > 0) {
            throw new ConfigException(path + ": daily.check_every must be at most half of daily.grace");
        }
        Duration reveal = duration(path, "daily.default_reveal", daily.defaultReveal(), defaults.defaultReveal(),
                Duration.ofMinutes(5), Duration.ofHours(23));
        return new CoachConfig.Daily(grace, checkEvery, reveal);
    }

    static CoachConfig.Reminders reminders(Path path, ConfigFile.Reminders reminders) {
        CoachConfig.Reminders defaults = CoachConfig.Reminders.defaults();
        if (reminders == null) {
            return defaults;
        }
        Duration grace = duration(path, "reminders.grace", reminders.grace(), defaults.grace(),
                Duration.ofMinutes(5), Duration.ofHours(12));
        Duration checkEvery = duration(path, "reminders.check_every", reminders.checkEvery(), defaults.checkEvery(),
                Duration.ofSeconds(1), Duration.ofMinutes(5));
        if (checkEvery.multipliedBy(2).compareTo(grace) > 0) {
            throw new ConfigException(path + ": reminders.check_every must be at most half of reminders.grace");
        }
        int batch = reminders.batchSize() == null ? defaults.batchSize() : reminders.batchSize();
        if (batch < 1 || batch > 10_000) {
            throw new ConfigException(path + ": reminders.batch_size " + batch + " must be between 1 and 10000");
        }
        return new CoachConfig.Reminders(grace, checkEvery, batch);
    }

    static CoachConfig.Check check(Path path, ConfigFile.Check check) {
        CoachConfig.Check defaults = CoachConfig.Check.defaults();
        if (check == null) {
            return defaults;
        }
        Duration retake = defaults.retakeAfter();
        if (check.retakeAfterDays() != null) {
            int days = check.retakeAfterDays();
            if (days < 0 || days > 365) {
                throw new ConfigException(path + ": check.retake_after_days must be between 0 and 365, not " + days);
            }
            retake = Duration.ofDays(days);
        }
        Optional<Path> calibration = blank(check.calibrationFile()) ? Optional.empty()
                : Optional.of(Path.of(check.calibrationFile().strip()));
        return new CoachConfig.Check(retake, calibration);
    }

    /** Parses {@code 15s}, {@code 30m}, {@code 2h}, {@code 1h30m}, {@code 500ms} or {@code 60d}. */
    static Duration duration(Path path, String key, String text, Duration fallback, Duration min, Duration max) {
        if (blank(text)) {
            return fallback;
        }
        Matcher m = DURATION.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches() || text.isBlank() || (m.group(1) == null && m.group(2) == null && m.group(3) == null
                && m.group(4) == null && m.group(5) == null)) {
            throw new ConfigException(path + ": " + key + " '" + text + "' is not a duration such as 15s, 30m, "
                    + "2h or 1h30m");
        }
        Duration value = Duration.ofDays(number(m.group(1))).plusHours(number(m.group(2)))
                .plusMinutes(number(m.group(3))).plusSeconds(number(m.group(4))).plusMillis(number(m.group(5)));
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new ConfigException(path + ": " + key + " '" + text + "' must be between " + words(min)
                    + " and " + words(max));
        }
        return value;
    }

    static URI httpUrl(Path path, String key, String text) {
        try {
            URI uri = new URI(text);
            if (uri.getHost() == null || !List.of("http", "https").contains(uri.getScheme())) {
                throw new ConfigException(path + ": " + key + " '" + text + "' must be an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(path + ": " + key + " '" + text + "' is not a valid URL");
        }
    }

    private static long number(String group) {
        return group == null ? 0 : Long.parseLong(group);
    }

    private static String words(Duration duration) {
        if (duration.toDays() > 0 && duration.equals(Duration.ofDays(duration.toDays()))) {
            return duration.toDays() + "d";
        }
        return duration.toString().substring(2).toLowerCase(java.util.Locale.ROOT);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
