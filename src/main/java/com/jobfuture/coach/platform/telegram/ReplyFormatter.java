package com.jobfuture.coach.platform.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the coach's plain text, with Markdown-style {@code `inline code`} and fenced {@code ```python} blocks,
 * as Telegram HTML (everything else escaped), split into parts no longer than the limit. A part never ends
 * inside a tag or an entity; a code block too long for one message becomes several complete blocks.
 */
final class ReplyFormatter {
    /** Telegram's limit on a message's text; the HTML source is never shorter than the text it shows. */
    static final int MAX_MESSAGE_LENGTH = 4096;
    private static final Pattern FENCE =
            Pattern.compile("```([A-Za-z0-9_+-]*)[ \\t]*\\n(.*?)\\n?[ \\t]*```", Pattern.DOTALL);
    private static final Pattern INLINE = Pattern.compile("`([^`\\n]+)`");
    private final int limit;

    ReplyFormatter() {
        this(MAX_MESSAGE_LENGTH);
    }

    ReplyFormatter(int limit) {
        if (limit < 64) {
            throw new IllegalArgumentException("limit too small: " + limit);
        }
        this.limit = limit;
    }

    /** The text as HTML messages, in order; never empty. */
    List<String> format(String text) {
        List<String> units = new ArrayList<>();
        Matcher fence = FENCE.matcher(text);
        int at = 0;
        while (fence.find()) {
            textUnits(text.substring(at, fence.start()), units);
            codeBlockUnits(fence.group(1), fence.group(2), units);
            at = fence.end();
        }
        textUnits(text.substring(at), units);
        return pack(units);
    }

    /** Escapes text for Telegram HTML. */
    static String escape(String raw) {
        StringBuilder out = new StringBuilder(raw.length() + 16);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The visible text of HTML this class produced: tags removed, entities decoded (for a plain-text retry). */
    static String toPlainText(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private void textUnits(String text, List<String> units) {
        int start = 0;
        while (start < text.length()) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? text.length() : newline + 1;
            String line = text.substring(start, end);
            String html = inline(line);
            if (html.length() <= limit) {
                units.add(html);
            } else {
                longLineUnits(line, units);
            }
            start = end;
        }
    }

    /** A line longer than a message: split between words; a word longer than a message is cut. */
    private void longLineUnits(String line, List<String> units) {
        Matcher code = INLINE.matcher(line);
        int at = 0;
        while (code.find()) {
            wordUnits(line.substring(at, code.start()), "", "", units);
            wordUnits(code.group(1), "<code>", "</code>", units);
            at = code.end();
        }
        wordUnits(line.substring(at), "", "", units);
    }

    private void wordUnits(String raw, String open, String close, List<String> units) {
        int start = 0;
        while (start < raw.length()) {
            int space = raw.indexOf(' ', start);
            int end = space < 0 ? raw.length() : space + 1;
            cut(raw.substring(start, end), open, close, limit - open.length() - close.length(), units);
            start = end;
        }
    }

    /** Cuts raw text into pieces whose wrapped, escaped form fits, never inside a character or an entity. */
    private static void cut(String raw, String open, String close, int room, List<String> units) {
        StringBuilder piece = new StringBuilder();
        int i = 0;
        while (i < raw.length()) {
            int codePoint = raw.codePointAt(i);
            String escaped = escape(new String(Character.toChars(codePoint)));
            if (piece.length() + escaped.length() > room) {
                units.add(open + piece + close);
                piece.setLength(0);
            }
            piece.append(escaped);
            i += Character.charCount(codePoint);
        }
        if (piece.length() > 0) {
            units.add(open + piece + close);
        }
    }

    private void codeBlockUnits(String language, String code, List<String> units) {
        String open = language.isEmpty() ? "<pre>" : "<pre><code class=\"language-" + language + "\">";
        String close = language.isEmpty() ? "</pre>" : "</code></pre>";
        String whole = open + escape(code) + close;
        if (whole.length() <= limit) {
            units.add(whole);
            return;
        }
        int room = limit - open.length() - close.length();
        List<String> lines = new ArrayList<>();
        cutLines(code, room, lines);
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            if (block.length() + line.length() > room) {
                units.add(open + stripTrailingNewline(block.toString()) + close);
                block.setLength(0);
            }
            block.append(line);
        }
        if (block.length() > 0) {
            units.add(open + stripTrailingNewline(block.toString()) + close);
        }
    }

    /** Escaped code lines (each with its newline), a line longer than {@code room} cut into pieces. */
    private static void cutLines(String code, int room, List<String> lines) {
        int start = 0;
        while (start < code.length()) {
            int newline = code.indexOf('\n', start);
            int end = newline < 0 ? code.length() : newline + 1;
            String line = escape(code.substring(start, end));
            if (line.length() <= room) {
                lines.add(line);
            } else {
                cut(code.substring(start, end), "", "", room, lines);
            }
            start = end;
        }
    }

    private List<String> pack(List<String> units) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (String unit : units) {
            if (part.length() + unit.length() > limit) {
                addPart(parts, part.toString());
                part.setLength(0);
            }
            part.append(unit);
        }
        addPart(parts, part.toString());
        if (parts.isEmpty()) {
            parts.add("…");
        }
        return parts;
    }

    private static void addPart(List<String> parts, String part) {
        String trimmed = trimRegexSpace(part);
        if (!trimmed.isEmpty()) {
            parts.add(trimmed);
        }
    }

    /** The text without leading and trailing {@code \s} characters (space, tab, line breaks, vertical tab, form feed). */
    private static String trimRegexSpace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isRegexSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isRegexSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static String inline(String line) {
        StringBuilder html = new StringBuilder();
        Matcher code = INLINE.matcher(line);
        int at = 0;
        while (code.find()) {
            html.append(escape(line.substring(at, code.start()))).append("<code>").append(escape(code.group(1)))
                    .append("</code>");
            at = code.end();
        }
        return html.append(escape(line.substring(at))).toString();
    }

    private static String stripTrailingNewline(String text) {
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
