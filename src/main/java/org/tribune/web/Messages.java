package org.tribune.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tribune.content.Lang;

/**
 * Interface text in one language, from {@code messages/<tag>.properties} (UTF-8). Templates hold
 * no reader-facing text of their own: every word comes from here.
 */
public final class Messages {
    private static final Map<Lang, Messages> ALL = loadAll();

    private final Lang lang;
    private final Properties texts;
    private final DateTimeFormatter dates;
    /** Parsed once: parsing a pattern costs more than formatting with it. Not thread-safe, so cloned for use. */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
        this.dates = DateTimeFormatter.ofPattern(texts.getProperty("date.pattern"), lang.locale())
                .withZone(ZoneOffset.UTC);
    }

    public static Messages of(Lang lang) {
        return ALL.get(lang);
    }

    public Lang lang() {
        return lang;
    }

    /** The text for {@code key}, with {@code {0}}-style arguments filled in. */
    public String get(String key, Object... args) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no message '" + key + "' in messages/" + lang.tag() + ".properties");
        }
        if (args.length == 0) {
            return text;
        }
        MessageFormat parsed = formats.computeIfAbsent(key, k -> new MessageFormat(text, lang.locale()));
        return ((MessageFormat) parsed.clone()).format(args);
    }

    /**
     * What goes before item {@code index} (from 1) of a list of {@code count}, as this language
     * joins a list: "Jane Doe and Li Wei", "A, B and C", "甲、乙". Taken from the bundle's
     * {@code list.pair}, {@code list.middle} and {@code list.end} patterns (CLDR's shape, where
     * {@code {0}} is what comes before and {@code {1}} what follows), so that templates can keep
     * each item a link of its own.
     */
    public String listSeparator(int index, int count) {
        if (index < 1 || index >= count) {
            throw new IllegalArgumentException("no separator before item " + index + " of " + count);
        }
        String pattern = count == 2 ? get("list.pair") : index == count - 1 ? get("list.end") : get("list.middle");
        return pattern.substring(pattern.indexOf("{0}") + 3, pattern.indexOf("{1}"));
    }

    /** {@code items} joined as this language joins a list ({@link #listSeparator}). */
    public String list(List<String> items) {
        var joined = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            joined.append(i == 0 ? "" : listSeparator(i, items.size())).append(items.get(i));
        }
        return joined.toString();
    }

    /** A date as the edition's readers write it: {@code Mar 04, 2022}, {@code 2022年3月4日}. */
    public String date(Instant instant) {
        return dates.format(instant);
    }

    Set<String> keys() {
        return texts.stringPropertyNames();
    }

    private static Map<Lang, Messages> loadAll() {
        Map<Lang, Messages> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            String resource = "/messages/" + lang.tag() + ".properties";
            try (var in = Messages.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing " + resource);
                }
                var texts = new Properties();
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                all.put(lang, new Messages(lang, texts));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all;
    }
}
