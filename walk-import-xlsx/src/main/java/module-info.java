/**
 * Import of walk record spreadsheets (走流程纪实表) from Excel .xlsx workbooks, read with Apache POI.
 * A module of its own so that users who import only CSV do not carry POI.
 */
// POI 5.5.1 ships explicit module descriptors (org.apache.poi.poi, org.apache.poi.ooxml), so this is
// a named module that runs on the module path. POI itself requires commons-math3, whose jar has no
// Automatic-Module-Name: Maven warns about a "filename-based automodule" when compiling, which is
// POI's dependency and not one this module names.
module io.github.zouliucheng.walk.imports.xlsx {
  requires transitive io.github.zouliucheng.walk.imports;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;
  requires java.xml; // SAX, to stream the sheets

  exports io.github.zouliucheng.walk.sheet.xlsx;
}
