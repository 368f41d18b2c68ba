package io.github.zouliucheng.walk.report;

import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;

/**
 * A requirement of "三、下步工作要求". Each is tied to the problem kinds that call for it; the
 * bulletin carries a requirement when one of its kinds was detected, and {@link #SUPERVISION}
 * always. The texts follow the source bulletin's register and can be replaced with {@link
 * BulletinBuilder#requirement(Requirement, String, String)}.
 */
public enum Requirement {
  /** Principal leaders lead by walking; nobody skips or walks empty (压实落靠责任). */
  RESPONSIBILITY("responsibility", ProblemKind.NOT_WALKED, ProblemKind.EMPTY_WALKS),
  /** Spread walks over time and service points (统筹安排时间). */
  COORDINATION("coordination", ProblemKind.CLUSTERED_SCHEDULING),
  /** Walk as ordinary citizens, online and offline, and dig deeper (持续守正创新). */
  INNOVATION("innovation", ProblemKind.SHALLOW_FINDINGS, ProblemKind.NARROW_MODES),
  /** Rectify with measures, deadlines and owners until closed out (紧盯问题整改). */
  RECTIFICATION("rectification", ProblemKind.PERFUNCTORY_RECTIFICATION),
  /** Walks count in assessment; those who do not walk are held to account (强化考核督导); always carried. */
  SUPERVISION("supervision");

  private final String code;
  private final ImmutableSet<ProblemKind> triggers;

  Requirement(String code, ProblemKind... triggers) {
    this.code = code;
    this.triggers = ImmutableSet.copyOf(triggers);
  }

  /** Returns the stable lowercase code. */
  public String code() {
    return code;
  }

  /** Returns the problem kinds that call for this requirement; empty if it is always carried. */
  public ImmutableSet<ProblemKind> triggers() {
    return triggers;
  }

  /** Returns whether the bulletin carries this requirement when {@code detected} kinds were found. */
  public boolean isCalledFor(Set<ProblemKind> detected) {
    if (triggers.isEmpty()) {
      return true;
    }
    for (ProblemKind kind : triggers) {
      if (detected.contains(kind)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the requirements called for by {@code detected}, in the bulletin's order. */
  public static ImmutableSet<Requirement> calledFor(Set<ProblemKind> detected) {
    EnumSet<Requirement> called = EnumSet.noneOf(Requirement.class);
    for (Requirement requirement : values()) {
      if (requirement.isCalledFor(detected)) {
        called.add(requirement);
      }
    }
    return ImmutableSet.copyOf(called);
  }
}
