/**
 * Starting Tribune: {@link org.tribune.app.Settings} and the composition root in two halves — the
 * {@link org.tribune.app.Site} (store, search, templates, page cache, the table of public pages),
 * which the static export opens alone, and the {@link org.tribune.app.Server} (the one configured
 * web server, the newsroom, the API, the scheduler and webhooks) built on it.
 */
package org.tribune.app;
