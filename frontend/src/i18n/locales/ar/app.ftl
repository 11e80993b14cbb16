# هيكل التطبيق: الرأس والتذييل وتحميل الصفحة والصفحات التي قد ينتهي إليها أي مسار.
# الكلمات: انظر docs/glossary.md.

document-title = { $page } · Commonground
page-loading = جارٍ التحميل…
language-switch-label = اللغة

header-skip-to-main = انتقل إلى المحتوى
header-menu = القائمة
header-nav-label = الرئيسية
header-signing-in = جارٍ تسجيل دخولك…
header-sign-in = تسجيل الدخول
header-sign-up = إنشاء حساب
header-signed-in-as = دخلت باسم
header-sign-out = تسجيل الخروج
nav-neighbourhoods = الأحياء
nav-organisations = الجهات
nav-start-neighbourhood = أنشئ حيًّا

footer-about = Commonground برنامج مفتوح المصدر للجيران والخدمات العامة الذين يعتنون بمكانهم معًا. <docs>توثيق API</docs>

not-found-title = الصفحة غير موجودة
not-found-body = لا يوجد شيء في هذا العنوان. جرّب <directory>دليل الأحياء</directory> أو ارجع إلى <home>الصفحة الرئيسية</home>.
page-not-loaded-title = تعذّر تحميل هذه الصفحة
page-not-loaded-body = لم يصل هذا الجزء من Commonground. تحقّق من اتصالك ثم <reload>أعد تحميل الصفحة</reload>.
