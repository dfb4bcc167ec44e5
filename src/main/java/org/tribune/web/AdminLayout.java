package org.tribune.web;

import org.tribune.content.Lang;

/**
 * The newsroom's page frame: interface language, title, who is signed in, and the token every
 * form in the page sends back.
 *
 * @param userName the signed-in person's display name; null on the login page
 * @param csrf the session's CSRF token; null on the login page
 */
public record AdminLayout(
        Lang lang, Messages messages, String title, String userName, String csrf, String stylesheet, String script) {

    /** Interface text in the newsroom's language. */
    public String t(String key, Object... args) {
        return messages.get(key, args);
    }

    public boolean signedIn() {
        return userName != null;
    }
}
