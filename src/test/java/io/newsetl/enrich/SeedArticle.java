package io.newsetl.enrich;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The acceptance article (Arabic, about Chinese hacking of Western e-mail accounts), read from
 * {@code ../shared/seed/} when that folder is present, otherwise a few of its sentences.
 */
public final class SeedArticle {

  public static final Path FILE = Path.of("../shared/seed/000_2974fc50fc4f2d80.txt");

  /** Sentences of the article, enough for the quote and source assertions that matter most. */
  private static final String EXCERPT =
"""
وقال المتحدث باسم وزارة الخارجية الصينية وانغ وين بين للصحفيين يوم الأربعاء “لقد حان الوقت لشرح الولايات المتحدة أنشطتها للهجوم الإلكتروني والتوقف عن نشر معلومات مضللة لصرف انتباه الجمهور”.
قالت مايكروسوفت في وقت مبكر من يوم الأربعاء إن مجموعة القرصنة ، التي يطلق عليها اسم Storm-0558 ، قامت بتزوير رموز مصادقة رقمية للوصول إلى حسابات بريد الويب التي تعمل على خدمة Outlook الخاصة بها. بدأ النشاط في مايو.
وقال آدم هودج المتحدث باسم مجلس الأمن القومي في البيت الأبيض إن اختراق أمن السحابة لشركة مايكروسوفت “أثر على الأنظمة غير المصنفة” ، دون الخوض في التفاصيل.
ونقلت وكالة رويترز عن هودج قوله: “اتصل المسؤولون على الفور بشركة Microsoft للعثور على المصدر ونقاط الضعف في خدمتهم السحابية”.
وقال متحدث باسم الوزارة لرويترز عبر البريد الإلكتروني ، دون ذكر الصين ، إن الوزارة “ستواصل المراقبة عن كثب والاستجابة بسرعة لأي نشاط إضافي”.
في وقت سابق من هذا العام ، حذرت وزارة الخارجية من الأنشطة السيبرانية الصينية المحتملة. قال المتحدث باسم وزارة الخارجية ماثيو ميللر في مايو: “يقدر مجتمع الاستخبارات الأمريكية أن الصين تقريبًا قادرة على شن هجمات إلكترونية”.
""";

  private SeedArticle() {}

  /** True when the full article is available. */
  public static boolean full() {
    return Files.isReadable(FILE);
  }

  /** The full article when available, otherwise the excerpt. */
  public static String text() {
    if (!full()) {
      return EXCERPT;
    }
    try {
      return Files.readString(FILE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
