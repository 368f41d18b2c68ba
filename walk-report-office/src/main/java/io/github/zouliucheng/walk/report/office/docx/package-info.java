/**
 * The bulletin as an official document (公文) in DOCX, laid out per GB/T 9704-2012 《党政机关公文格式》:
 * {@link io.github.zouliucheng.walk.report.office.docx.DocxRenderer} writes a {@link
 * io.github.zouliucheng.walk.report.Bulletin} with the document's own elements (发文机关标志,
 * 发文字号, 抄送, 印发机关, …) taken from an {@link
 * io.github.zouliucheng.walk.report.office.docx.OfficialDocument}.
 */
package io.github.zouliucheng.walk.report.office.docx;
