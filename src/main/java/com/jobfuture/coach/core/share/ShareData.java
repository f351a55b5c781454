package com.jobfuture.coach.core.share;

import com.jobfuture.coach.core.user.UserDataSection;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A user's share settings and links as user data (links without their token hashes); merged by renumbering. */
public final class ShareData implements UserDataSection {
    private final ShareRepository links;

    public ShareData(ShareRepository links) {
        this.links = links;
    }

    /** One link in the export. */
    public record LinkExport(int number, List<String> shows, Instant createdAt, Instant expiresAt, Instant revokedAt,
                             int views, Instant lastViewedAt) {
    }

    @Override
    public String name() {
        return "sharing";
    }

    @Override
    public Object export(long userId) {
        Map<String, Object> section = new LinkedHashMap<>();
        ShareSettings settings = links.settings(userId).orElse(null);
        section.put("chosen_name", settings == null ? null : settings.displayName().orElse(null));
        section.put("new_links_show",
                ShareSection.ids(settings == null ? ShareSection.defaults() : settings.sections()));
        section.put("links", links.links(userId).stream()
                .map(link -> new LinkExport(link.number(), ShareSection.ids(link.sections()),
                        link.createdAt(), link.expiresAt(), link.revokedAt(), link.views(), link.lastViewedAt()))
                .toList());
        return section;
    }

    @Override
    public void merge(long from, long into) {
        links.mergeInto(from, into);
    }
}
