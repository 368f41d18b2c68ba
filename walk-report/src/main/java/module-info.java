/** The bulletin (通报) builder and its renderers. */
module io.github.zouliucheng.walk.report {
  requires transitive io.github.zouliucheng.walk.analytics;

  exports io.github.zouliucheng.walk.report;
}
