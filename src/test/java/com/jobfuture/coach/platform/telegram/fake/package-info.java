/**
 * A fake Telegram Bot API for end-to-end tests with the real TelegramBots library.
 *
 * <p>{@link com.jobfuture.coach.platform.telegram.fake.FakeBotApi} serves {@code /bot<token>/<method>} on
 * 127.0.0.1 with an ephemeral port, following the Bot API documentation: method names are case-insensitive;
 * parameters come as query, JSON, urlencoded form or multipart; every answer is {@code {"ok":true,"result":...}}
 * or {@code {"ok":false,"error_code":N,"description":"...","parameters":{"retry_after":S}}}; dates are Unix
 * seconds; getUpdates long-polls (held until an update arrives or the timeout passes), confirms updates below
 * its offset, honours limit, and ends an earlier waiting poll with 409; text with parse_mode HTML is parsed with
 * Telegram's rules and errors ("can't parse entities"); texts over 4096 characters and callback data over 64
 * bytes are refused; a user who never started or blocked the bot answers 403; edits that change nothing answer
 * "message is not modified"; a callback query can be answered once (its toast or alert text is kept, at most
 * 200 characters); setMyCommands is kept per scope; sendPhoto and sendDocument take multipart uploads; a message
 * may reply to another (reply_parameters or reply_to_message_id; a missing one is refused unless
 * allow_sending_without_reply). Groups have members with statuses (getChatMember answers creator, administrator,
 * member or left); the bot can be kicked or leave (403 "bot was kicked from the supergroup chat", "bot is not a
 * member", with a my_chat_member update if the test says so); a basic group can be upgraded to a supergroup (400
 * "group chat was upgraded to a supergroup chat" with migrate_to_chat_id); an unknown chat is 400 "chat not found".
 *
 * <p>Tests play users ({@link com.jobfuture.coach.platform.telegram.fake.FakeUser}) and groups
 * ({@link com.jobfuture.coach.platform.telegram.fake.FakeGroup}: posting, pressing buttons of group messages,
 * removing the bot, upgrading), inject
 * {@link com.jobfuture.coach.platform.fakes.Fault}s (429, 5xx, slow answers, dropped connections) per
 * method and chat, and read what the bot did: its messages as users see them
 * ({@link com.jobfuture.coach.platform.telegram.fake.BotMessage}) and every request
 * ({@link com.jobfuture.coach.platform.telegram.fake.ApiCall}).
 */
package com.jobfuture.coach.platform.telegram.fake;
