/**
 * Import of walk record spreadsheets (走流程纪实表): the layout, value parsing, the error report, and
 * CSV files read with Jackson's CSV module.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module io.github.zouliucheng.walk.imports {
  requires transitive io.github.zouliucheng.walk.model;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  // compile time only (provided scope), so "static" and never "transitive": see walk-model's module-info
  requires static org.immutables.value.annotations;

  exports io.github.zouliucheng.walk.sheet;
}
