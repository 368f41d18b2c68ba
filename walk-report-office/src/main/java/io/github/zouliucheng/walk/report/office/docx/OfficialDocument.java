package io.github.zouliucheng.walk.report.office.docx;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The elements of an official document (公文) that a bulletin does not carry, per GB/T 9704-2012:
 * 发文机关标志, 发文字号, 主送机关, 抄送机关, 印发机关, 印发日期 and, when the document needs them, 份号,
 * 密级和保密期限 and 紧急程度. Every element is optional; those left out take the bulletin's values or
 * are not printed, as each setter says.
 *
 * <p>Each setter checks its value against what GB/T 9704 lets the element hold and throws an
 * {@link IllegalArgumentException} naming the option and the value otherwise, for example {@code
 * documentNumber (发文字号): must be 机关代字〔年份〕序号号 such as 澜深办〔2023〕3号, was "澜深办[2023]3号"}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OfficialDocument {
  private static final Pattern DOCUMENT_NUMBER = Pattern.compile("[^\\s〔〕\\[\\]]+〔[12]\\d{3}〕[1-9]\\d*号");
  private static final Pattern CLASSIFICATION = Pattern.compile("(绝密|机密|秘密)(★[^\\s★]+)?");
  private static final Pattern URGENCY = Pattern.compile("特急|加急");
  private static final int MAX_COPY_NUMBER = 999_999;

  private final Optional<String> issuingMark;
  private final Optional<String> documentNumber;
  private final Optional<String> addressee;
  private final Optional<String> copiedTo;
  private final Optional<String> printedBy;
  private final Optional<LocalDate> printedOn;
  private final OptionalInt copyNumber;
  private final Optional<String> classification;
  private final Optional<String> urgency;

  private OfficialDocument(Builder builder) {
    this.issuingMark = Optional.ofNullable(builder.issuingMark);
    this.documentNumber = Optional.ofNullable(builder.documentNumber);
    this.addressee = Optional.ofNullable(builder.addressee);
    this.copiedTo = Optional.ofNullable(builder.copiedTo);
    this.printedBy = Optional.ofNullable(builder.printedBy);
    this.printedOn = Optional.ofNullable(builder.printedOn);
    this.copyNumber = builder.copyNumber == 0 ? OptionalInt.empty() : OptionalInt.of(builder.copyNumber);
    this.classification = Optional.ofNullable(builder.classification);
    this.urgency = Optional.ofNullable(builder.urgency);
  }

  /** Returns a builder with every element left out. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the document with every element left out: the bulletin's values, no 发文字号, no 抄送. */
  public static OfficialDocument defaults() {
    return new Builder().build();
  }

  Optional<String> issuingMark() {
    return issuingMark;
  }

  Optional<String> documentNumber() {
    return documentNumber;
  }

  Optional<String> addressee() {
    return addressee;
  }

  Optional<String> copiedTo() {
    return copiedTo;
  }

  Optional<String> printedBy() {
    return printedBy;
  }

  Optional<LocalDate> printedOn() {
    return printedOn;
  }

  OptionalInt copyNumber() {
    return copyNumber;
  }

  Optional<String> classification() {
    return classification;
  }

  Optional<String> urgency() {
    return urgency;
  }

  /** Builds an {@link OfficialDocument}. Not thread-safe; each setter replaces the earlier value. */
  public static final class Builder {
    private String issuingMark;
    private String documentNumber;
    private String addressee;
    private String copiedTo;
    private String printedBy;
    private LocalDate printedOn;
    private int copyNumber;
    private String classification;
    private String urgency;

    private Builder() {}

    /**
     * Sets the issuing office's mark (发文机关标志): the office's full name or its standard short
     * name, followed by 文件 or not, for example {@code 市深化能力作风建设领导小组办公室文件}. By default the
     * bulletin's issuer followed by 文件.
     *
     * @throws IllegalArgumentException if {@code mark} is blank or spans lines
     */
    public Builder issuingMark(String mark) {
      this.issuingMark = line("issuingMark (发文机关标志)", mark);
      return this;
    }

    /**
     * Sets the document number (发文字号): the office's code, the year in 〔〕 (U+3014, U+3015) and
     * the sequence number without 第 or leading zeros, followed by 号, for example {@code
     * 澜深办〔2023〕3号}. None by default.
     *
     * @throws IllegalArgumentException if {@code number} is not of that form: brackets other than
     *     〔〕, a year not of four digits, a sequence number with leading zeros, no 号 at the end
     */
    public Builder documentNumber(String number) {
      String value = line("documentNumber (发文字号)", number);
      if (!DOCUMENT_NUMBER.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "documentNumber (发文字号): must be 机关代字〔年份〕序号号 such as 澜深办〔2023〕3号 (year in 〔〕, no"
                + " leading zeros, ending in 号), was \"" + number + "\"");
      }
      this.documentNumber = value;
      return this;
    }

    /**
     * Sets the principal addressees (主送机关), for example {@code 各县（市）区、市直各部门}; the colon is
     * added. By default the bulletin's audience, and none when the bulletin has none.
     *
     * @throws IllegalArgumentException if {@code addressee} is blank or spans lines
     */
    public Builder addressee(String addressee) {
      this.addressee = stripColon(line("addressee (主送机关)", addressee));
      return this;
    }

    /**
     * Sets the copied offices (抄送机关), separated by 、 or ，, for example {@code 市委办公室，市政府办公室}; the
     * closing 。 is added when missing. None by default, and then the 版记 has no 抄送 line.
     *
     * @throws IllegalArgumentException if {@code offices} is blank or spans lines
     */
    public Builder copiedTo(String offices) {
      String value = line("copiedTo (抄送机关)", offices);
      if (value.startsWith("抄送")) {
        throw new IllegalArgumentException(
            "copiedTo (抄送机关): give the offices only, the label 抄送： is added; was \"" + offices + "\"");
      }
      this.copiedTo = value.endsWith("。") ? value : value + "。";
      return this;
    }

    /**
     * Sets the printing office (印发机关), usually the issuer's general office. By default the
     * bulletin's issuer.
     *
     * @throws IllegalArgumentException if {@code office} is blank or spans lines
     */
    public Builder printedBy(String office) {
      this.printedBy = line("printedBy (印发机关)", office);
      return this;
    }

    /**
     * Sets the printing date (印发日期), which must not be before the bulletin's date of issue (checked
     * when rendering). By default the bulletin's date of issue.
     */
    public Builder printedOn(LocalDate date) {
      this.printedOn = Objects.requireNonNull(date, "printedOn (印发日期)");
      return this;
    }

    /**
     * Sets the copy number (份号), printed as six digits ({@code 000001}). None by default.
     *
     * @throws IllegalArgumentException if {@code number} is not from 1 to 999999
     */
    public Builder copyNumber(int number) {
      if (number < 1 || number > MAX_COPY_NUMBER) {
        throw new IllegalArgumentException(
            "copyNumber (份号): must be from 1 to 999999 (six digits), was " + number);
      }
      this.copyNumber = number;
      return this;
    }

    /**
     * Sets the classification and its period (密级和保密期限): 绝密, 机密 or 秘密, optionally followed by ★
     * and the period, for example {@code 秘密★1年}. None by default.
     *
     * @throws IllegalArgumentException for any other value
     */
    public Builder classification(String classification) {
      String value = line("classification (密级和保密期限)", classification);
      if (!CLASSIFICATION.matcher(value).matches()) {
        throw new IllegalArgumentException(
            "classification (密级和保密期限): must be 绝密, 机密 or 秘密, optionally followed by ★ and the period"
                + " (秘密★1年), was \"" + classification + "\"");
      }
      this.classification = value;
      return this;
    }

    /**
     * Sets the urgency (紧急程度): 特急 or 加急. None by default.
     *
     * @throws IllegalArgumentException for any other value
     */
    public Builder urgency(String urgency) {
      String value = line("urgency (紧急程度)", urgency);
      if (!URGENCY.matcher(value).matches()) {
        throw new IllegalArgumentException("urgency (紧急程度): must be 特急 or 加急, was \"" + urgency + "\"");
      }
      this.urgency = value;
      return this;
    }

    /** Returns the document. */
    public OfficialDocument build() {
      return new OfficialDocument(this);
    }

    private static String line(String option, String value) {
      Objects.requireNonNull(value, option);
      String stripped = value.strip();
      if (stripped.isEmpty()) {
        throw new IllegalArgumentException(option + ": must not be blank, was \"" + value + "\"");
      }
      for (int i = 0; i < stripped.length(); i++) {
        if (Character.isISOControl(stripped.charAt(i))) {
          throw new IllegalArgumentException(
              option + ": must be one line without control characters, was \"" + value + "\"");
        }
      }
      return stripped;
    }

    private static String stripColon(String value) {
      String stripped = value;
      while (stripped.endsWith("：") || stripped.endsWith(":")) {
        stripped = stripped.substring(0, stripped.length() - 1).strip();
      }
      if (stripped.isEmpty()) {
        throw new IllegalArgumentException("addressee (主送机关): must not be blank, was \"" + value + "\"");
      }
      return stripped;
    }
  }
}
