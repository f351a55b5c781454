package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.deck.Family;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The typed form of a new link, e.g. {@code /share 14 topics activity no-name levels}: days, then sections added
 * to the defaults (name, families) or removed with {@code no-}; {@code all} shows everything. {@code levels} shows
 * the latest skill-check level of every area; an area's id ({@code orm}) shows that area's level only. No words:
 * saved choices.
 */
record ShareArguments(int days, Optional<Set<ShareSection>> sections, Set<Family> levelAreas,
                      Optional<String> problem) {

    static ShareArguments parse(String[] words) {
        int days = ShareService.DEFAULT_DAYS;
        Set<ShareSection> sections = ShareSection.defaults();
        Set<Family> areas = EnumSet.noneOf(Family.class);
        boolean chose = false;
        for (String word : words) {
            String w = word.toLowerCase(Locale.ROOT);
            if (w.matches("\\d{1,6}")) {
                days = Integer.parseInt(w);
                if (days < 1 || days > ShareService.MAX_DAYS) {
                    return problem("A link lasts 1 to " + ShareService.MAX_DAYS + " days, e.g. /share 14.");
                }
                continue;
            }
            boolean remove = w.startsWith("no-") || w.startsWith("-");
            String name = w.replaceFirst("^(no-|-)", "");
            chose = true;
            if (name.equals("all") && !remove) {
                sections = EnumSet.allOf(ShareSection.class);
                areas = EnumSet.allOf(Family.class);
                continue;
            }
            Optional<Family> area = Family.parse(name);
            if (area.isPresent()) {
                if (remove) {
                    areas.remove(area.get());
                } else {
                    areas.add(area.get());
                    sections.add(ShareSection.LEVELS);
                }
                continue;
            }
            Optional<ShareSection> section = ShareSection.parse(name);
            if (section.isEmpty()) {
                String shown = word.length() <= 30 ? word : word.substring(0, 30) + "…";
                return problem("I don't know \"" + shown + "\" here.\n" + ShareChat.USAGE);
            }
            if (remove) {
                sections.remove(section.get());
                if (section.get() == ShareSection.LEVELS) {
                    areas.clear();
                }
            } else {
                sections.add(section.get());
                if (section.get() == ShareSection.LEVELS) {
                    areas = EnumSet.allOf(Family.class);
                }
            }
        }
        if (chose && sections.isEmpty()) {
            return problem("A page needs something to show: keep your name or the figures per area.");
        }
        return new ShareArguments(days, chose ? Optional.of(sections) : Optional.empty(), areas, Optional.empty());
    }

    private static ShareArguments problem(String text) {
        return new ShareArguments(0, Optional.empty(), Set.of(), Optional.of(text));
    }
}
