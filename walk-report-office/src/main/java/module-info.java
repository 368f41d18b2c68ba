/**
 * The bulletin as an official document (公文) laid out per GB/T 9704-2012, in DOCX, and the ledgers
 * (台账) of a period as XLSX workbooks, written with Apache POI. A module of its own so that {@code
 * walk-report} stays free of POI.
 */
module io.github.zouliucheng.walk.report.office {
  requires transitive io.github.zouliucheng.walk.report;
  requires org.apache.poi.poi;
  requires org.apache.poi.ooxml;

  exports io.github.zouliucheng.walk.report.office.docx;
  exports io.github.zouliucheng.walk.report.office.ledger;
}
