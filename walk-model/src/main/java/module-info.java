/**
 * The walk model: immutable values of walks, findings, rectifications and the roster, with their
 * JSON contract and validation.
 */
// The Immutables annotations are an automatic module, needed at compile time only: "static" and not
// "transitive", because the jar is a provided-scope dependency that never reaches a user's module path
// (a transitive requirement would make every module that requires this one fail to compile with
// "module not found"). The generated classes do not need it at run time, nor a user's compiler.
@SuppressWarnings("requires-automatic")
module io.github.zouliucheng.walk.model {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;
  requires tools.jackson.core;
  requires tools.jackson.databind;

  exports io.github.zouliucheng.walk.model;
  exports io.github.zouliucheng.walk.model.json;
}
