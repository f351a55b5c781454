package com.jobfuture.coach.platform.telegram;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;

/**
 * Whether a user administers a group, as Telegram's getChatMember says (status {@code creator} or
 * {@code administrator}). Answers are cached briefly (bounded, expiring {@code ttl} after they were asked), so a
 * burst of commands costs one request, and a change of rights counts at the latest after {@code ttl}. Failures
 * are not cached. Thread-safe.
 */
final class GroupAdmins {
    private final BotApi api;
    private final Cache<Member, Boolean> cache;

    private record Member(long chatId, long userId) {
    }

    GroupAdmins(BotApi api, Duration ttl, long maxEntries) {
        this.api = api;
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(maxEntries).build();
    }

    /** True or false as Telegram said (possibly a while ago), empty if Telegram could not be asked. */
    Optional<Boolean> isAdmin(long chatId, long userId) {
        Member member = new Member(chatId, userId);
        Boolean known = cache.getIfPresent(member);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Boolean> asked = api.memberStatus(chatId, userId)
                .map(status -> status.equals("creator") || status.equals("administrator"));
        asked.ifPresent(admin -> cache.put(member, admin));
        return asked;
    }
}
