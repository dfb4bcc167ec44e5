package org.tribune.content;

import java.time.YearMonth;

/** How many editions in one language were published in a month, for the archive. */
public record MonthCount(YearMonth month, int count) {}
