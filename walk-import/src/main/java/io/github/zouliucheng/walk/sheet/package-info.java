/**
 * Import of walk record spreadsheets (走流程纪实表) into the walk model: the layout, the reading of
 * cells, the error report, and CSV files. Start at {@link io.github.zouliucheng.walk.sheet.CsvImport}
 * (or {@code XlsxImport} in the walk-import-xlsx module); the result is a {@link
 * io.github.zouliucheng.walk.sheet.SheetImport.Result}.
 *
 * <h2>The layout</h2>
 *
 * Two sheets, each with one header row (a title row above it is skipped: the header row is the row,
 * among the first ten, that names the most columns). {@link io.github.zouliucheng.walk.sheet.SheetLayout}
 * lists the columns in the template's order, with the other headers read as each one.
 *
 * <p><b>走流程纪实</b> (the records; for CSV, one file) has one row per finding, or one row for a walk
 * that found nothing (an empty walk, 空走). A walk with three findings takes three rows. Required
 * columns: 单位, 姓名, 日期, 体验地点（服务场所）, 体验事项, 事项类型（简单/复杂）, 体验方式, 体验身份, 体验方法,
 * 明查/暗访, 全程/部分, 发现问题, 问题类别, and 职务 when there is no roster sheet. Optional: 记录编号,
 * 单位类别, 是否主要负责同志, 开始时间, 结束时间, 场所类型, 场所主管单位, 突破限制, 四不两直, 备注, 问题编号, 发现日期,
 * 优先级（重/轻/缓）, 责任单位, 整改方式, 整改措施, 整改时限, 责任人, 整改状态, 开始整改日期, 完成日期, 销号日期, 整改效果,
 * 回访日期, 回访结果.
 *
 * <p><b>班子成员</b> (the roster; for CSV, a second file; optional) has one row per member: 单位,
 * 单位类别, 姓名, 职务 (required), 是否主要负责同志, 所属片区. A row with a unit and no name registers a
 * unit alone. Members who never walked are known only from this sheet: without it the roster is
 * derived from the records (every unit and member named in 单位 and 姓名, in order of first
 * appearance, with 单位类别, 职务 and 是否主要负责同志 from the records), so analyses cannot see who
 * did not walk. With it, those three columns of the records are not read.
 *
 * <h2>Rows of one walk</h2>
 *
 * <ul>
 *   <li>Rows with the same 记录编号 (also read as 序号, 编号) are one walk, adjacent or not.
 *   <li>Without a 记录编号, rows with the same 单位, 姓名, 日期, 体验地点 and 体验事项 are one walk.
 *   <li>A row whose walk columns are all blank continues the walk of the row above (as when the walk
 *       columns are merged cells, which the Excel importer reads as repeated on each row).
 *   <li>The walk's value of a column is the first one its rows give; a later row may leave it blank,
 *       but a different value is an error that leaves the walk out.
 * </ul>
 *
 * <h2>Values</h2>
 *
 * <ul>
 *   <li>Headers and words are compared ignoring spaces (also ideographic ones), full-width against
 *       half-width forms, and letter case.
 *   <li>Words of fixed lists are the model's Chinese labels ({@code Coded.zh()}), their codes, and
 *       common synonyms: 群众 for 普通办事群众身份, 明察 for 明查, 全程 for 全程办, 已完成 for 已整改.
 *   <li>体验方式 and 突破限制 take several words separated by 、，,/+ or spaces; 内部科室、部门之间走 is one
 *       word. 体验事项, 整改措施 and 整改效果 take several entries separated by ；, ; or line breaks; 事项类型
 *       and 突破限制 then give one value for all matters or one per matter (无 for none).
 *   <li>Dates: 2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日, 20230105, or an Excel date. Times: 8:40,
 *       08:40:30, 8时40分, 8点半, with 上午/下午 and the like, or an Excel time.
 *   <li>是/否, Y/N, √/× and the like for yes or no; a blank 是否主要负责同志 or 四不两直 is 否.
 *   <li>整改效果 entries shaped {@code 指标：前→后单位} ({@code 医保办事窗口：2→4个}) become measured effects;
 *       the other entries become the effect note.
 *   <li>The rectification's status is derived from its dates, as in the model. 整改状态, when given,
 *       must agree: 已整改 needs 完成日期, 已销号 needs 销号日期 too, and a status behind the dates is an
 *       error. 整改中 with no 开始整改日期 starts on the day found. A finding has a rectification when
 *       any rectification column is filled or 整改状态 is not 未整改. A blank 整改方式 is 限期整改 when there
 *       is a 整改时限, else 立行立改.
 *   <li>Guesses, where a column is left blank: 发现日期 is the walk's date; 责任单位 is the walk's unit
 *       (it is also the rectification's responsible unit when given); 场所类型 follows the place's name
 *       (医院, 学校, 热线, 网上/平台, 公司/企业, 大厅/窗口/中心, else 其他); without a roster or 单位类别, a unit
 *       whose name ends in 县, 市, 区 or 旗 is a county/district and any other a municipal department.
 * </ul>
 *
 * <h2>Identifiers</h2>
 *
 * Records get identifiers derived from their names when the sheet has none: the unit's name ({@code
 * 桦南县}), unit and member ({@code 桦南县/王建国}), the place's name for the service point, member,
 * date and a hash of place and matters for a walk, and the walk's identifier (or 记录编号) with the
 * finding's number within the walk ({@code #1}, {@code #2}) for a finding. 记录编号 and 问题编号, when
 * given, are the walk's and the finding's identifiers. The same sheets always give the same
 * identifiers.
 *
 * <h2>Problems</h2>
 *
 * Every problem names the sheet (the file name for CSV), the row as the user sees it (the first row
 * is 1), the column's letter and header, the rule and the value, and says what was left out:
 *
 * <ul>
 *   <li>A sheet that has no header row, names a column twice or lacks a required column cannot be
 *       imported: {@link io.github.zouliucheng.walk.sheet.SheetImport#read()} throws {@link
 *       io.github.zouliucheng.walk.sheet.SheetImportException} listing every such problem.
 *   <li>A column the layout does not know is an error (its values are not read) unless the import
 *       is {@code ignoringUnknownColumns()}. Blank rows are skipped.
 *   <li>A wrong walk cell, on any of the walk's rows, leaves the whole walk out with its findings; a
 *       wrong finding cell leaves that finding out, and the walk is kept.
 *   <li>A wrong roster row leaves its member out, and with it the member's walks (reported on each
 *       walk as an unknown reference).
 *   <li>The model's rules across records ({@code DatasetAssembler}: duplicate identifiers, the
 *       period, references) are reported at the cell behind the field.
 * </ul>
 *
 * <p>Not part of the layout: findings from sources other than walks (信访, 12345, …), attachments,
 * effect notes per effect, and the reference of a finding's source.
 */
@NullMarked
@WalkStyle
package io.github.zouliucheng.walk.sheet;

import io.github.zouliucheng.walk.model.WalkStyle;
import org.jspecify.annotations.NullMarked;
