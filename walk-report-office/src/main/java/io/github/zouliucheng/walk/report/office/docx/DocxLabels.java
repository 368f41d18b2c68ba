package io.github.zouliucheng.walk.report.office.docx;

import io.github.zouliucheng.walk.report.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the layout adds around the bulletin's text, and its numbers and dates, in the
 * bulletin's language. Chinese writes dates with Arabic numerals (2023年4月10日), as GB/T 9704 asks
 * of the 成文日期. Nothing here reads the default locale or time zone.
 */
final class DocxLabels {
  private static final Pattern ZH_APPENDIX = Pattern.compile("附件\\s*(\\d+)[\\s\\u3000:：.．、]*(.+)");
  private static final Pattern EN_APPENDIX = Pattern.compile("(?:Appendix|Attachment)\\s+(\\d+)[\\s.:]*(.+)");
  private static final String[] EN_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December"
  };

  private final boolean zh;

  private DocxLabels(boolean zh) {
    this.zh = zh;
  }

  static DocxLabels of(Language language) {
    return new DocxLabels(language == Language.ZH_CN);
  }

  String markSuffix() {
    return zh ? "文件" : "";
  }

  String addressee(String addressee) {
    return zh ? addressee + "：" : "To: " + addressee;
  }

  /** Returns the label of the attachment note before the first name: 附件：. */
  String attachments() {
    return zh ? "附件：" : "Attachments: ";
  }

  /** Returns the number of an attachment in the attachment note: 1. */
  String attachmentNumber(int number) {
    return zh ? number + "." : number + ". ";
  }

  /** Returns the label on an attachment's first page: 附件1. */
  String appendixLabel(int number) {
    return zh ? "附件" + number : "Attachment " + number;
  }

  /**
   * Returns the number and the name of an appendix whose heading carries its number ({@code
   * 附件1 各单位“走流程”情况}), or {@code null} if the heading does not.
   */
  String[] appendixParts(String heading) {
    Matcher matcher = (zh ? ZH_APPENDIX : EN_APPENDIX).matcher(heading.strip());
    if (matcher.matches()) {
      return new String[] {matcher.group(1), matcher.group(2).strip()};
    }
    return null;
  }

  String copiedTo() {
    return zh ? "抄送：" : "Copied to: ";
  }

  String printed(String office, LocalDate date) {
    return zh ? date(date) + "印发" : "Printed on " + date(date);
  }

  String date(LocalDate date) {
    if (zh) {
      return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }
    return date.getDayOfMonth() + " " + EN_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }

  String month(YearMonth month, boolean withYear) {
    if (zh) {
      return (withYear ? month.getYear() + "年" : "") + month.getMonthValue() + "月";
    }
    String name = EN_MONTHS[month.getMonthValue() - 1].substring(0, 3);
    return withYear ? name + " " + month.getYear() : name;
  }

  String monthHeader() {
    return zh ? "月份" : "Month";
  }

  String calendarNote() {
    return zh
        ? "注：格中数字为当日次数，空白为0次；颜色越深，次数越多；灰色格不在统计期内。"
        : "Note: each cell gives the day's count, blank for none; the darker, the more; grey days are outside the period.";
  }

  String item() {
    return zh ? "项目" : "Item";
  }

  String total() {
    return zh ? "合计" : "Total";
  }

  String noData() {
    return zh ? "（无数据）" : "(no data)";
  }

  String integer(long value) {
    return zh ? Long.toString(value) : String.format(Locale.ROOT, "%,d", value);
  }

  /**
   * Returns a bar chart's cell as the other renderers write it, with the share on a line of its own
   * and no brackets, so that a narrow column never breaks a figure: {@code 3⏎42.9%}; the count alone
   * if zero.
   */
  String countAndShare(long value, long total) {
    if (value == 0 || total == 0) {
      return integer(value);
    }
    String share =
        BigDecimal.valueOf(value).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .toPlainString()
            + "%";
    return integer(value) + "\n" + share;
  }
}
