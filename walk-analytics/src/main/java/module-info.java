/** Pure, deterministic analyses over the walk model, every judgment with its evidence. */
module io.github.zouliucheng.walk.analytics {
  requires transitive io.github.zouliucheng.walk.model;

  // exports io.github.zouliucheng.walk.analytics arrives with its first type (the walk-analytics issue):
  // javac refuses to export a package that holds only package-info.java
}
