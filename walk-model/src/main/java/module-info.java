/**
 * The walk model: immutable values of walks, findings, rectifications and the roster, with their
 * JSON contract and validation.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables annotations are an automatic module, compile time only
module io.github.zouliucheng.walk.model {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static transitive org.immutables.value.annotations;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.zouliucheng.walk.model;
  exports io.github.zouliucheng.walk.model.json;
}
