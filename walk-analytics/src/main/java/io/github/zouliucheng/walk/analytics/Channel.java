package io.github.zouliucheng.walk.analytics;

import io.github.zouliucheng.walk.model.Coded;
import io.github.zouliucheng.walk.model.ServicePointKind;
import io.github.zouliucheng.walk.model.Walk;
import io.github.zouliucheng.walk.model.WalkForm;

/**
 * Whether a walk went through the process online or offline, for the bulletin's requirement that
 * offline and online walks be fully covered (线下“走流程”和网上“走流程”全覆盖).
 *
 * <p>A walk is {@link #ONLINE} when its forms include {@link WalkForm#ONLINE} or its service point
 * is an {@link ServicePointKind#ONLINE_PLATFORM}; it is {@link #OFFLINE}
 * otherwise. Every walk is exactly one of the two.
 */
public enum Channel implements Coded {
  /** Online: an online form or an online service platform (网上). */
  ONLINE("online", "线上", "online"),
  /** Offline: neither (线下). */
  OFFLINE("offline", "线下", "offline");

  private final String code;
  private final String zh;
  private final String en;

  Channel(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  /** Returns the channel of {@code walk}, as defined in the class documentation. */
  static Channel of(Walk walk) {
    return walk.forms().contains(WalkForm.ONLINE) || walk.servicePoint().kind() == ServicePointKind.ONLINE_PLATFORM
        ? ONLINE
        : OFFLINE;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String zh() {
    return zh;
  }

  @Override
  public String en() {
    return en;
  }
}
