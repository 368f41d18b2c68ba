/**
 * Internal helpers shared by the packages of the bulletin module: resource bundles ({@link
 * io.github.zouliucheng.walk.report.internal.Messages}), numbers and dates in each language ({@link
 * io.github.zouliucheng.walk.report.internal.Formats}), the labels of the Markdown and plain-text
 * renderers ({@link io.github.zouliucheng.walk.report.internal.Labels}), display widths and checks on
 * text.
 *
 * <p>Internal, not API: the module does not export this package. Its classes are public only so
 * that the other packages of the module can use them, and they may change in any release.
 */
@NullMarked
package io.github.zouliucheng.walk.report.internal;

import org.jspecify.annotations.NullMarked;
