package com.jobfuture.coach.web;

import com.jobfuture.coach.core.share.SharePage;
import com.jobfuture.coach.core.share.ShareSection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Server-rendered HTML for share pages, the one "not available" page and the rate-limit page. One stylesheet,
 * allowed by its hash in the Content-Security-Policy; no script, no external resource; all user text escaped.
 */
final class SharePageHtml {
    private static final String CSS = "body{margin:0;background:#f8fafc;color:#1f2937;font:16px/1.5 system-ui,"
            + "-apple-system,'Segoe UI',Roboto,sans-serif}main{max-width:40rem;margin:0 auto;padding:1.25rem}"
            + "header{border-bottom:1px solid #e5e7eb;margin-bottom:1rem}.brand{color:#2563eb;font-weight:600;"
            + "margin:0}h1{font-size:1.75rem;line-height:1.2;margin:.25rem 0;overflow-wrap:anywhere}"
            + "h2{font-size:1.15rem;margin:1.5rem 0 .5rem}h3{font-size:1rem;margin:1rem 0 .25rem;color:#4b5563}"
            + ".meta,.hint,footer{color:#4b5563;font-size:.9rem}.chart{display:block;max-width:28rem}"
            + "section{background:#fff;border:1px solid #e5e7eb;border-radius:12px;padding:.25rem 1rem 1rem;"
            + "margin:1rem 0}footer{border-top:1px solid #e5e7eb;margin-top:1.5rem;padding-top:.5rem}";
    /** The Content-Security-Policy of every response: nothing but the one stylesheet above. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256Base64(CSS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The same bytes for every unknown, expired, revoked or deleted link (and any unknown path). */
    static final String NOT_AVAILABLE = document("Link not available", "<h1>This link is not available</h1>"
            + "<p>It may have expired, or the candidate turned it off, or it was copied incompletely. "
            + "Ask the candidate for a new link.</p>");
    static final String TOO_MANY_REQUESTS = document("Too many requests", "<h1>Too many requests</h1>"
            + "<p>Please wait a minute and reload the page.</p>");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SharePageHtml() {
    }

    /** The page of one share link. */
    static String render(SharePage page) {
        String name = page.name().map(Html::escape).orElse("A candidate");
        String who = page.name().map(Html::escape).orElse("The candidate");
        StringBuilder body = new StringBuilder();
        body.append("<header><p class=\"brand\">JobFuture Interview Coach</p><h1 id=\"candidate\">").append(name)
                .append("</h1><p>Progress preparing for Django backend interviews</p><p class=\"meta\">Shared on ")
                .append(DATE.format(page.sharedOn())).append(" · link valid until ")
                .append(DATE.format(page.validUntil())).append("</p></header>");
        if (page.sections().contains(ShareSection.FAMILIES)) {
            body.append("<section id=\"families\"><h2>Mastery per area</h2>")
                    .append(page.families().isEmpty() ? "<p>No areas to show yet.</p>"
                            : Charts.masteryBars("families-chart", "Mastery per area", page.families()))
                    .append("</section>");
        }
        if (page.sections().contains(ShareSection.TOPICS)) {
            body.append("<section id=\"topics\"><h2>Topics practised</h2>");
            if (page.topics().isEmpty()) {
                body.append("<p>No topics practised yet.</p>");
            }
            Map<String, List<SharePage.Mastery>> groupToTopics = new LinkedHashMap<>();
            for (SharePage.Mastery topic : page.topics()) {
                groupToTopics.computeIfAbsent(topic.group(), g -> new ArrayList<>()).add(topic);
            }
            int index = 0;
            for (Map.Entry<String, List<SharePage.Mastery>> group : groupToTopics.entrySet()) {
                body.append("<h3>").append(Html.escape(group.getKey())).append("</h3>")
                        .append(Charts.masteryBars("topics-chart-" + index++, group.getKey() + " topics",
                                group.getValue()));
            }
            body.append("<p class=\"hint\">Only topics with some practice are listed.</p></section>");
        }
        page.activity().ifPresent(activity -> body.append("<section id=\"activity\"><h2>Recent activity</h2><p>")
                .append(activity.answersLast30Days()).append(activity.answersLast30Days() == 1 ? " answer" : " answers")
                .append(" in the last 30 days, on ").append(activity.activeDaysLast30Days())
                .append(activity.activeDaysLast30Days() == 1 ? " day" : " days")
                .append(activity.lastPractised().map(day -> " · last practised " + DATE.format(day)).orElse(""))
                .append("</p>").append(Charts.weeklyColumns("activity-chart", activity.answersPerWeek()))
                .append("</section>"));
        // Skill-check levels: once /check exists, its section (ShareSection + SharePage field) is rendered here.
        if (page.sections().contains(ShareSection.FAMILIES) || page.sections().contains(ShareSection.TOPICS)) {
            body.append("<p class=\"hint\">Mastery is how likely ").append(who)
                    .append(" is to recall an area's questions a week from now, estimated with spaced repetition "
                            + "(FSRS-6) from their practice; questions not practised yet count as 0. Seen: questions "
                            + "answered at least once. Right: how many of their latest answers there (up to 20) were "
                            + "right.</p>");
        }
        body.append("<footer><p>").append(who).append(" controls this page: they chose what it shows and can change "
                + "it or turn the link off at any time. Individual answers are never shown.</p></footer>");
        return document(page.name().map(n -> n + " · interview preparation").orElse("Interview preparation"),
                body.toString());
    }

    private static String document(String title, String body) {
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex, nofollow\"><meta name=\"referrer\" content=\"no-referrer\">"
                + "<link rel=\"icon\" href=\"data:,\"><title>" + Html.escape(title) + "</title><style>" + CSS
                + "</style></head><body><main>" + body + "</main></body></html>";
    }

    private static String sha256Base64(String text) {
        try {
            return java.util.Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
