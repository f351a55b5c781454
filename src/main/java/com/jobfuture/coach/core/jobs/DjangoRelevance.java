package com.jobfuture.coach.core.jobs;

import java.util.List;

/**
 * How much a role is about Django, 0–100, from its title, description and tags (whole words, any case):
 * <ul>
 *   <li>title: Django (or Wagtail) +60, DRF ("drf", "django rest framework", "djangorestframework") +25,
 *       Python +10;</li>
 *   <li>description and tags: Django (or Wagtail) +20, DRF +10;</li>
 * </ul>
 * capped at 100. Roles from feeds are listed from {@link #LISTED_FROM} (Django or DRF named somewhere; Python alone is
 * not enough); curated roles are always listed. From {@link #STRONG_FROM} Django or DRF is in the title (text alone
 * reaches at most 40), which ranks a role above those that only mention it.
 */
public final class DjangoRelevance {
    /** Feed roles below this are not listed. */
    public static final int LISTED_FROM = 20;
    /** Roles from this score on have Django or DRF in the title. */
    public static final int STRONG_FROM = 60;

    private DjangoRelevance() {
    }

    /** The score of a role. */
    public static int score(String title, String description, List<String> tags) {
        Mentions inTitle = Mentions.of(title);
        Mentions inText = Mentions.of(description + " " + String.join(" ", tags));
        int score = (inTitle.django ? 60 : 0) + (inTitle.drf ? 25 : 0) + (inTitle.python ? 10 : 0)
                + (inText.django ? 20 : 0) + (inText.drf ? 10 : 0);
        return Math.min(100, score);
    }

    private record Mentions(boolean django, boolean drf, boolean python) {
        static Mentions of(String text) {
            List<String> words = JobText.words(text);
            boolean drf = words.contains("drf") || words.contains("djangorestframework")
                    || String.join(" ", words).contains("django rest framework");
            boolean django = drf || words.contains("django") || words.contains("wagtail");
            return new Mentions(django, drf, words.contains("python"));
        }
    }
}
