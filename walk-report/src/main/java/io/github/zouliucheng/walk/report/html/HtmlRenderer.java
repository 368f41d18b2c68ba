package io.github.zouliucheng.walk.report.html;

import io.github.zouliucheng.walk.report.Bulletin;
import io.github.zouliucheng.walk.report.BulletinRenderer;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Renders a {@link Bulletin} as HTML: a {@linkplain #fragment() fragment} to embed into another
 * page, or a standalone {@linkplain #page() page}. Charts are inline SVG; there is no script, no
 * event handler, no URL but the SVG namespace, and nothing loaded from elsewhere (no stylesheet,
 * font or image).
 *
 * <h2>The fragment</h2>
 *
 * <p>One root element, {@code <article class="wkb" lang="zh-CN">}, holding in order: a {@code
 * <header>} with the title; the audience line if the bulletin has one; the preamble; the sections,
 * each a {@code <section data-section="<id>">} whose heading is followed by its blocks and then its
 * subsections; a {@code <footer>} with the issuer and the date of issue, right-aligned, as an
 * official document signs off; then the appendices, each a section that starts a new printed page,
 * as an official document places its attachments after the sign-off.
 *
 * <ul>
 *   <li><b>Headings.</b> The title is an {@code <h1>}, sections {@code <h2>}, subsections {@code
 *       <h3>} and so on, never past {@code <h6>}. A host page that has its own {@code <h1>} moves
 *       them all down with {@link #withHeadingLevel(int)}.
 *   <li><b>Styles.</b> Every HTML element and each chart's {@code <svg>} carries its style inline
 *       and states there, with its own value or {@code inherit} (the root with its own values),
 *       {@code text-align}, {@code text-transform}, {@code text-indent}, {@code letter-spacing},
 *       {@code word-spacing}, {@code white-space}, {@code direction}, {@code color}, the {@code
 *       font} (style, variant, weight, size, line height, family), {@code display}, {@code
 *       margin}, {@code padding}, {@code border}, {@code background} and {@code text-decoration},
 *       so that no host rule of normal importance changes them, even one naming the element's tag.
 *       Not guarded: host declarations marked {@code !important}, other properties where the
 *       fragment does not set them, the elements inside an {@code <svg>}, and a text decoration set
 *       on the host's elements around the fragment. Elements also have classes named with the
 *       {@linkplain #withClassPrefix(String) class prefix}
 *       ({@code wkb}, {@code wkb-title}, {@code wkb-section}, {@code wkb-table}, {@code wkb-num},
 *       {@code wkb-figure}, …), so that a host can restyle it on purpose. There is no {@code
 *       <style>} element (it is not allowed in a page's body) and no {@code id} attribute, so
 *       several bulletins can share a page; sections are found by {@code data-section}.
 *   <li><b>Tables</b> have a {@code <caption>}, a {@code <thead>} of {@code <th scope="col">} and
 *       body rows headed by a {@code <th scope="row">}; numeric columns are right-aligned. Each
 *       table sits in a focusable region that scrolls sideways on a narrow screen.
 *   <li><b>Charts</b> are {@code <figure>}s holding an {@code <svg role="img">} with a {@code
 *       <title>} (the chart's title), a {@code <desc>} (its description), a {@code viewBox} and a
 *       width of 100%, and a {@code <figcaption>}. A {@link io.github.zouliucheng.walk.report.CalendarChart} is a heatmap with a
 *       {@code <title>} on every day ("2023年3月1日：3次"); a {@link io.github.zouliucheng.walk.report.BarChart} has horizontal bars, a
 *       legend in a colour-blind-safe palette and a {@code <title>} on every bar and segment.
 *   <li><b>Print.</b> No dark background; figures and table rows do not break across pages. The
 *       page size and margins, and the print layout of tables and charts, are the {@linkplain
 *       #page() page}'s.
 * </ul>
 *
 * <p>Labels the bulletin does not carry (month and weekday names, the legend, tooltips) come from
 * the renderer's bundle in the bulletin's language. Every text of the bulletin is escaped: it
 * never becomes markup, an attribute name or a URL. Output uses {@code \n} line ends and ends with
 * a line feed; it is the same for the same bulletin whatever the default locale and time zone.
 *
 * <p>Instances are immutable and thread-safe; the {@code with…} methods return a modified copy.
 */
public final class HtmlRenderer implements BulletinRenderer {
  /** The class prefix by default. */
  public static final String DEFAULT_CLASS_PREFIX = "wkb";

  private static final Pattern CLASS_PREFIX = Pattern.compile("[a-z][a-z0-9-]*");

  private final boolean page;
  private final String classPrefix;
  private final int headingLevel;

  private HtmlRenderer(boolean page, String classPrefix, int headingLevel) {
    this.page = page;
    this.classPrefix = classPrefix;
    this.headingLevel = headingLevel;
  }

  /** Obtains a renderer of the fragment: one {@code <article>} element to embed into a page. */
  public static HtmlRenderer fragment() {
    return new HtmlRenderer(false, DEFAULT_CLASS_PREFIX, 1);
  }

  /**
   * Obtains a renderer of a standalone page: {@code <!DOCTYPE html>}, {@code <html lang>}, a head
   * with the character set, the viewport, the bulletin's title and a {@code <style>} for printing,
   * and a body holding the {@linkplain #fragment() fragment}. The page prints on A4 with the
   * margins of GB/T 9704 (top 37 mm, right 26 mm, bottom 35 mm, left 28 mm): in print, tables take
   * the text width and wrap their cells, header rows repeat, rows and charts do not split, and
   * charts scale down to fit. Its print rules are {@code !important} where they override the
   * fragment's inline styles, which would otherwise win. The fragment carries no such rule.
   */
  public static HtmlRenderer page() {
    return new HtmlRenderer(true, DEFAULT_CLASS_PREFIX, 1);
  }

  /**
   * Returns a copy that names its classes with {@code prefix}: the root element's class is {@code
   * prefix}, every other class starts with {@code prefix-}.
   *
   * @throws IllegalArgumentException naming the value if it is not a lowercase letter followed by
   *     lowercase letters, digits and hyphens
   */
  public HtmlRenderer withClassPrefix(String prefix) {
    Objects.requireNonNull(prefix, "classPrefix");
    if (!CLASS_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException(
          "classPrefix: must be a lowercase letter followed by lowercase letters, digits and '-' ([a-z][a-z0-9-]*), was \""
              + prefix + "\"");
    }
    return new HtmlRenderer(page, prefix, headingLevel);
  }

  /**
   * Returns a copy whose title is a heading of {@code level} ({@code <h2>} for 2), its sections one
   * level below and so on, never past {@code <h6>}. 1 by default; a host page with its own {@code
   * <h1>} embeds the fragment at 2.
   *
   * @throws IllegalArgumentException naming the value if it is not between 1 and 4, which leaves
   *     room for the title, sections and subsections
   */
  public HtmlRenderer withHeadingLevel(int level) {
    if (level < 1 || level > 4) {
      throw new IllegalArgumentException("headingLevel: must be between 1 and 4, was " + level);
    }
    return new HtmlRenderer(page, classPrefix, level);
  }

  /** Returns the class prefix, {@value #DEFAULT_CLASS_PREFIX} unless changed. */
  public String classPrefix() {
    return classPrefix;
  }

  /** Returns the heading level of the title, 1 unless changed. */
  public int headingLevel() {
    return headingLevel;
  }

  /** Returns {@code true} if this renderer writes a standalone page, {@code false} for a fragment. */
  public boolean isPage() {
    return page;
  }

  /**
   * Returns the HTML of {@code bulletin}: the fragment or the page, with {@code \n} line ends and a
   * final line feed.
   */
  @Override
  public String render(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    HtmlWriter writer = new HtmlWriter(bulletin, classPrefix, headingLevel);
    return page ? writer.page() : writer.fragment();
  }

  @Override
  public String toString() {
    return "HtmlRenderer[" + (page ? "page" : "fragment") + ", classPrefix=" + classPrefix + ", headingLevel="
        + headingLevel + "]";
  }
}
