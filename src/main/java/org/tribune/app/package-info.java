/**
 * Starting Tribune: {@link org.tribune.app.Settings}, the composition root {@link org.tribune.app.App}
 * and the one configured web server.
 */
package org.tribune.app;
