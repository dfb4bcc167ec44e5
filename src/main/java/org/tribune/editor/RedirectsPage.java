package org.tribune.editor;

import java.util.List;
import org.tribune.content.Redirect;
import org.tribune.web.AdminLayout;

/**
 * The old addresses that redirect, filtered.
 *
 * @param shown at most {@link RedirectPages#SHOWN} of them
 * @param total how many there are in all
 * @param message what the last change did, or why it was refused; null when there was none
 */
public record RedirectsPage(
        AdminLayout layout, List<Redirect> shown, long total, String filter, String message, boolean error) {}
