package com.jobfuture.coach.platform.telegram.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses text sent with {@code parse_mode=HTML} the way the Bot API does: only the supported tags, properly
 * nested; {@code <} and {@code &} only as tags and entities (&amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric);
 * errors worded like Telegram's "can't parse entities". Returns the visible text and its entities (UTF-16
 * offsets).
 */
final class TelegramHtml {
    private static final Map<String, String> TAG_TO_TYPE = Map.ofEntries(
            Map.entry("b", "bold"), Map.entry("strong", "bold"), Map.entry("i", "italic"), Map.entry("em", "italic"),
            Map.entry("u", "underline"), Map.entry("ins", "underline"), Map.entry("s", "strikethrough"),
            Map.entry("strike", "strikethrough"), Map.entry("del", "strikethrough"),
            Map.entry("tg-spoiler", "spoiler"), Map.entry("span", "spoiler"), Map.entry("a", "text_link"),
            Map.entry("code", "code"), Map.entry("pre", "pre"), Map.entry("blockquote", "blockquote"),
            Map.entry("tg-emoji", "custom_emoji"));
    private static final Set<String> KNOWN_ENTITIES = Set.of("lt", "gt", "amp", "quot");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*\"([^\"]*)\"");

    /** One formatting entity of the parsed text. */
    record Entity(String type, int offset, int length, String language, String url) {
    }

    /** The visible text and its entities. */
    record Parsed(String text, List<Entity> entities) {
    }

    /** The HTML cannot be parsed; the message is the Bot API's description. */
    static final class ParseException extends Exception {
        private static final long serialVersionUID = 1L;

        ParseException(String message) {
            super("Bad Request: can't parse entities: " + message);
        }
    }

    private record Open(String name, int start, String language, String url) {
    }

    private TelegramHtml() {
    }

    static Parsed parse(String html) throws ParseException {
        StringBuilder text = new StringBuilder();
        List<Entity> entities = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    throw new ParseException("Unclosed start tag at byte offset " + bytes(html, i));
                }
                String tag = html.substring(i + 1, end);
                if (tag.startsWith("/")) {
                    String name = tag.substring(1).strip().toLowerCase(Locale.ROOT);
                    if (open.isEmpty() || !open.peek().name().equals(name)) {
                        throw new ParseException("Unexpected end tag at byte offset " + bytes(html, i));
                    }
                    close(open.pop(), open, text, entities);
                } else {
                    open.push(start(tag, open, text.length(), html, i));
                }
                i = end + 1;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                if (semi < 0 || semi - i > 12) {
                    throw new ParseException("Character entity expected at byte offset " + bytes(html, i));
                }
                text.append(entity(html.substring(i + 1, semi), html, i));
                i = semi + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new ParseException("Can't find end tag corresponding to start tag \"" + open.peek().name() + "\"");
        }
        entities.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new Parsed(text.toString(), entities);
    }

    private static Open start(String tag, Deque<Open> open, int at, String html, int i) throws ParseException {
        String[] nameAndRest = tag.strip().split("\\s+", 2);
        String name = nameAndRest[0].toLowerCase(Locale.ROOT);
        String attributes = nameAndRest.length > 1 ? nameAndRest[1] : "";
        if (!TAG_TO_TYPE.containsKey(name)) {
            throw new ParseException("Unsupported start tag \"" + name + "\" at byte offset " + bytes(html, i));
        }
        String language = null;
        String url = null;
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            String key = attribute.group(1).toLowerCase(Locale.ROOT);
            if (name.equals("code") && key.equals("class") && attribute.group(2).startsWith("language-")) {
                language = attribute.group(2).substring("language-".length());
            } else if (name.equals("a") && key.equals("href")) {
                url = attribute.group(2);
            } else if (name.equals("span") && key.equals("class") && attribute.group(2).equals("tg-spoiler")) {
                url = null;
            }
        }
        if (name.equals("span") && !attributes.contains("tg-spoiler")) {
            throw new ParseException("Unsupported start tag \"span\" at byte offset " + bytes(html, i));
        }
        if (!open.isEmpty() && open.peek().name().equals("code")) {
            throw new ParseException("Can't nest tags inside \"code\" at byte offset " + bytes(html, i));
        }
        return new Open(name, at, language, url);
    }

    private static void close(Open tag, Deque<Open> open, StringBuilder text, List<Entity> entities) {
        int length = text.length() - tag.start();
        if (length == 0) {
            return;
        }
        if (tag.name().equals("code") && !open.isEmpty() && open.peek().name().equals("pre")) {
            Open pre = open.pop();
            open.push(new Open(pre.name(), pre.start(), tag.language(), pre.url()));
            return;
        }
        entities.add(new Entity(TAG_TO_TYPE.get(tag.name()), tag.start(), length, tag.language(), tag.url()));
    }

    private static String entity(String name, String html, int i) throws ParseException {
        if (KNOWN_ENTITIES.contains(name)) {
            return switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                default -> "\"";
            };
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw new ParseException("Unsupported HTML entity \"&" + name + ";\" at byte offset " + bytes(html, i));
    }

    private static int bytes(String html, int index) {
        return html.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }
}
