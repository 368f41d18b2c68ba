/**
 * A user's module of the SDK: it requires {@code io.github.zouliucheng.walk.report} and nothing
 * else, and reaches the analytics and the model through that module's transitive requirements.
 * That this module compiles and runs on the module path is the check.
 */
module io.github.zouliucheng.walk.jpmsconsumer {
  requires io.github.zouliucheng.walk.report;
}
