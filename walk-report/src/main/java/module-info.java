/** The bulletin (通报) builder and its renderers. */
module io.github.zouliucheng.walk.report {
  requires transitive io.github.zouliucheng.walk.analytics;
  requires tools.jackson.core;

  exports io.github.zouliucheng.walk.report;
}
