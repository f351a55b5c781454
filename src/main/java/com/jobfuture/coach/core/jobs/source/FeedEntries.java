package com.jobfuture.coach.core.jobs.source;

import com.jobfuture.coach.core.jobs.JobPosting;
import com.jobfuture.coach.core.jobs.JobText;
import com.jobfuture.coach.core.jobs.LevelWords;
import com.jobfuture.coach.core.jobs.Workplace;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Roles from a job board's RSS (0.9x, 1.0, 2.0) or Atom (0.3, 1.0) feed, read with Rome. Per entry: the title
 * (and the company, see {@link FeedOptions.TitleFormat}), the link (Atom's alternate link; an RSS guid that is a
 * link when there is none), the text for matching ({@code content:encoded} or Atom content, else the description or
 * summary), categories as tags, the date ({@code pubDate}, {@code dc:date}, Atom {@code published} or
 * {@code updated}), the level from the title. The XML is parsed without DOCTYPEs or external entities; a feed with
 * one is refused whole. Entries failing {@link EntryRules} are skipped and reported.
 */
public final class FeedEntries implements JobParser {
    /** At most this many entries are read from one feed. */
    static final int MAX_ENTRIES = 1_000;
    private final String source;
    private final String label;
    private final FeedOptions options;

    public FeedEntries(String source, String label, FeedOptions options) {
        this.source = source;
        this.label = label;
        this.options = options;
    }

    @Override
    public ParsedJobs parse(byte[] body, Instant now) throws UnreadableBodyException {
        Document document = xml(body);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | IllegalArgumentException e) {
            throw new UnreadableBodyException("not an RSS or Atom feed: " + e.getMessage(), e);
        }
        List<Element> rawItems = rawItems(document.getRootElement());
        List<SyndEntry> entries = feed.getEntries();
        List<JobPosting> jobs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(entries.size(), MAX_ENTRIES); i++) {
            SyndEntry entry = entries.get(i);
            Optional<Element> raw = rawItems.size() == entries.size() ? Optional.of(rawItems.get(i)) : Optional.empty();
            String where = source + ": entry " + (i + 1) + (entry.getTitle() == null || entry.getTitle().isBlank()
                    ? "" : " (\"" + JobText.shorten(JobText.plain(entry.getTitle())) + "\")") + ": ";
            List<String> notes = new ArrayList<>();
            try {
                jobs.add(entry(entry, raw, now, notes));
                notes.forEach(note -> problems.add(where + note));
            } catch (IllegalArgumentException e) {
                problems.add(where + e.getMessage() + " — skipped");
            }
        }
        if (entries.size() > MAX_ENTRIES) {
            problems.add(source + ": " + (entries.size() - MAX_ENTRIES) + " entries after the first " + MAX_ENTRIES
                    + " ignored");
        }
        return new ParsedJobs(jobs, problems);
    }

    private JobPosting entry(SyndEntry entry, Optional<Element> raw, Instant now, List<String> notes) {
        String fullTitle = JobText.plain(entry.getTitle());
        if (fullTitle.isBlank()) {
            throw new IllegalArgumentException("title is missing");
        }
        String author = JobText.plain(entry.getAuthor());
        String[] titleAndCompany = split(fullTitle, author);
        String title = EntryRules.text("title", titleAndCompany[0], EntryRules.MAX_TITLE, notes);
        String company = EntryRules.text("company", titleAndCompany[1], EntryRules.MAX_NAME, notes);
        String url = EntryRules.url(link(entry));
        String html = content(entry);
        String location = EntryRules.text("location", location(raw, html), EntryRules.MAX_NAME, notes);
        Workplace workplace = options.remote().map(r -> r ? Workplace.REMOTE : Workplace.ON_SITE)
                .orElseGet(() -> JobText.words(title + " " + location).contains("remote") ? Workplace.REMOTE
                        : Workplace.NOT_STATED);
        List<String> tags = entry.getCategories().stream().map(SyndCategory::getName)
                .filter(name -> name != null && !name.isBlank()).map(name -> JobText.line(name, EntryRules.MAX_NAME))
                .limit(20).toList();
        return new JobPosting(title, company, false, location, workplace, LevelWords.in(title), url, tags,
                date(entry, raw, now), EntryRules.description(html), source, label);
    }

    private String[] split(String title, String author) {
        return switch (options.titleFormat()) {
            case TITLE -> new String[] {title, author};
            case TITLE_COMMA_COMPANY -> splitAt(title, title.lastIndexOf(", "), 2, false, author);
            case COMPANY_COLON_TITLE -> splitAt(title, title.indexOf(": "), 2, true, author);
            case TITLE_AT_COMPANY -> splitAt(title, title.lastIndexOf(" at "), 4, false, author);
            case AUTO -> {
                if (!author.isBlank()) {
                    yield new String[] {title, author};
                }
                int at = title.lastIndexOf(" at ");
                int colon = title.indexOf(": ");
                if (at > 0) {
                    yield splitAt(title, at, 4, false, author);
                }
                yield colon > 0 && colon <= 60 ? splitAt(title, colon, 2, true, author) : new String[] {title, ""};
            }
        };
    }

    private static String[] splitAt(String title, int at, int width, boolean companyFirst, String author) {
        if (at <= 0 || at + width >= title.length()) {
            return new String[] {title, author};
        }
        String before = title.substring(0, at).strip();
        String after = title.substring(at + width).strip();
        return companyFirst ? new String[] {after, before} : new String[] {before, after};
    }

    private static String link(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink();
        }
        return entry.getUri() == null ? "" : entry.getUri();
    }

    private static String content(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return entry.getDescription() == null || entry.getDescription().getValue() == null ? ""
                : entry.getDescription().getValue();
    }

    private String location(Optional<Element> raw, String html) {
        if (options.locationElement().isPresent() && raw.isPresent()) {
            for (Element child : raw.get().getChildren()) {
                if (child.getName().equalsIgnoreCase(options.locationElement().get())) {
                    return JobText.plain(child.getTextTrim());
                }
            }
            return "";
        }
        if (options.locationFirstLine()) {
            String plain = JobText.plain(html);
            int end = plain.indexOf('\n');
            return end < 0 ? plain : plain.substring(0, end);
        }
        return "";
    }

    private static Optional<LocalDate> date(SyndEntry entry, Optional<Element> raw, Instant now) {
        Date parsed = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        if (parsed != null) {
            return Optional.of(EntryRules.plausibleDate("date", parsed.toInstant(), now));
        }
        Optional<String> written = raw.flatMap(FeedEntries::writtenDate);
        if (written.isPresent()) {
            throw new IllegalArgumentException("date '" + JobText.shorten(written.get()) + "' is not a date");
        }
        return Optional.empty();
    }

    private static Optional<String> writtenDate(Element item) {
        for (Element child : item.getChildren()) {
            String name = child.getName();
            if ((name.equals("pubDate") || name.equals("date") || name.equals("published") || name.equals("updated")
                    || name.equals("issued") || name.equals("modified")) && !child.getTextTrim().isEmpty()) {
                return Optional.of(child.getTextTrim());
            }
        }
        return Optional.empty();
    }

    private static List<Element> rawItems(Element root) {
        List<Element> items = new ArrayList<>();
        if (root.getName().equals("feed")) {
            root.getChildren().stream().filter(e -> e.getName().equals("entry")).forEach(items::add);
            return items;
        }
        for (Element child : root.getChildren()) {
            if (child.getName().equals("item")) {
                items.add(child);
            } else if (child.getName().equals("channel")) {
                child.getChildren().stream().filter(e -> e.getName().equals("item")).forEach(items::add);
            }
        }
        return items;
    }

    private static Document xml(byte[] body) throws UnreadableBodyException {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setExpandEntities(false);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        try {
            return builder.build(new ByteArrayInputStream(body));
        } catch (JDOMException e) {
            throw new UnreadableBodyException("not well-formed XML (or it has a DOCTYPE): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableBodyException("unreadable XML: " + e.getMessage(), e);
        }
    }
}
