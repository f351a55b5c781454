package com.jobfuture.coach.core.chat;

/**
 * What a confidential reply carries, named without the secret itself ({@code kind} and {@code id}, e.g. a share
 * link as {@code share-link} and {@code userId:number}): a platform may keep this on disk and, after a restart cut
 * the reply off, ask the coach to render it again ({@link CoachBot#reissue}).
 */
public record SecretRef(String kind, String id) {
    public static final String SHARE_LINK = "share-link";
    public static final String LINK_CODE = "link-code";
    public static final String EXPORT = "export";
    public static final String PROGRESS = "progress";

    /** Share link number {@code number} of the user. */
    public static SecretRef shareLink(long userId, int number) {
        return new SecretRef(SHARE_LINK, userId + ":" + number);
    }

    /** A secret of the user alone (their link code, export or progress card). */
    public static SecretRef ofUser(String kind, long userId) {
        return new SecretRef(kind, String.valueOf(userId));
    }

    /** The user the secret belongs to (the id's first part). */
    public long userId() {
        int colon = id.indexOf(':');
        return Long.parseLong(colon < 0 ? id : id.substring(0, colon));
    }

    /** The number after the user (a share link's number), or 0 when there is none. */
    public int number() {
        int colon = id.indexOf(':');
        return colon < 0 ? 0 : Integer.parseInt(id.substring(colon + 1));
    }
}
