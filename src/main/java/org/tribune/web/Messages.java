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
        this.dates = DateTimeFormatter.ofPattern(texts.getProperty("date.pattern"), lang.locale()).withZone(ZoneOffset.UTC);
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
