package com.jobfuture.coach.web;

import com.jobfuture.coach.core.profile.ActivityHeatmap;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Inline SVG drawn on the server: a mastery bar and the activity heatmap. Sizes are attributes (no inline style). */
final class Charts {
    static final String BAR = "#2563eb";
    static final String TRACK = "#e5e7eb";
    static final String INK = "#1f2937";
    private static final String[] HEAT = {"#e5e7eb", "#bfdbfe", "#60a5fa", "#2563eb", "#1e3a8a"};
    private static final int CELL = 14;
    private static final int GAP = 3;
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    private Charts() {
    }

    /** A bar as wide as its box, filled to the share (0..1). */
    static String bar(double share, String label) {
        double clamped = Math.max(0, Math.min(1, share));
        return "<svg class=\"bar\" viewBox=\"0 0 100 10\" preserveAspectRatio=\"none\" role=\"img\" aria-label=\""
                + Html.escape(label) + " " + percent(clamped) + "\"><rect width=\"100\" height=\"10\" fill=\"" + TRACK
                + "\"/><rect class=\"fill\" width=\"" + format(100 * clamped) + "\" height=\"10\" fill=\"" + BAR
                + "\"/></svg>";
    }

    /** Answers per day over 12 weeks: a column per week (oldest left), a row per weekday, darker = more. */
    static String heatmap(String id, ActivityHeatmap heatmap) {
        int left = 30;
        int width = left + ActivityHeatmap.WEEKS * (CELL + GAP);
        int height = 7 * (CELL + GAP) + 18;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" width=\"")
                .append(width * 3 / 2).append("\" font-family=\"system-ui, -apple-system, Segoe UI, Roboto, sans-serif\" "
                        + "font-size=\"9\">");
        svg.append("<title id=\"").append(id).append("-title\">Answers per day, last ").append(ActivityHeatmap.WEEKS)
                .append(" weeks: ").append(heatmap.total()).append(" answers on ").append(heatmap.activeDays())
                .append(heatmap.activeDays() == 1 ? " day" : " days").append("</title>");
        String[] days = {"Mon", "", "Wed", "", "Fri", "", "Sun"};
        for (int row = 0; row < 7; row++) {
            if (!days[row].isEmpty()) {
                svg.append("<text x=\"0\" y=\"").append(row * (CELL + GAP) + 11).append("\" fill=\"").append(INK)
                        .append("\">").append(days[row]).append("</text>");
            }
        }
        for (int week = 0; week < ActivityHeatmap.WEEKS; week++) {
            for (int day = 0; day < 7; day++) {
                int count = heatmap.count(week, day);
                if (count < 0) {
                    continue;
                }
                svg.append("<rect class=\"day\" x=\"").append(left + week * (CELL + GAP)).append("\" y=\"")
                        .append(day * (CELL + GAP)).append("\" width=\"").append(CELL).append("\" height=\"")
                        .append(CELL).append("\" rx=\"3\" fill=\"").append(HEAT[heatmap.shade(count)]).append("\">")
                        .append("<title>").append(SHORT.format(heatmap.firstDay().plusDays(week * 7L + day)))
                        .append(": ").append(count).append(count == 1 ? " answer" : " answers").append("</title></rect>");
            }
        }
        svg.append("<text x=\"").append(left).append("\" y=\"").append(height - 3).append("\" fill=\"").append(INK)
                .append("\">").append(SHORT.format(heatmap.firstDay())).append("</text><text x=\"").append(width)
                .append("\" y=\"").append(height - 3).append("\" text-anchor=\"end\" fill=\"").append(INK)
                .append("\">this week</text>");
        return svg.append("</svg>").toString();
    }


    static String percent(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 100) + "%";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
