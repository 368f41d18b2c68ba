package io.github.zouliucheng.walk.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * A model of the CSS cascade between a host page's stylesheet and the fragment's inline styles,
 * for the {@linkplain HtmlStyle#GUARDED guarded properties}: which of them a host stylesheet
 * changes on which element of a fragment put anywhere in the host's page.
 *
 * <p>The rules it applies: an inline declaration beats every host declaration of normal
 * importance; a host declaration marked {@code !important} beats an inline one. A property an
 * element does not declare inline takes the host's value if a host rule matches the element, else
 * (if the property is inherited) the parent's. An inline {@code inherit} (or {@code unset} or
 * {@code revert} of an inherited property) takes the parent's value. The parent of the fragment's
 * root is the host's element, whose every property the host sets. A declaration through a
 * shorthand counts for every property it sets ({@code font} for its six, {@code all} for all but
 * {@code direction}); a host declaration of a part of {@code margin}, {@code padding}, {@code
 * border}, {@code background} or {@code text-decoration} ({@code margin-top}, {@code
 * border-bottom-color}) counts as that property, and only the whole shorthand declared inline
 * counts as declaring it.
 *
 * <p>Selectors are matched on their last compound only, so {@code #content p} matches every
 * {@code <p>} wherever it is; pseudo-classes and attribute conditions are taken to hold. This
 * errs towards reporting a change. Not modelled: text decorations, which CSS draws through the
 * descendants of the element they are set on (a decoration set on the host's own element around
 * the fragment shows through it), and at-rules.
 */
final class HostCascade {
  private static final Set<String> INHERITED =
      Set.of(
          "text-align", "text-transform", "text-indent", "letter-spacing", "word-spacing", "white-space",
          "direction", "color", "font-style", "font-variant", "font-weight", "font-size", "line-height", "font-family");
  private static final List<String> FONT =
      List.of("font-style", "font-variant", "font-weight", "font-size", "line-height", "font-family");
  private static final Set<String> KEYWORDS = Set.of("inherit", "initial", "unset", "revert");
  private static final List<String> GROUPS = List.of("margin", "padding", "border", "background", "text-decoration");

  /** One declaration of a host rule. */
  private record Declaration(String property, String value, boolean important) {}

  /** One rule: its selectors and declarations. */
  private record Rule(List<String> selectors, List<Declaration> declarations) {}

  private final List<Rule> rules;

  private HostCascade(List<Rule> rules) {
    this.rules = rules;
  }

  /** Reads a stylesheet of plain rules ({@code selectors { declarations }}); comments are dropped. */
  static HostCascade of(String stylesheet) {
    String css = stylesheet.replaceAll("(?s)/\\*.*?\\*/", "");
    List<Rule> rules = new ArrayList<>();
    for (String block : css.split("}")) {
      int open = block.indexOf('{');
      if (open < 0) {
        if (!block.isBlank()) {
          throw new IllegalArgumentException("not a rule: " + block);
        }
        continue;
      }
      List<String> selectors = new ArrayList<>();
      for (String selector : block.substring(0, open).split(",")) {
        selectors.add(selector.trim());
      }
      List<Declaration> declarations = new ArrayList<>();
      for (String text : block.substring(open + 1).split(";")) {
        if (text.isBlank()) {
          continue;
        }
        int colon = text.indexOf(':');
        String value = text.substring(colon + 1).trim();
        boolean important = value.endsWith("!important");
        declarations.add(
            new Declaration(
                text.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                important ? value.substring(0, value.length() - "!important".length()).trim() : value,
                important));
      }
      rules.add(new Rule(selectors, declarations));
    }
    return new HostCascade(rules);
  }

  /**
   * Returns, for each element of the fragment rooted at {@code root} outside a chart's {@code
   * <svg>} (the {@code <svg>} included), the guarded properties whose value this stylesheet
   * changes; elements it changes nothing on are left out.
   */
  Map<Element, Set<String>> changes(Element root) {
    Map<Element, Set<String>> changes = new LinkedHashMap<>();
    walk(root, Set.copyOf(HtmlStyle.GUARDED), changes);
    return changes;
  }

  /** {@code changedInParent}: the properties the parent's value of which comes from the host. */
  private void walk(Element element, Set<String> changedInParent, Map<Element, Set<String>> changes) {
    Map<String, String> inline = inline(element.attr("style"));
    Map<String, Boolean> host = hostDeclared(element);
    Set<String> changed = new LinkedHashSet<>();
    for (String property : HtmlStyle.GUARDED) {
      boolean hostSets = host.containsKey(property);
      boolean hostImportant = host.getOrDefault(property, false);
      String value = inline.get(property);
      boolean fromHost;
      if (hostImportant) {
        fromHost = true;
      } else if (value != null) {
        fromHost = takesParent(property, value) && changedInParent.contains(property);
      } else if (hostSets) {
        fromHost = true;
      } else {
        fromHost = INHERITED.contains(property) && changedInParent.contains(property);
      }
      if (fromHost) {
        changed.add(property);
      }
    }
    if (!changed.isEmpty()) {
      changes.put(element, changed);
    }
    if (element.normalName().equals("svg")) {
      return; // SVG's own elements are not guarded
    }
    for (Element child : element.children()) {
      walk(child, changed, changes);
    }
  }

  private static boolean takesParent(String property, String value) {
    String v = value.toLowerCase(Locale.ROOT);
    return v.equals("inherit") || (INHERITED.contains(property) && (v.equals("unset") || v.equals("revert")));
  }

  /** Returns the guarded properties an inline style declares and their values, the last declaration winning. */
  static Map<String, String> inline(String style) {
    Map<String, String> declared = new LinkedHashMap<>();
    for (String text : style.split(";")) {
      int colon = text.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String property = text.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = text.substring(colon + 1).trim();
      for (String covered : covered(property)) {
        // a shorthand's own value says nothing of a part's unless it is a keyword for all of them
        declared.put(covered, property.equals(covered) || KEYWORDS.contains(value.toLowerCase(Locale.ROOT)) ? value : "set");
      }
    }
    return declared;
  }

  /** Returns the guarded properties a declaration of {@code property} sets whole. */
  private static List<String> covered(String property) {
    if (property.equals("all")) {
      List<String> all = new ArrayList<>(HtmlStyle.GUARDED);
      all.remove("direction");
      return all;
    }
    if (property.equals("font")) {
      return FONT;
    }
    return HtmlStyle.GUARDED.contains(property) ? List.of(property) : List.of();
  }

  /** Returns the guarded properties a declaration of {@code property} changes in whole or in part. */
  private static List<String> touched(String property) {
    List<String> covered = covered(property);
    if (!covered.isEmpty()) {
      return covered;
    }
    if (property.startsWith("font-variant-")) {
      return List.of("font-variant");
    }
    for (String group : GROUPS) {
      if (property.startsWith(group + "-")
          && !property.equals("border-collapse") && !property.equals("border-spacing") && !property.startsWith("border-radius")
          && !property.endsWith("-radius")) {
        return List.of(group);
      }
    }
    return List.of();
  }

  /** Returns the guarded properties host rules matching {@code element} declare, each with whether a declaration was important. */
  private Map<String, Boolean> hostDeclared(Element element) {
    Map<String, Boolean> declared = new LinkedHashMap<>();
    for (Rule rule : rules) {
      if (rule.selectors().stream().noneMatch(selector -> matches(selector, element))) {
        continue;
      }
      for (Declaration declaration : rule.declarations()) {
        for (String property : touched(declaration.property())) {
          declared.merge(property, declaration.important(), Boolean::logicalOr);
        }
      }
    }
    return declared;
  }

  /** Matches the last compound of {@code selector}: its type (or {@code *}), classes and id. */
  static boolean matches(String selector, Element element) {
    String[] compounds = selector.trim().split("\\s*[\\s>+~]\\s*");
    String compound = compounds[compounds.length - 1]
        .replaceAll("\\[[^]]*]", "")
        .replaceAll("::?[a-zA-Z-]+(\\([^)]*\\))?", "");
    String[] parts = compound.split("(?=[.#])");
    for (String part : parts) {
      if (part.isEmpty() || part.equals("*")) {
        continue;
      }
      if (part.startsWith(".")) {
        if (!element.classNames().contains(part.substring(1))) {
          return false;
        }
      } else if (part.startsWith("#")) {
        if (!element.id().equals(part.substring(1))) {
          return false;
        }
      } else if (!element.normalName().equalsIgnoreCase(part)) {
        return false;
      }
    }
    return true;
  }
}
