/**
 * The composer of the bulletin: {@link io.github.zouliucheng.walk.report.compose.Composer} turns an
 * analysis and its dataset into the sections of a bulletin, with one writer per part (the overview
 * and its good practice, each kind of problem, the requirements, the appendices) over a shared
 * {@code ComposeContext}. {@link io.github.zouliucheng.walk.report.BulletinBuilder} drives it. The
 * sentence patterns of both languages ({@code bulletin_zh.properties}, {@code
 * bulletin_en.properties}) lie in this package in the jar.
 *
 * <p>Internal, not API: the module does not export this package; {@code Composer} and {@code
 * ComposeOptions} are public only for the builder.
 */
@NullMarked
package io.github.zouliucheng.walk.report.compose;

import org.jspecify.annotations.NullMarked;
