package io.github.zouliucheng.walk.sheet;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/** A column of one of the layout's sheets: its header, the other spellings read as it, and a hint. */
interface LayoutColumn {

  /** Returns the header the template writes. */
  String header();

  /** Returns the other headers read as this column, besides {@link #header()}. */
  ImmutableList<String> aliases();

  /** Checks if a sheet without this column cannot be read at all. */
  boolean required();

  /** Returns what to write in the column, in Chinese, for the template's header comments. */
  String hint();

  /** Returns the words the column takes, when it takes one of a fixed list. */
  Optional<Labels<?>> labels();

  /** Returns the constant's index, which orders the columns as the template has them. */
  int ordinal();
}
