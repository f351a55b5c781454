package com.jobfuture.coach.platform.telegram;

/** A change to whether the bot may write to a chat: blocked (403, or the user stopped the bot) or unblocked. */
record BlockChange(long chatId, boolean blocked) {
    static BlockChange block(long chatId) {
        return new BlockChange(chatId, true);
    }

    static BlockChange unblock(long chatId) {
        return new BlockChange(chatId, false);
    }
}
