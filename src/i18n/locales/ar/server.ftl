# عناوين المشكلات (application/problem+json)، عنوان لكل نوع؛ عنوان URI للنوع لا يتغيّر.
problem-validation-title = بعض الحقول غير صحيحة
problem-bad-request-title = طلب غير صحيح
problem-unauthenticated-title = يجب تسجيل الدخول
problem-forbidden-title = غير مسموح
problem-not-found-title = غير موجود
problem-method-not-allowed-title = هذه الطريقة غير مسموحة
problem-conflict-title = تعارض
problem-gone-title = لم يعد متاحًا
problem-payload-too-large-title = البيانات كبيرة جدًا
problem-unsupported-media-type-title = نوع الملف غير مدعوم
problem-too-many-requests-title = محاولات كثيرة جدًا
problem-unavailable-title = الخدمة غير متاحة الآن
problem-internal-title = خطأ في الخادم

# أوصاف مشكلات لا تتعلق بالإجراء.
problem-validation-detail = حقل واحد أو أكثر غير صحيح؛ انظر `errors`.
problem-unavailable-detail = لا تستطيع الخدمة تنفيذ الطلب الآن؛ حاول بعد قليل.
problem-internal-detail = حدث خطأ من جهتنا.
problem-too-many-requests-detail =
    { $seconds ->
        [zero] محاولات كثيرة جدًا؛ حاول مرة أخرى الآن.
        [one] محاولات كثيرة جدًا؛ حاول مرة أخرى بعد ثانية واحدة.
        [two] محاولات كثيرة جدًا؛ حاول مرة أخرى بعد ثانيتين.
        [few] محاولات كثيرة جدًا؛ حاول مرة أخرى بعد { $seconds } ثوانٍ.
        [many] محاولات كثيرة جدًا؛ حاول مرة أخرى بعد { $seconds } ثانية.
       *[other] محاولات كثيرة جدًا؛ حاول مرة أخرى بعد { $seconds } ثانية.
    }
problem-method-not-allowed-detail = هذا العنوان يقبل فقط { $allow }.
problem-conflict-exists = هذا موجود من قبل.
problem-conflict-missing-reference = شيء يشير إليه الطلب غير موجود.

# قيمة رفضتها قاعدة البيانات.
db-fault-unstorable-bytes = في الطلب نص فيه رمز لا يمكن حفظه (مثل NUL).
db-fault-wrong-format = في الطلب قيمة بصيغة غير صحيحة.
db-fault-number-out-of-range = في الطلب رقم خارج الحدود.
db-fault-too-long = في الطلب قيمة طويلة جدًا.
db-fault-date-out-of-range = في الطلب تاريخ أو وقت خارج الحدود.
db-fault-too-large = في الطلب قيمة كبيرة جدًا.
db-fault-wrong-type = في الطلب قيمة من نوع غير صحيح.
