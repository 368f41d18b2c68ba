/**
 * The Markdown renderer: {@link io.github.zouliucheng.walk.report.markdown.MarkdownRenderer} writes a
 * bulletin as GitHub-flavoured Markdown with pipe tables.
 *
 * <p>API: only {@code MarkdownRenderer} is public; its escaper is package-private.
 */
@NullMarked
package io.github.zouliucheng.walk.report.markdown;

import org.jspecify.annotations.NullMarked;
