/**
 * The bulletin (通报) builder and its renderers: the document model and builder in {@code
 * io.github.zouliucheng.walk.report}, one renderer per format in {@code report.html}, {@code
 * report.markdown}, {@code report.text} and {@code report.json}. The composer ({@code
 * report.compose}) and the helpers shared by the renderers ({@code report.internal}) are not
 * exported.
 */
@SuppressWarnings("requires-automatic") // the Immutables annotations are an automatic module
module io.github.zouliucheng.walk.report {
  requires transitive io.github.zouliucheng.walk.analytics;
  requires tools.jackson.core;
  // compile time only (provided scope), so "static" and never "transitive": see walk-model's module-info
  requires static org.immutables.value.annotations;

  exports io.github.zouliucheng.walk.report;
  exports io.github.zouliucheng.walk.report.html;
  exports io.github.zouliucheng.walk.report.markdown;
  exports io.github.zouliucheng.walk.report.text;
  exports io.github.zouliucheng.walk.report.json;
}
