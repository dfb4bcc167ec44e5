package org.tribune.web;

import org.tribune.content.Lang;

/** No page at this address; shown as a 404 in the reader's language. */
public final class PageNotFound extends RuntimeException {
    private final transient Lang lang;

    public PageNotFound(Lang lang, String what) {
        super(what, null, false, false);
        this.lang = lang;
    }

    /** The language of the page asked for, or null when the address named none. */
    public Lang lang() {
        return lang;
    }
}
