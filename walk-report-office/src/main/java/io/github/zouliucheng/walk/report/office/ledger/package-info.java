/**
 * The ledgers (台账) of a period as an Excel workbook (XLSX): every unit's figures, every member who
 * did not walk, every problem on the rectification list, every avoidable cluster and every flag of
 * the analysis, complete and uncapped. Start at {@link io.github.zouliucheng.walk.report.office.ledger.Ledger#of}.
 *
 * <p>API: only {@code Ledger} is public; the sheet writers, the styles and the cell guards are
 * package-private. The workbook is streamed (Apache POI SXSSF), so its size does not bound the heap.
 */
@NullMarked
package io.github.zouliucheng.walk.report.office.ledger;

import org.jspecify.annotations.NullMarked;
