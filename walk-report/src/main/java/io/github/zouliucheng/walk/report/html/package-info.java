/**
 * The HTML renderer: {@link io.github.zouliucheng.walk.report.html.HtmlRenderer} writes a bulletin as
 * a fragment to embed into a page or as a standalone page, with inline styles and inline SVG charts.
 *
 * <p>API: only {@code HtmlRenderer} is public; its helpers (the writer, the styles, the escaper, the
 * markup builder and the SVG charts) are package-private.
 */
@NullMarked
package io.github.zouliucheng.walk.report.html;

import org.jspecify.annotations.NullMarked;
