package org.keuzevrij.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Content-Disposition of a workbook download")
class AttachmentTest {

  @Test
  @DisplayName("a slug file name is sent as it is")
  void slug() {
    assertEquals(
        "attachment; filename=\"keuzevrij-checklist-residents-chatbot-mistral-api-eu-nl.xlsx\"",
        Attachment.disposition("keuzevrij-checklist-residents-chatbot-mistral-api-eu-nl.xlsx"));
  }

  @Test
  @DisplayName("quotes, CR, LF, slashes and other characters cannot end the header or the name")
  void hostile() {
    assertEquals(
        "attachment; filename=\"a__Set-Cookie__x_y____b_.._c_é.xlsx\"".replace("é", "_"),
        Attachment.disposition("a\r\nSet-Cookie: x=y\"; \\b/../c\u0000é.xlsx"));
  }
}
