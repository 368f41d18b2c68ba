/**
 * The plain-text renderer: {@link io.github.zouliucheng.walk.report.text.TextRenderer} writes a
 * bulletin as lines of text for office-automation systems, e-mail and text-message digests.
 *
 * <p>API: {@code TextRenderer} is this package's only class.
 */
@NullMarked
package io.github.zouliucheng.walk.report.text;

import org.jspecify.annotations.NullMarked;
