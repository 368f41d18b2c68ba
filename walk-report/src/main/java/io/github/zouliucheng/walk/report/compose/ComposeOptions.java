package io.github.zouliucheng.walk.report.compose;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.zouliucheng.walk.report.Appendix;
import io.github.zouliucheng.walk.report.Criticism;
import io.github.zouliucheng.walk.report.Language;
import io.github.zouliucheng.walk.report.Requirement;
import io.github.zouliucheng.walk.report.Section;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The options of one build of a bulletin, fixed, as {@link io.github.zouliucheng.walk.report.BulletinBuilder}
 * collects them and the defaults applied: see the builder's setters for what each means. {@code requirements} maps a requirement to its replaced
 * heading and text.
 *
 * <p>Internal: public only so that the builder can pass it to the {@link Composer}; this package is
 * not exported.
 */
public record ComposeOptions(
    Language language,
    Optional<String> title,
    Optional<String> issuer,
    Optional<String> audience,
    LocalDate issuedOn,
    Criticism criticism,
    ImmutableSet<Appendix> appendices,
    boolean redact,
    int examples,
    int namesInBody,
    int appendixRows,
    int evidenceLimit,
    Map<Requirement, String[]> requirements,
    ImmutableList<Section> extraSections) {}
