package io.github.zouliucheng.walk.report.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A real CommonMark implementation with GFM tables (commonmark-java), to read back what the Markdown
 * renderer wrote: the document tree, its HTML, and the plain text of its blocks.
 */
public final class CommonMark {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

  private CommonMark() {}

  /** Returns the document tree of {@code markdown}. */
  public static Node parse(String markdown) {
    return PARSER.parse(markdown);
  }

  /** Returns {@code markdown} rendered as HTML. */
  public static String html(String markdown) {
    return HTML.render(parse(markdown));
  }

  /** Returns the text as commonmark-java's HTML renderer escapes it: {@code & < > "}. */
  public static String escapeHtml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** Returns the concatenated literal of the {@link Text} nodes under {@code node}. */
  public static String text(Node node) {
    StringBuilder out = new StringBuilder();
    visit(node, n -> {
      if (n instanceof Text) {
        out.append(((Text) n).getLiteral());
      }
    });
    return out.toString();
  }

  /**
   * Returns the text of each block a reader sees, in document order: headings, paragraphs, the
   * captions in bold, and table cells.
   */
  public static List<String> blockTexts(Node document) {
    List<String> texts = new ArrayList<>();
    visit(document, n -> {
      if (n instanceof Heading || n instanceof TableCell) {
        texts.add(text(n));
      } else if (n instanceof org.commonmark.node.Paragraph) {
        if (n.getFirstChild() instanceof StrongEmphasis && n.getFirstChild() == n.getLastChild()) {
          texts.add(text(n.getFirstChild()));
        } else {
          texts.add(text(n));
        }
      }
    });
    return texts;
  }

  /** Returns how many nodes of each class the tree holds, by simple class name. */
  public static Map<String, Integer> census(Node document) {
    Map<String, Integer> census = new LinkedHashMap<>();
    visit(document, n -> census.merge(n.getClass().getSimpleName(), 1, Integer::sum));
    return census;
  }

  /** Returns every node of the tree, depth first in document order. */
  public static List<Node> nodes(Node document) {
    List<Node> nodes = new ArrayList<>();
    visit(document, nodes::add);
    return nodes;
  }

  private static void visit(Node node, Consumer<Node> action) {
    action.accept(node);
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit(child, action);
    }
  }
}
