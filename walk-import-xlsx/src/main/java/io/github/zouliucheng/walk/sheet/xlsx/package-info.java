/**
 * Import of walk records from Excel .xlsx workbooks: {@link
 * io.github.zouliucheng.walk.sheet.xlsx.XlsxImport}. The layout, the problems and the result are
 * those of {@code io.github.zouliucheng.walk.sheet}; this package only reads the workbook.
 *
 * <h2>Reading a workbook</h2>
 *
 * <ul>
 *   <li>The records are the sheet named 走流程纪实 (or 走流程纪实表); failing that, the first sheet that
 *       is neither the roster nor an instructions sheet (填写说明, 说明). The roster is the sheet named
 *       班子成员 (or 班子成员名单), if there is one; without it the roster is derived from the records.
 *   <li>A date-formatted number reads as a date (or a time in a time column), in the workbook's date
 *       system (1900 or 1904); other numbers read as their plain value ({@code 2023001}, not {@code
 *       2.023001E6}); formulas read as their cached result; TRUE/FALSE as yes and no.
 *   <li>A cell merged down over several rows counts on each of them, so walk columns merged over a
 *       walk's finding rows repeat the walk on each row.
 *   <li>Rows are numbered as Excel shows them, and problems name the sheet as the workbook does.
 *   <li>Formulas are not evaluated: a workbook saved by Excel or WPS holds their results; one written
 *       by a program that did not evaluate them reads them as blank or 0.
 *   <li>Sheets are streamed, so their size is bounded by the heap that their cells take, not by
 *       POI's 100 MB limit on a part: 150,000 rows of 39 columns (a 12 MB file) are read.
 *   <li>Bytes that are not a workbook, a truncated or corrupt workbook, and a zip bomb (as POI's
 *       {@code ZipSecureFile} limits define it) end in a {@code SheetImportException} with one
 *       problem that names the file and says what is wrong; its cause is POI's exception.
 * </ul>
 *
 * <p>POI logs through the Log4j API. Without a Log4j provider on the class path Log4j prints one
 * error line at first use; add a provider (or set {@code
 * -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory}) to
 * route or quiet it.
 *
 * The jar carries a blank template ({@link io.github.zouliucheng.walk.sheet.xlsx.XlsxImport#template()})
 * and a filled example ({@link io.github.zouliucheng.walk.sheet.xlsx.XlsxImport#example()}).
 */
@NullMarked
package io.github.zouliucheng.walk.sheet.xlsx;

import org.jspecify.annotations.NullMarked;
