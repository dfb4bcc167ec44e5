package org.tribune.media;

import java.util.List;
import org.tribune.web.AdminLayout;

/**
 * The media library page.
 *
 * @param uploaded the image just uploaded, shown first with its Markdown; null otherwise
 * @param error why the last upload was refused; null otherwise
 */
public record MediaPage(AdminLayout layout, List<StoredImage> images, StoredImage uploaded, String error) {}
