/**
 * The bulletin (通报), API: the document model ({@link io.github.zouliucheng.walk.report.Bulletin},
 * its {@link io.github.zouliucheng.walk.report.Section}s and {@link
 * io.github.zouliucheng.walk.report.Block}s) and its builder. Compose a bulletin from an analysis with
 * {@link io.github.zouliucheng.walk.report.Bulletin#builder}, then render it with a {@link
 * io.github.zouliucheng.walk.report.BulletinRenderer} of one of the renderer packages: as an HTML
 * fragment for embedding or a standalone page ({@link
 * io.github.zouliucheng.walk.report.html.HtmlRenderer}), Markdown ({@link
 * io.github.zouliucheng.walk.report.markdown.MarkdownRenderer}), plain text ({@link
 * io.github.zouliucheng.walk.report.text.TextRenderer}) or JSON ({@link
 * io.github.zouliucheng.walk.report.json.JsonRenderer}).
 *
 * <h2>Contract</h2>
 *
 * <ul>
 *   <li>A {@link io.github.zouliucheng.walk.report.Bulletin} is an immutable document: sections of
 *       paragraphs, tables and charts. Every sentence is plain text with the {@linkplain
 *       io.github.zouliucheng.walk.report.Evidence records} behind it; every figure comes from the
 *       analysis, and nothing is said of a problem the analysis did not detect.
 *   <li>Renderers escape every piece of text for their format; user text never reaches HTML or
 *       Markdown as markup.
 *   <li>Personal data in free text is masked unless the caller turns redaction off.
 *   <li>Output is deterministic: the same dataset, analysis and options give the same bytes,
 *       whatever the order of the records and the default locale and time zone.
 *   <li>No method accepts or returns {@code null}.
 * </ul>
 */
@NullMarked
@WalkStyle
package io.github.zouliucheng.walk.report;

import io.github.zouliucheng.walk.model.WalkStyle;
import org.jspecify.annotations.NullMarked;
