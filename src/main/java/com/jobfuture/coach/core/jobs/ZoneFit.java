package com.jobfuture.coach.core.jobs;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a remote role's location suits a candidate's time zone. The location names the hours it accepts by region
 * (Europe/EMEA/UK UTC−1…+3, the Americas/US/Canada UTC−10…−3, Latin America UTC−6…−3, APAC/Asia/Australia/India
 * UTC+5…+13, Africa UTC−1…+4, Middle East UTC+2…+4) or by offset ("UTC+2", "GMT-5", "CET ± 2h"; a bare offset or
 * zone abbreviation means ±2 h around it). The candidate fits when their current UTC offset lies within 2 hours of
 * one of those ranges. A location naming none of them ("Worldwide", "Anywhere", empty) suits everyone.
 */
public final class ZoneFit {
    /** How many hours outside a role's range still fit. */
    public static final int SLACK_HOURS = 2;
    private static final Pattern OFFSET = Pattern.compile(
            "\\b(utc|gmt|cet|cest|eet|wet|bst|est|edt|cst|cdt|mst|mdt|pst|pdt)\\b\\s*(?:([+\\-−])\\s*(\\d{1,2})"
                    + "(?::?(\\d{2}))?)?(?:\\s*(?:±|\\+/-|\\+-)\\s*(\\d{1,2})\\s*h)?");
    private static final Map<String, Double> ABBREVIATIONS = Map.ofEntries(Map.entry("utc", 0.0),
            Map.entry("gmt", 0.0), Map.entry("wet", 0.0), Map.entry("bst", 1.0), Map.entry("cet", 1.0),
            Map.entry("cest", 2.0), Map.entry("eet", 2.0), Map.entry("est", -5.0), Map.entry("edt", -4.0),
            Map.entry("cst", -6.0), Map.entry("cdt", -5.0), Map.entry("mst", -7.0), Map.entry("mdt", -6.0),
            Map.entry("pst", -8.0), Map.entry("pdt", -7.0));
    private static final List<Region> REGIONS = List.of(
            new Region(-1, 3, "europe", "european", "emea", "eu", "uk", "united kingdom", "ireland", "germany",
                    "france", "spain", "portugal", "netherlands", "poland", "italy", "sweden", "cet", "berlin",
                    "london", "amsterdam", "lisbon"),
            new Region(-10, -3, "americas", "north america", "usa", "us", "united states", "canada", "new york",
                    "san francisco"),
            new Region(-6, -3, "latam", "latin america", "south america", "brazil", "mexico", "argentina",
                    "colombia"),
            new Region(5, 13, "apac", "asia", "australia", "new zealand", "india", "japan", "singapore"),
            new Region(-1, 4, "africa"),
            new Region(2, 4, "middle east"));

    private ZoneFit() {
    }

    private record Region(double from, double to, String... names) {
    }

    private record Range(double from, double to) {
    }

    /** Whether a remote role at {@code location} suits someone in {@code zone} at {@code now}. */
    public static boolean fits(String location, ZoneId zone, Instant now) {
        List<Range> ranges = accepted(location);
        if (ranges.isEmpty()) {
            return true;
        }
        double offset = zone.getRules().getOffset(now).getTotalSeconds() / 3600.0;
        return ranges.stream().anyMatch(r -> offset >= r.from() - SLACK_HOURS && offset <= r.to() + SLACK_HOURS);
    }

    private static List<Range> accepted(String location) {
        String text = " " + String.join(" ", JobText.words(location)) + " ";
        String raw = location == null ? "" : location.toLowerCase(Locale.ROOT);
        if (text.contains(" worldwide ") || text.contains(" anywhere ") || text.contains(" global ")) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        Matcher m = OFFSET.matcher(raw);
        while (m.find()) {
            double base = ABBREVIATIONS.get(m.group(1));
            if (m.group(3) != null) {
                double hours = Integer.parseInt(m.group(3)) + (m.group(4) == null ? 0 : Integer.parseInt(m.group(4))
                        / 60.0);
                base += m.group(2).equals("+") ? hours : -hours;
            }
            int window = m.group(5) == null ? 2 : Integer.parseInt(m.group(5));
            ranges.add(new Range(base - window, base + window));
        }
        if (!ranges.isEmpty()) {
            return ranges;
        }
        for (Region region : REGIONS) {
            for (String name : region.names()) {
                if (text.contains(" " + name + " ")) {
                    ranges.add(new Range(region.from(), region.to()));
                    break;
                }
            }
        }
        return ranges;
    }
}
