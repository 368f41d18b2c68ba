/** Pure, deterministic analyses over the walk model, every judgment with its evidence. */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.zouliucheng.walk.analytics {
  requires transitive io.github.zouliucheng.walk.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // compile time only (provided scope), so "static" and never "transitive": see walk-model's module-info
  requires static org.immutables.value.annotations;

  exports io.github.zouliucheng.walk.analytics;
}
