package io.github.zouliucheng.walk.report.office.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficialDocumentTest {

  @ParameterizedTest
  @ValueSource(strings = {"澜深办〔2023〕3号", "市委办发〔2024〕125号", "澜深办〔2023〕10号"})
  void acceptsDocumentNumbersOfGbT9704(String number) {
    assertThat(OfficialDocument.builder().documentNumber(number).build().documentNumber()).hasValue(number);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"澜深办[2023]3号", "澜深办（2023）3号", "澜深办〔23〕3号", "澜深办〔2023〕03号", "澜深办〔2023〕第3号",
          "澜深办〔2023〕3", "〔2023〕3号", "澜深办 〔2023〕3号"})
  void refusesOtherDocumentNumbersNamingTheOptionAndValue(String number) {
    assertThatThrownBy(() -> OfficialDocument.builder().documentNumber(number))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("documentNumber (发文字号): ")
        .hasMessageContaining("\"" + number + "\"");
  }

  @Test
  void refusesWhatGbT9704CannotHold() {
    assertThatThrownBy(() -> OfficialDocument.builder().copyNumber(0))
        .hasMessage("copyNumber (份号): must be from 1 to 999999 (six digits), was 0");
    assertThatThrownBy(() -> OfficialDocument.builder().copyNumber(1_000_000)).hasMessageStartingWith("copyNumber (份号)");
    assertThatThrownBy(() -> OfficialDocument.builder().classification("内部"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("classification (密级和保密期限): ")
        .hasMessageContaining("\"内部\"");
    assertThatThrownBy(() -> OfficialDocument.builder().urgency("紧急"))
        .hasMessage("urgency (紧急程度): must be 特急 or 加急, was \"紧急\"");
    assertThatThrownBy(() -> OfficialDocument.builder().issuingMark(" "))
        .hasMessageStartingWith("issuingMark (发文机关标志): must not be blank");
    assertThatThrownBy(() -> OfficialDocument.builder().printedBy("办公室\n秘书科"))
        .hasMessageStartingWith("printedBy (印发机关): must be one line");
    assertThatThrownBy(() -> OfficialDocument.builder().copiedTo("抄送：市委办公室"))
        .hasMessageStartingWith("copiedTo (抄送机关): ");
    assertThatThrownBy(() -> OfficialDocument.builder().addressee("："))
        .hasMessageStartingWith("addressee (主送机关): ");
  }

  @Test
  void normalisesWhatTheLayoutAdds() {
    OfficialDocument document =
        OfficialDocument.builder().copiedTo("市委办公室，市政府办公室").addressee("各县（市）区：").classification("机密").build();
    assertThat(document.copiedTo()).hasValue("市委办公室，市政府办公室。");
    assertThat(document.addressee()).hasValue("各县（市）区");
    assertThat(document.classification()).hasValue("机密");
    assertThat(OfficialDocument.defaults().documentNumber()).isEmpty();
  }
}
