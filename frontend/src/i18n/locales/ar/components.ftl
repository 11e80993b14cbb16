# Shared components (components/) and the form checks every form uses (lib/validation.ts, lib/feedback.ts).

## LoadMore, LazyPart, DownloadLink

ui-loading = جارٍ التحميل…
ui-load-more = عرض المزيد
ui-lazy-map-loading = جارٍ تحميل الخريطة…
ui-lazy-map-failed = تعذّر تحميل الخريطة. أعد تحميل الصفحة لتحاول مرة أخرى.
ui-download-preparing = جارٍ التجهيز…

## fields, FormAlert

# Read out before a field's error by screen readers.
form-error-prefix = خطأ:
# A line of the error summary: the field's label, then its message.
form-error-with-label = { $label }: { $message }
form-check-fields = حدث خطأ. راجع الحقول المحددة أدناه.

## lib/validation.ts
# "عدد الأحرف" (the number of letters) keeps the counted noun out of the count's way.

form-email-missing = أدخل بريدك الإلكتروني.
form-email-invalid = أدخل بريدًا إلكترونيًا مثل name@example.org.
form-invite-email-missing = أدخل البريد الإلكتروني لمن تريد دعوته.
form-display-name-missing = أدخل الاسم الذي سيراه جيرانك.
form-password-missing = أدخل كلمة المرور.
form-at-most-characters = يجب ألا يزيد عدد الأحرف على { NUMBER($max, useGrouping: 0) }.
form-at-least-characters = يجب ألا يقل عدد الأحرف عن { NUMBER($min, useGrouping: 0) }.
form-between-characters = يجب أن يكون عدد الأحرف بين { NUMBER($min, useGrouping: 0) } و{ NUMBER($max, useGrouping: 0) }.
form-at-most-characters-now = يجب ألا يزيد عدد الأحرف على { NUMBER($max, useGrouping: 0) } (الآن { NUMBER($now, useGrouping: 0) }).
form-latitude-not-number = أدخل خط العرض رقمًا.
form-latitude-range = يجب أن يكون خط العرض بين { NUMBER($min, useGrouping: 0) } و{ NUMBER($max, useGrouping: 0) }.
form-longitude-not-number = أدخل خط الطول رقمًا.
form-longitude-range = يجب أن يكون خط الطول بين { NUMBER($min, useGrouping: 0) } و{ NUMBER($max, useGrouping: 0) }.
form-radius-not-number = أدخل نصف القطر رقمًا.
form-radius-range = يجب أن يكون نصف القطر بين { NUMBER($min, useGrouping: 0) } و{ NUMBER($max, useGrouping: 0) }.
form-radius-whole-metres = أدخل نصف القطر بعدد كامل من الأمتار.
