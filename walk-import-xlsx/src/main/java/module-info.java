/**
 * Import of walk record spreadsheets (走流程纪实表) from Excel .xlsx workbooks, read with Apache POI.
 * A module of its own so that users who import only CSV do not carry POI.
 */
module io.github.zouliucheng.walk.imports.xlsx {
  requires transitive io.github.zouliucheng.walk.imports;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.zouliucheng.walk.sheet.xlsx;
}
