package com.jobfuture.coach.web;

import com.jobfuture.coach.core.share.SharePage;
import java.util.List;
import java.util.Locale;

/** Inline SVG charts drawn on the server: horizontal mastery bars and weekly activity columns. No script needed. */
final class Charts {
    static final String BAR = "#2563eb";
    static final String TRACK = "#e5e7eb";
    static final String INK = "#1f2937";
    private static final int WIDTH = 400;
    private static final int ROW = 62;
    static final String MUTED = "#4b5563";

    private Charts() {
    }

    /**
     * One row per area: the label and mastery percentage above a bar as long as the mastery, and below it the
     * coverage (questions seen of the total) and recent accuracy (right of the latest answers).
     */
    static String masteryBars(String id, String title, List<SharePage.Mastery> rows) {
        int height = rows.size() * ROW;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title ").append(id).append("-desc\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(height).append("\" width=\"100%\" font-family=\"system-ui, -apple-system, Segoe UI, "
                        + "Roboto, sans-serif\" font-size=\"15\">");
        svg.append("<title id=\"").append(id).append("-title\">").append(Html.escape(title)).append("</title>");
        svg.append("<desc id=\"").append(id).append("-desc\">");
        for (int i = 0; i < rows.size(); i++) {
            svg.append(i == 0 ? "" : ", ").append(Html.escape(rows.get(i).label())).append(' ')
                    .append(percent(rows.get(i).share())).append(" mastery, ").append(detail(rows.get(i)));
        }
        svg.append("</desc>");
        for (int i = 0; i < rows.size(); i++) {
            SharePage.Mastery row = rows.get(i);
            int y = i * ROW;
            double share = Math.max(0, Math.min(1, row.share()));
            svg.append("<g class=\"bar\">")
                    .append("<text x=\"0\" y=\"").append(y + 17).append("\" fill=\"").append(INK).append("\">")
                    .append(Html.escape(row.label())).append("</text>")
                    .append("<text x=\"").append(WIDTH).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" font-weight=\"600\" fill=\"").append(INK).append("\">")
                    .append(percent(share)).append("</text>")
                    .append("<rect x=\"0\" y=\"").append(y + 24).append("\" width=\"").append(WIDTH)
                    .append("\" height=\"10\" rx=\"5\" fill=\"").append(TRACK).append("\"/>")
                    .append("<rect class=\"fill\" x=\"0\" y=\"").append(y + 24).append("\" width=\"")
                    .append(format(WIDTH * share)).append("\" height=\"10\" rx=\"5\" fill=\"").append(BAR)
                    .append("\"/>")
                    .append("<text class=\"detail\" x=\"0\" y=\"").append(y + 52).append("\" font-size=\"13\" fill=\"")
                    .append(MUTED).append("\">").append(detail(row)).append("</text></g>");
        }
        return svg.append("</svg>").toString();
    }

    /** Columns of answers per week, oldest left, labelled at both ends. */
    static String weeklyColumns(String id, List<Integer> answersPerWeek) {
        int max = Math.max(1, answersPerWeek.stream().mapToInt(Integer::intValue).max().orElse(1));
        int count = answersPerWeek.size();
        double slot = (double) WIDTH / count;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-labelledby=\"").append(id)
                .append("-title\" viewBox=\"0 0 ").append(WIDTH).append(" 110\" width=\"100%\" "
                        + "font-family=\"system-ui, -apple-system, Segoe UI, Roboto, sans-serif\" font-size=\"13\">");
        svg.append("<title id=\"").append(id).append("-title\">Answers per week, last ").append(count)
                .append(" weeks: ");
        for (int i = 0; i < count; i++) {
            svg.append(i == 0 ? "" : ", ").append(answersPerWeek.get(i));
        }
        svg.append("</title>");
        for (int i = 0; i < count; i++) {
            double height = 80.0 * answersPerWeek.get(i) / max;
            svg.append("<rect x=\"").append(format(i * slot + slot * 0.15)).append("\" y=\"")
                    .append(format(84 - Math.max(height, 2))).append("\" width=\"").append(format(slot * 0.7))
                    .append("\" height=\"").append(format(Math.max(height, 2))).append("\" rx=\"3\" fill=\"")
                    .append(answersPerWeek.get(i) == 0 ? TRACK : BAR).append("\"/>");
        }
        svg.append("<text x=\"0\" y=\"104\" fill=\"").append(INK).append("\">").append(count)
                .append(" weeks ago</text><text x=\"").append(WIDTH).append("\" y=\"104\" text-anchor=\"end\" fill=\"")
                .append(INK).append("\">this week</text>");
        return svg.append("</svg>").toString();
    }

    /** {@code 12 of 90 questions seen · 15 of last 20 right} (without the accuracy when nothing was answered). */
    static String detail(SharePage.Mastery row) {
        String seen = row.seen() + " of " + row.total() + " questions seen";
        return row.recentAnswers() == 0 ? seen
                : seen + " · " + row.recentRight() + " of last " + row.recentAnswers() + " right";
    }

    static String percent(double share) {
        return Math.round(Math.max(0, Math.min(1, share)) * 100) + "%";
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
