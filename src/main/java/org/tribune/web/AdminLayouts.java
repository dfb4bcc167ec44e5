package org.tribune.web;

import io.javalin.http.Context;
import org.tribune.content.Lang;

/** Builds newsroom page frames; the interface language follows the person's browser or choice. */
public final class AdminLayouts {
    private final String stylesheet;
    private final String script;

    public AdminLayouts(Assets assets) {
        this.stylesheet = assets.path("admin.css");
        this.script = assets.path("admin.js");
    }

    public static Lang languageOf(Context ctx) {
        return LanguageNegotiation.choose(ctx.header("Accept-Language"), ctx.cookie(LanguageNegotiation.COOKIE));
    }

    /** A frame for a page whose title is the message {@code titleKey}. */
    public AdminLayout layout(Context ctx, String titleKey, String userName, String csrf) {
        return titled(ctx, Messages.of(languageOf(ctx)).get(titleKey), userName, csrf);
    }

    /** A frame whose title is given text, such as an article's title. */
    public AdminLayout titled(Context ctx, String title, String userName, String csrf) {
        Messages m = Messages.of(languageOf(ctx));
        return new AdminLayout(m.lang(), m, title, userName, csrf, stylesheet, script);
    }
}
