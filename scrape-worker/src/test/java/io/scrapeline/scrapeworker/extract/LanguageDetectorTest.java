package io.scrapeline.scrapeworker.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "en | The council said that it was not able to open the library on Sunday, but it would be open all week.",
        "de | Der Zug ist nicht pünktlich, und wir sind auch mit dem Bus nicht schneller in der Stadt.",
        "fr | Le marché de Noël ouvrira ses portes et les chalets sont installés dans les rues du centre.",
        "es | El ayuntamiento ha anunciado que las bibliotecas abrirán por la noche para los estudiantes.",
        "it | Il comune ha detto che la biblioteca non è aperta la domenica, ma per tutta la settimana.",
        "nl | De gemeente heeft gezegd dat de bibliotheek niet op zondag open is, maar wel de hele week.",
        "pt | A câmara disse que a biblioteca não abre ao domingo, mas está aberta durante toda a semana.",
        "ru | Городской совет сообщил, что библиотека будет открыта всю неделю.",
        "ja | 図書館は日曜日も開いています。詳しくはお問い合わせください。",
        "zh | 图书馆周日也开放，欢迎大家前来阅读。",
        "el | Η βιβλιοθήκη θα είναι ανοιχτή όλη την εβδομάδα."
      })
  void recognisesTheLanguageOfAParagraph(String language, String text) {
    assertThat(LanguageDetector.detect(text)).isEqualTo(language);
  }

  @ParameterizedTest(name = "[{index}]")
  @CsvSource(
      delimiter = '|',
      value = {"Hi", "Login | Register | 404", "x y z 1 2 3"})
  void answersNullWhenTheTextSaysTooLittle(String text) {
    assertThat(LanguageDetector.detect(text)).isNull();
  }
}
