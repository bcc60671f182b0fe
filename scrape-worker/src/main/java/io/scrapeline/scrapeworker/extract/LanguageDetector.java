package io.scrapeline.scrapeworker.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a page that names none (no {@code <html lang>}, no Content-Language) from
 * its main text: the writing system first (Han, kana, Hangul, Cyrillic, Greek, Arabic, Hebrew,
 * Thai, Devanagari), then, for Latin script, which language's most frequent function words the text
 * uses most. Small, pure Java and linear in the text it reads (at most {@link #MAX_CHARS}
 * characters); it answers null rather than guess when the evidence is thin. Libraries weighed:
 * Lingua (accurate, but its models weigh tens of MB) and Optimaize language-detector (last released
 * 2016); function words are enough to tell the languages pages name most often.
 */
final class LanguageDetector {

  static final int MAX_CHARS = 4000;

  /** Fewer function words than this and the text says too little. */
  private static final int MIN_HITS = 4;

  private static final Map<String, Set<String>> FUNCTION_WORDS = new HashMap<>();

  static {
    words(
        "en",
        "the of and to in is that for it was on with as are be this by not at from have but you which or an they were has had their his her will would there been we can");
    words(
        "de",
        "der die und das ist nicht mit den von zu sich des auf für ein eine im dem auch es ich sie wir nach bei wie aus oder wird sind war noch nur über einen");
    words(
        "fr",
        "le la les et des est une du dans que pour qui pas sur au avec ce il elle sont par plus aux ont cette être mais ou nous vous ses leur été");
    words(
        "es",
        "el la los las y de que en un una es por con para del se no al lo como más pero sus su le ya fue son este entre cuando muy también");
    words(
        "it",
        "il lo la gli le di che è e un una per non con del della sono si ma come anche nel alla questo più dei delle essere ha");
    words(
        "pt",
        "o os a as e de que do da em um uma para com não no na por mais dos das se foi ao como mas ele ela são também seu sua");
    words(
        "nl",
        "de het een en van is dat op te in voor niet met zijn er maar ook als bij aan om dan door wordt nog naar uit deze was");
    words(
        "sv",
        "och att det som en är på av för med till den har inte om ett var jag men kan de så eller från vid sig också");
    words(
        "da",
        "og at det som en er på af for med til den har ikke om et var jeg men kan de så eller fra ved sig også");
    words(
        "nb",
        "og at det som en er på av for med til den har ikke om et var jeg men kan de så eller fra ved seg også");
    words(
        "fi",
        "ja on ei se että oli hän ovat mutta kun myös tai jos niin kuin sen ole tämä ovat joka vain nyt olla");
    words(
        "pl",
        "i w na z że się nie do jest to o jak ale co po od przez dla są tak jego już tylko oraz jej może");
    words(
        "cs",
        "a v na se že je to s z do o jak ale co po od pro jsou tak jeho už jen nebo její může byl");
    words(
        "tr",
        "ve bir bu da de için ile çok daha olarak gibi ama ne kadar sonra olan en değil her bu şey");
    words(
        "id",
        "dan yang di ini itu dengan untuk dari tidak ada dalam akan pada juga ke karena oleh saya mereka sudah");
    words("ro", "și în de la cu nu care este pe o un din pentru sunt mai ca se sau dar acest fost");
    words("hu", "a az és hogy nem is egy van de meg ez csak el már volt mint vagy még kell");
  }

  private LanguageDetector() {}

  private static void words(String language, String list) {
    FUNCTION_WORDS.put(language, new HashSet<>(List.of(list.split(" "))));
  }

  /** The language code of {@code text} (ISO 639-1), or null when unsure. */
  static String detect(CharSequence text) {
    if (text == null) {
      return null;
    }
    int end = Math.min(text.length(), MAX_CHARS);
    String script = script(text, end);
    if (script != null) {
      return script;
    }
    return byFunctionWords(text, end);
  }

  /** The language a non-Latin writing system implies, when most letters use one. */
  private static String script(CharSequence text, int end) {
    Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
    int letters = 0;
    boolean ukrainian = false;
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      counts.merge(script, 1, Integer::sum);
      ukrainian |= c == 'і' || c == 'ї' || c == 'є' || c == 'ґ';
    }
    if (letters == 0 || counts.getOrDefault(Character.UnicodeScript.LATIN, 0) * 2 > letters) {
      return null;
    }
    int kana =
        counts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0)
            + counts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
    if (kana * 10 > letters) {
      return "ja";
    }
    Character.UnicodeScript top = null;
    for (Map.Entry<Character.UnicodeScript, Integer> entry : counts.entrySet()) {
      if (top == null || entry.getValue() > counts.get(top)) {
        top = entry.getKey();
      }
    }
    return switch (top) {
      case HAN -> "zh";
      case HANGUL -> "ko";
      case CYRILLIC -> ukrainian ? "uk" : "ru";
      case GREEK -> "el";
      case ARABIC -> "ar";
      case HEBREW -> "he";
      case THAI -> "th";
      case DEVANAGARI -> "hi";
      default -> null;
    };
  }

  /** The Latin-script language whose function words occur most, when clearly ahead. */
  private static String byFunctionWords(CharSequence text, int end) {
    Map<String, Integer> hits = new HashMap<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= end; i++) {
      char c = i < end ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        String lower = word.toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, Set<String>> language : FUNCTION_WORDS.entrySet()) {
          if (language.getValue().contains(lower)) {
            hits.merge(language.getKey(), 1, Integer::sum);
          }
        }
        word.setLength(0);
      }
    }
    String best = null;
    int bestHits = 0;
    int second = 0;
    for (Map.Entry<String, Integer> entry : hits.entrySet()) {
      if (entry.getValue() > bestHits) {
        second = bestHits;
        best = entry.getKey();
        bestHits = entry.getValue();
      } else if (entry.getValue() > second) {
        second = entry.getValue();
      }
    }
    // Danish and Norwegian share most function words: a close call between them is no call.
    if (bestHits < MIN_HITS || bestHits * 4 < second * 5) {
      return null;
    }
    return best;
  }
}
