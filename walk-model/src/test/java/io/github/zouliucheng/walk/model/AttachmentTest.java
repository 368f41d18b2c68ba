package io.github.zouliucheng.walk.model;

import static io.github.zouliucheng.walk.model.Fixtures.assertInvalidNaming;
import static io.github.zouliucheng.walk.model.Fixtures.assertMissing;
import static io.github.zouliucheng.walk.model.Fixtures.assertSetTwice;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttachmentTest {

  private static Attachment attachment(String uri, String mediaType) {
    return Attachment.builder().uri(URI.create(uri)).mediaType(mediaType).build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://walks.example.org/forms/1.jpg",
        "file:///srv/walks/form.pdf",
        "urn:walk:evidence:1",
        "s3://bucket/key"
      })
  void build_absoluteUri_accepted(String uri) {
    assertThat(attachment(uri, "image/jpeg").uri()).isEqualTo(URI.create(uri));
  }

  @ParameterizedTest
  @ValueSource(strings = {"photos/1.jpg", "/srv/walks/form.pdf", "//host/path", "#frag"})
  void build_relativeUri_failsOnUri(String uri) {
    assertInvalidNaming(() -> attachment(uri, "image/jpeg"), "uri", Rule.INVALID_VALUE, uri)
        .hasMessageContaining("absolute");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"image/jpeg", "image/svg+xml", "application/vnd.ms-excel", "audio/mpeg", "a/b"})
  void build_lowerCaseTypeSlashSubtype_accepted(String mediaType) {
    assertThat(attachment("urn:x:1", mediaType).mediaType()).isEqualTo(mediaType);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "image/JPEG",
        "Image/jpeg",
        "image",
        "image/",
        "/jpeg",
        "image/jpeg; charset=x",
        "image /jpeg",
        "image/jpeg/x",
        "",
        "-image/jpeg"
      })
  void build_mediaTypeNotLowerCaseTypeSlashSubtype_failsOnMediaType(String mediaType) {
    assertInvalidNaming(
        () -> attachment("urn:x:1", mediaType), "mediaType", Rule.INVALID_VALUE, mediaType);
  }

  @Test
  void build_blankCaption_failsOnCaption() {
    assertInvalidNaming(
        () ->
            Attachment.builder()
                .uri(URI.create("urn:x:1"))
                .mediaType("image/png")
                .caption("  ")
                .build(),
        "caption",
        Rule.INVALID_VALUE,
        "  ");
  }

  @Test
  void build_caption_readsBack() {
    Attachment a =
        Attachment.builder()
            .uri(URI.create("urn:x:1"))
            .mediaType("image/png")
            .caption("走流程纪实表")
            .build();
    assertThat(a.caption()).contains("走流程纪实表");
  }

  @Test
  void build_missingUri_failsNamingIt() {
    assertMissing(() -> Attachment.builder().mediaType("image/png").build(), "uri");
  }

  @Test
  void builder_mediaTypeSetTwice_fails() {
    assertSetTwice(
        () -> Attachment.builder().mediaType("image/png").mediaType("image/jpeg"), "mediaType");
  }
}
