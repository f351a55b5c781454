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
import java.util.Optional;

/**
 * Server-rendered HTML for share pages, the one "not available" page and the rate-limit page: a candidate profile
 * a recruiter reads in seconds (per area the skill-check level with how sure it is, questions practised, recent
 * answers right, mastery; topics; activity; what is not shown). One stylesheet, allowed by its hash in the
 * Content-Security-Policy; no script, no external resource, no inline style; all user text escaped.
 */
final class SharePageHtml {
    private static final String CSS = "body{margin:0;background:#f8fafc;color:#1f2937;font:16px/1.5 system-ui,"
            + "-apple-system,'Segoe UI',Roboto,sans-serif}main{max-width:60rem;margin:0 auto;padding:1.25rem}"
            + "header{border-bottom:1px solid #e5e7eb;margin-bottom:1rem;padding-bottom:.5rem}"
            + ".brand{color:#2563eb;font-weight:600;margin:0}h1{font-size:1.9rem;line-height:1.2;margin:.25rem 0;"
            + "overflow-wrap:anywhere}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}h3{font-size:1.05rem;margin:0}"
            + ".lede{margin:.25rem 0;font-size:1.05rem}.meta,.hint,footer,.sure,.muted{color:#4b5563;"
            + "font-size:.9rem}.preview{background:#fef3c7;border:1px solid #f59e0b;border-radius:8px;"
            + "padding:.5rem .75rem}.areas{display:grid;grid-template-columns:repeat(auto-fill,minmax(17rem,1fr));"
            + "gap:.75rem}.area,section{background:#fff;border:1px solid #e5e7eb;border-radius:12px}"
            + ".area{padding:.75rem 1rem}section{padding:.25rem 1rem 1rem;margin:1rem 0}"
            + ".head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem .5rem}"
            + ".level{display:inline-block;border-radius:999px;padding:.05rem .65rem;font-weight:700;margin:0}"
            + ".level-junior{background:#fef3c7;color:#92400e}.level-middle{background:#dbeafe;color:#1e40af}"
            + ".level-senior{background:#dcfce7;color:#166534}.nolevel{color:#4b5563;font-size:.9rem;margin:0}"
            + ".sure{margin:.35rem 0}.figures{display:grid;grid-template-columns:1fr auto;gap:.1rem .75rem;"
            + "margin:.5rem 0 .25rem}.figures dt{color:#4b5563}.figures dd{margin:0;font-weight:600;"
            + "text-align:right}.bar{display:block;width:100%;height:10px}ul.topics{list-style:none;padding:0;"
            + "margin:0}.topic{display:flex;flex-wrap:wrap;justify-content:space-between;gap:0 1rem;"
            + "padding:.4rem 0;border-bottom:1px solid #f1f5f9}.topic .t{flex:1 1 14rem;overflow-wrap:anywhere}"
            + ".topic .f{color:#4b5563;font-size:.9rem;white-space:nowrap}.chart{display:block;max-width:100%}"
            + "#not-shown{margin:1rem 0}footer{border-top:1px solid #e5e7eb;margin-top:1.5rem;padding-top:.5rem}";
    /** The Content-Security-Policy of every response: nothing but the one stylesheet above. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'sha256-" + sha256Base64(CSS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** The same bytes for every unknown, expired, revoked or deleted link (and any unknown path). */
    static final String NOT_AVAILABLE = document("Link not available", "<h1>This link is not available</h1>"
            + "<p>It may have expired, or the candidate turned it off, or it was copied incompletely. "
            + "Ask the candidate for a new link.</p>");
    static final String TOO_MANY_REQUESTS = document("Too many requests", "<h1>Too many requests</h1>"
            + "<p>Please wait a minute and reload the page.</p>");
    /** What the server says to a request it cannot read (a bad path, a URI or headers too long). */
    static final String BAD_REQUEST = document("Bad request", "<h1>This request could not be read</h1>"
            + "<p>Check the link: copy it again from the candidate's message.</p>");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private SharePageHtml() {
    }

    /** The page of one share link. */
    static String render(SharePage page) {
        String name = page.name().map(Html::escape).orElse("A candidate");
        String who = page.name().map(Html::escape).orElse("The candidate");
        StringBuilder body = new StringBuilder();
        body.append("<header><p class=\"brand\">JobFuture Interview Coach</p><h1 id=\"candidate\">").append(name)
                .append("</h1><p class=\"lede\">Preparing for Django backend interviews</p><p class=\"meta\">")
                .append("Shared on ").append(DATE.format(page.sharedOn())).append(" · link valid until ")
                .append(DATE.format(page.validUntil())).append("</p>");
        if (page.preview()) {
            body.append("<p class=\"preview\" id=\"preview\">Your preview: this is what people with your link see. "
                    + "Views of this address are not counted.</p>");
        }
        body.append("</header>");
        areas(body, page);
        topics(body, page);
        activity(body, page);
        if (!page.notShown().isEmpty()) {
            body.append("<p id=\"not-shown\"><strong>Not shown on this page</strong> (").append(who)
                    .append(" decides what it shows): ").append(Html.escape(String.join(", ", page.notShown())))
                    .append(".</p>");
        }
        body.append("<footer>");
        if (page.sections().contains(ShareSection.LEVELS)) {
            body.append("<p><strong>Level</strong>: junior, middle or senior from the coach's adaptive skill check: "
                    + "8 to 20 multiple-choice questions of one area, each picked from the answers so far, ending "
                    + "once the model is sure enough. \"90% sure it is not junior\" is the model's probability. A "
                    + "practice signal, not a certification; an area can be retaken once a week.</p>");
        }
        if (page.sections().contains(ShareSection.FAMILIES) || page.sections().contains(ShareSection.TOPICS)) {
            body.append("<p><strong>Practised</strong>: questions answered at least once, of all in the area. "
                    + "<strong>Right</strong>: of the latest answers there (up to 20). <strong>Mastery</strong>: how "
                    + "likely ").append(who).append(" is to recall the area's questions a week from now, from a "
                    + "spaced-repetition model (FSRS-6); questions not practised count as 0.</p>");
        }
        body.append("<p>").append(who).append(" controls this page: they chose what it shows and can change it or "
                + "turn the link off at any time. Individual answers are never shown.</p></footer>");
        return document(page.name().map(n -> n + " · interview preparation").orElse("Interview preparation"),
                body.toString());
    }

    /** One card per area: the level if shown, then the practice figures if shown. */
    private static void areas(StringBuilder body, SharePage page) {
        boolean figures = page.sections().contains(ShareSection.FAMILIES);
        boolean levels = page.sections().contains(ShareSection.LEVELS);
        if (!figures && !levels) {
            return;
        }
        Map<String, Optional<SharePage.Mastery>> areaToFigures = new LinkedHashMap<>();
        if (figures) {
            page.families().forEach(f -> areaToFigures.put(f.label(), Optional.of(f)));
        }
        page.levels().forEach(l -> areaToFigures.putIfAbsent(l.area(), Optional.empty()));
        body.append("<section id=\"areas\"><h2>Areas</h2>");
        if (areaToFigures.isEmpty()) {
            body.append("<p>No skill-check level to show yet.</p></section>");
            return;
        }
        body.append("<div class=\"areas\">");
        int index = 0;
        for (Map.Entry<String, Optional<SharePage.Mastery>> area : areaToFigures.entrySet()) {
            String label = Html.escape(area.getKey());
            body.append("<article class=\"area\" id=\"area-").append(index++).append("\"><div class=\"head\"><h3>")
                    .append(label).append("</h3>");
            Optional<SharePage.Level> level = page.levels().stream().filter(l -> l.area().equals(area.getKey()))
                    .findFirst();
            if (level.isPresent()) {
                SharePage.Level l = level.get();
                body.append("<p class=\"level level-").append(l.level()).append("\">").append(l.level())
                        .append("</p></div><p class=\"sure\">").append(Html.escape(l.sureness()))
                        .append(" · skill check of ").append(DATE.format(l.date())).append(", ").append(l.questions())
                        .append(" questions</p>");
            } else {
                body.append(levels ? "<p class=\"nolevel\">no level shown</p>" : "").append("</div>");
            }
            area.getValue().ifPresent(f -> figures(body, f, label));
            body.append("</article>");
        }
        body.append("</div></section>");
    }

    private static void figures(StringBuilder body, SharePage.Mastery f, String label) {
        body.append("<dl class=\"figures\"><dt>Practised</dt><dd>").append(f.seen()).append(" of ").append(f.total())
                .append(" questions</dd><dt>Right</dt><dd>")
                .append(f.recentAnswers() == 0 ? "no answers yet" : f.recentRight() + " of last " + f.recentAnswers())
                .append("</dd><dt>Mastery</dt><dd>").append(Charts.percent(f.share())).append("</dd></dl>")
                .append(Charts.bar(f.share(), label + " mastery"));
    }

    private static void topics(StringBuilder body, SharePage page) {
        if (!page.sections().contains(ShareSection.TOPICS)) {
            return;
        }
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
            body.append("<h3>").append(Html.escape(group.getKey())).append("</h3><ul class=\"topics\" id=\"topics-")
                    .append(index++).append("\">");
            for (SharePage.Mastery topic : group.getValue()) {
                body.append("<li class=\"topic\"><span class=\"t\">").append(Html.escape(topic.label()))
                        .append("</span><span class=\"f\">").append(Charts.percent(topic.share())).append(" · ")
                        .append(topic.seen()).append(" of ").append(topic.total()).append(" practised")
                        .append(topic.recentAnswers() == 0 ? ""
                                : " · " + topic.recentRight() + " of " + topic.recentAnswers() + " right")
                        .append("</span>").append(Charts.bar(topic.share(), topic.label() + " mastery"))
                        .append("</li>");
            }
            body.append("</ul>");
        }
        body.append("<p class=\"hint\">Only topics with some practice are listed.</p></section>");
    }

    private static void activity(StringBuilder body, SharePage page) {
        page.activity().ifPresent(activity -> {
            body.append("<section id=\"activity\"><h2>Activity</h2><p>").append(activity.answersLast30Days())
                    .append(activity.answersLast30Days() == 1 ? " answer" : " answers")
                    .append(" in the last 30 days, on ").append(activity.activeDaysLast30Days())
                    .append(activity.activeDaysLast30Days() == 1 ? " day" : " days")
                    .append(activity.lastPractised().map(day -> " · last practised " + DATE.format(day)).orElse(""))
                    .append("</p>");
            page.heatmap().ifPresent(heatmap -> body.append(Charts.heatmap("activity-chart", heatmap)));
            body.append("</section>");
        });
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
