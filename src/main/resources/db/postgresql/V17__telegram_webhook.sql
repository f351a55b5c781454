-- Telegram webhook mode (issue 16): before a process handles a user's update it checks that no earlier update of
-- the same chat is still being handled by another process (receipts 'claimed' below its update id).
CREATE INDEX telegram_updates_chat ON telegram_updates (bot_id, chat_id, update_id);
