package org.tribune.content;

import java.time.Instant;

/** The original of a translation, changed since the translation was made: its language and when. */
public record OriginalUpdate(Lang lang, Instant updated) {}
