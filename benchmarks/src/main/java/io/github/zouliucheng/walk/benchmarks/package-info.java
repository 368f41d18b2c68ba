/**
 * Benchmarks: mains that generate large synthetic data and print how long the SDK takes and how
 * much memory it needs. Speed is measured here, never asserted in tests.
 */
@NullMarked
package io.github.zouliucheng.walk.benchmarks;

import org.jspecify.annotations.NullMarked;
