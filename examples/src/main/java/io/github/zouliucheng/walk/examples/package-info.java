/**
 * Runnable examples on the bundled sample data. Each class is small, has a {@code main}, and is run
 * by a test in the build, so that none of them can rot.
 */
@NullMarked
package io.github.zouliucheng.walk.examples;

import org.jspecify.annotations.NullMarked;
