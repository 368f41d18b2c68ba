/**
 * The JSON renderer: {@link io.github.zouliucheng.walk.report.json.JsonRenderer} writes a bulletin in
 * the format {@code walk-bulletin/1}, whose JSON Schema ({@code bulletin.schema.json}) lies in this
 * package in the jar.
 *
 * <p>API: {@code JsonRenderer} is this package's only class.
 */
@NullMarked
package io.github.zouliucheng.walk.report.json;

import org.jspecify.annotations.NullMarked;
