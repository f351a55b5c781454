package com.jobfuture.coach.platform.telegram;

/** A change to whether the bot may write to a chat: blocked (403, or the user stopped the bot) or unblocked. */
public record BlockChange(long chatId, boolean blocked) {
    /** The chat blocked the bot. */
    public static BlockChange block(long chatId) {
        return new BlockChange(chatId, true);
    }

    /** The chat may be written to again. */
    public static BlockChange unblock(long chatId) {
        return new BlockChange(chatId, false);
    }
}
