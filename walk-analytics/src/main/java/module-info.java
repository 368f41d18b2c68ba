/** Pure, deterministic analyses over the walk model, every judgment with its evidence. */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.zouliucheng.walk.analytics {
  requires transitive io.github.zouliucheng.walk.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.zouliucheng.walk.analytics;
}
