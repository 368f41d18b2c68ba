/**
 * The JSON form of a {@link io.github.zouliucheng.walk.model.Dataset}: reading with validation
 * that reports every problem, and canonical, deterministic writing. Start at {@link
 * io.github.zouliucheng.walk.model.json.WalkJson}.
 *
 * <p>All types are immutable and thread-safe. Methods do not accept or return {@code null}.
 */
@NullMarked
package io.github.zouliucheng.walk.model.json;

import org.jspecify.annotations.NullMarked;
