package com.jobfuture.coach.core.common;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * IANA time zone ids typed by people: an exact id in any case, close matches for a typo or a bare city
 * ({@code Europe/Berln}, {@code berlin}, {@code new york} → {@code Europe/Berlin}, {@code America/New_York}), and
 * completions while typing ({@code berl}, {@code europe/be}). Pure and thread-safe.
 */
public final class TimeZones {
    /** A few zones many users are in, offered before anything is typed. */
    public static final List<String> COMMON = List.of("Europe/London", "Europe/Berlin", "Europe/Kyiv",
            "Asia/Kolkata", "Asia/Singapore", "America/New_York", "America/Los_Angeles", "UTC");
    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+");
    private static final Map<String, String> LOWER_TO_ID = lowerToId();
    /** The region ids (Area/City) in lower case, sorted: what completions search. */
    private static final List<String> REGION_IDS = LOWER_TO_ID.keySet().stream()
            .filter(id -> REGION.matcher(LOWER_TO_ID.get(id)).matches()).sorted().toList();
    private static final int MAX_DISTANCE = 3;

    private TimeZones() {
    }

    /** The zone with exactly this id, ignoring case; {@code UTC} and {@code GMT} mean UTC. */
    public static Optional<ZoneId> find(String typed) {
        String id = LOWER_TO_ID.get(typed.strip().toLowerCase(Locale.ROOT));
        if (id != null) {
            return Optional.of(ZoneId.of(id));
        }
        String plain = typed.strip();
        return plain.equalsIgnoreCase("utc") || plain.equalsIgnoreCase("gmt") ? Optional.of(ZoneId.of("UTC"))
                : Optional.empty();
    }

    /**
     * Up to {@code limit} region ids (Area/City) close to what was typed, closest first: the ids of that city when
     * a city was typed ({@code berlin}, {@code new york}), else ids at most three edits away.
     */
    public static List<String> suggestions(String typed, int limit) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> close = LOWER_TO_ID.entrySet().stream()
                .filter(e -> REGION.matcher(e.getValue()).matches())
                .map(e -> Map.entry(e.getValue(), score(e.getKey(), wanted)))
                .filter(e -> e.getValue() <= MAX_DISTANCE)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        boolean cityNamed = !close.isEmpty() && close.get(0).getValue() == 0;
        return close.stream().filter(e -> !cityNamed || e.getValue() == 0).limit(limit).map(Map.Entry::getKey)
                .toList();
    }

    /**
     * Up to {@code limit} ids completing what has been typed so far, best first: the exact id, ids whose city
     * starts with the text ({@code berl} → Europe/Berlin), ids starting with it ({@code europe/be}), ids
     * containing it; when none does, close matches for a typo ({@link #suggestions}). Nothing typed: {@link #COMMON}.
     */
    public static List<String> completions(String typed, int limit) {
        String wanted = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
        if (wanted.isEmpty()) {
            return COMMON.stream().limit(limit).toList();
        }
        Set<String> ids = new LinkedHashSet<>();
        find(wanted).map(ZoneId::getId).ifPresent(ids::add);
        if ("utc".startsWith(wanted)) {
            ids.add("UTC");
        }
        REGION_IDS.stream().filter(id -> city(id).startsWith(wanted)).forEach(id -> ids.add(LOWER_TO_ID.get(id)));
        REGION_IDS.stream().filter(id -> id.startsWith(wanted)).forEach(id -> ids.add(LOWER_TO_ID.get(id)));
        REGION_IDS.stream().filter(id -> id.contains(wanted)).forEach(id -> ids.add(LOWER_TO_ID.get(id)));
        if (ids.isEmpty()) {
            ids.addAll(suggestions(typed, limit));
        }
        return ids.stream().limit(limit).toList();
    }

    private static String city(String lowerId) {
        return lowerId.substring(lowerId.lastIndexOf('/') + 1);
    }

    /** 0 when the typed text is the id's city, else the edit distance to the whole id or to its city. */
    private static int score(String lowerId, String wanted) {
        String city = city(lowerId);
        if (city.equals(wanted)) {
            return 0;
        }
        return Math.min(distance(lowerId, wanted), wanted.contains("/") ? Integer.MAX_VALUE : distance(city, wanted));
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static Map<String, String> lowerToId() {
        Map<String, String> map = new TreeMap<>();
        ZoneId.getAvailableZoneIds().stream().sorted(Comparator.naturalOrder())
                .forEach(id -> map.put(id.toLowerCase(Locale.ROOT), id));
        return Map.copyOf(map);
    }
}
