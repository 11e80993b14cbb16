# أوصاف المشكلات: لماذا رُفض الطلب.
auth-sign-send-authorization-bearer-access = سجّل الدخول وأرسل `Authorization: Bearer <access token>`.
auth-authorization-header-must-bearer-token = يجب أن تكون ترويسة Authorization بالشكل `Bearer <token>`.
auth-access-token-invalid-has-expired = رمز الدخول غير صالح أو انتهت مدته أو أُلغي بتسجيل الخروج.
auth-only-neighbourhood-s-coordinators-can = منسقو الحي فقط يمكنهم فعل هذا.
auth-only-members-can-see-who = الأعضاء فقط يمكنهم رؤية من ينتمي إلى هذا الحي.
auth-only-platform-admins-can-do = مديرو المنصة فقط يمكنهم فعل هذا.
auth-only-organisation-s-staff-can = موظفو هذه الجهة فقط يمكنهم فعل هذا.
not-found-account = الحساب غير موجود.
demo-email-already-has-account = لدى { $email } حساب بالفعل.
request-form-not-valid-utf-8 = النموذج ليس بترميز UTF-8 صالح.
request-url-path-not-valid-utf = مسار العنوان ليس بترميز UTF-8 صالح.
request-what-not-valid-utf-8 = { $what } ليس بترميز UTF-8 صالح.
request-query-string-not-valid = معاملات الطلب غير صالحة.
request-body-must-json-object = يجب أن يكون المحتوى كائن JSON.
not-found-channel = القناة غير موجودة.
frontend-there-no-asset-name = لا يوجد ملف { $name }.
frontend-there-no-front-end-built = لم تُبنَ واجهة المتصفح هنا.
idempotency-send-one-header-header-not = أرسل ترويسة { $header } واحدة فقط، لا عدة ترويسات.
idempotency-header-header-must-visible-ascii = يجب أن تحتوي ترويسة { $header } على حروف ASCII ظاهرة فقط.
metrics-metrics-need-operators-token = تحتاج المقاييس إلى رمز المشغّلين.
site-there-no-name-front-end = لا يوجد { $name }: لم تُبنَ واجهة المتصفح.
not-found-calendar = التقويم غير موجود.
account-invalid-registration = تسجيل غير صالح.
account-e-mail-address-password-incorrect = البريد الإلكتروني أو كلمة المرور غير صحيحة.
account-refresh-token-invalid-expired-revoked = رمز التحديث غير صالح أو انتهت مدته أو أُلغي؛ سجّل الدخول مرة أخرى.
not-found-organisation = الجهة غير موجودة.
dashboard-organisation-does-not-serve-that = لا تخدم الجهة هذا الحي.
dashboard-organisation-has-no-such-category = ليس لدى الجهة هذه الفئة.
not-found-thread = النقاش غير موجود.
discussion-thread-locked-no-new-posts = هذا النقاش مغلق: لا مشاركات جديدة.
discussion-that-post-was-deleted-hidden = حُذفت هذه المشاركة أو أُخفيت؛ لا يمكن الرد عليها.
discussion-only-its-author-can-edit = كاتب المشاركة فقط يمكنه تعديلها.
discussion-thread-locked-posts-cannot-changed = هذا النقاش مغلق: لا يمكن تغيير المشاركات.
discussion-only-its-author-coordinator-can = كاتب المشاركة أو المنسق فقط يمكنه حذفها.
discussion-post-was-already-deleted = حُذفت هذه المشاركة من قبل.
discussion-thread-locked = هذا النقاش مغلق.
discussion-deleted-hidden-posts-cannot-get = لا يمكن التفاعل مع المشاركات المحذوفة أو المخفية.
discussion-cannot-flag-own-post = لا يمكنك الإبلاغ عن مشاركتك.
discussion-have-already-flagged-post = أبلغت عن هذه المشاركة من قبل.
not-found-discussion = النقاش غير موجود.
discussion-post-was-deleted = حُذفت هذه المشاركة.
discussion-post-already-hidden = هذه المشاركة مخفية بالفعل.
discussion-post-visible-has-no-open = هذه المشاركة ظاهرة وليس عليها بلاغات مفتوحة.
discussion-only-members-can-read-neighbourhood = الأعضاء فقط يمكنهم قراءة نقاشات هذا الحي.
not-found-post = المشاركة غير موجودة.
idempotency-request-with-idempotency-key-still = ما زال طلب بهذا المفتاح Idempotency-Key قيد المعالجة؛ أرسله بعد قليل بالمفتاح نفسه.
issue-join-neighbourhood-good-standing-report = انضم إلى الحي (من غير تعليق لعضويتك) لترسل بلاغًا.
issue-that-issue-closed-report-as = هذه المشكلة مغلقة؛ أبلغ عنها كمشكلة جديدة.
issue-join-neighbourhood-support-its-issues = انضم إلى الحي لتؤيد مشكلاته.
issue-issue-no-longer-open = لم تعد هذه المشكلة مفتوحة.
issue-only-neighbourhood-s-coordinators-its-2 = منسقو الحي وموظفو الجهة فقط يغيّرون حالة المشكلة.
issue-only-members-good-standing-can-2 = الأعضاء غير المعلّقين فقط يمكنهم القول إن المشكلة ما زالت قائمة.
issue-only-people-affected-by-issue = الأشخاص المتأثرون بهذه المشكلة فقط يمكنهم القول إنها ما زالت قائمة.
issue-only-issues-resolved-last-30 = يمكن إعادة فتح المشكلات التي حُلّت في آخر 30 يومًا فقط.
issue-only-neighbourhood-s-coordinators-its-3 = منسقو الحي وموظفو الجهة فقط يدمجون المشكلات.
issue-merged-issues-cannot-merged-again = لا يمكن دمج المشكلات المدمجة مرة أخرى؛ استخدم المشكلة التي تشير إليها.
issue-too-many-photos-are-being = تجري الآن معالجة صور كثيرة جدًا؛ حاول بعد قليل.
not-found-report = البلاغ غير موجود.
issue-only-members-good-standing-can = الأعضاء غير المعلّقين فقط يمكنهم إضافة صور.
issue-only-person-who-made-report = صاحب البلاغ فقط يمكنه إضافة صوره.
issue-report-has-at-most-max =
    { $max ->
        [zero] لا يمكن إضافة صور إلى البلاغ.
        [one] للبلاغ صورة واحدة على الأكثر.
        [two] للبلاغ صورتان على الأكثر.
        [few] للبلاغ { $max } صور على الأكثر.
        [many] للبلاغ { $max } صورة على الأكثر.
       *[other] للبلاغ { $max } صورة على الأكثر.
    }
not-found-photo = الصورة غير موجودة.
issue-only-neighbourhood-s-coordinators-its = منسقو الحي وموظفو الجهة فقط يحددون مكان المشكلات.
issue-issue-placed-already-its-point = لهذه المشكلة مكان بالفعل: نقطتها هي متوسط نقاط بلاغاتها.
not-found-issue = المشكلة غير موجودة.
not-found-invitation = الدعوة غير موجودة.
neighbourhood-invitation-has-already-been-answered = رُدّ على هذه الدعوة أو سُحبت من قبل.
neighbourhood-invitation-has-lapsed-ask-neighbourhood = انتهت مدة هذه الدعوة؛ اطلب دعوة جديدة من منسقي الحي.
not-found-member = العضو غير موجود.
neighbourhood-request-join-already-waiting-coordinator = طلب انضمامك ينتظر المنسق بالفعل.
neighbourhood-are-already-member-neighbourhood = أنت عضو في هذا الحي بالفعل.
neighbourhood-are-last-coordinator-make-another = أنت آخر منسق: اجعل عضوًا آخر منسقًا قبل أن تغادر.
neighbourhood-there-no-pending-request-from = لا يوجد طلب معلّق من هذا الشخص.
neighbourhood-approve-request-before-changing-role = وافق على الطلب قبل تغيير الدور.
neighbourhood-neighbourhood-needs-at-least-one = يحتاج الحي إلى منسق واحد على الأقل: عيّن منسقًا آخر أولًا.
neighbourhood-cannot-suspend-yourself = لا يمكنك تعليق عضويتك بنفسك.
neighbourhood-pending-requests-are-rejected-not = الطلبات المعلّقة تُرفض ولا تُعلّق.
neighbourhood-make-coordinator-member-before-suspending = اجعل هذا المنسق عضوًا عاديًا قبل تعليق عضويته.
neighbourhood-member-not-suspended = عضوية هذا العضو ليست معلّقة.
neighbourhood-use-leave-leave-neighbourhood-yourself = استخدم «مغادرة» لتغادر الحي بنفسك.
neighbourhood-make-coordinator-member-before-removing = اجعل هذا المنسق عضوًا عاديًا قبل إزالته.
neighbourhood-invalid-neighbourhood = حي غير صالح.
neighbourhood-events-after-since-are-no = لم تعد الأحداث بعد { $since } محفوظة؛ أعد تحميل الحي (آخر رقم هو { $latest_seq }).
not-found-notification = الإشعار غير موجود.
not-found-api-key = مفتاح API غير موجود.
not-found-category = الفئة غير موجودة.
organisation-invalid-category = فئة غير صالحة.
organisation-organisation-already-has-category-with = لدى هذه الجهة فئة بهذا الرمز بالفعل.
not-found-neighbourhood = الحي غير موجود.
organisation-invalid-organisation = جهة غير صالحة.
organisation-that-person-already-staff = هذا الشخص من موظفي الجهة بالفعل.
not-found-staff-member = موظف الجهة غير موجود.
not-found-service-link = الربط بالجهة غير موجود.
task-join-neighbourhood-good-standing-claim = انضم إلى الحي (من غير تعليق لعضويتك) لتسجّل في مهمة.
task-every-slot-task-taken = كل الأماكن في هذه المهمة محجوزة.
task-have-already-claimed-task = سجّلت في هذه المهمة من قبل.
task-already-hold-open-claims-open =
    { $open_claims ->
        [one] لديك تسجيل مفتوح واحد؛ أنهه أو ألغه أولًا.
        [two] لديك تسجيلان مفتوحان؛ أنهِ أحدهما أو ألغه أولًا.
        [few] لديك { $open_claims } تسجيلات مفتوحة؛ أنهِ أحدها أو ألغه أولًا.
       *[other] لديك { $open_claims } تسجيلًا مفتوحًا؛ أنهِ أحدها أو ألغه أولًا.
    }
task-task-takes-no-claims = لا يمكن التسجيل في هذه المهمة.
not-found-task = المهمة غير موجودة.
task-join-neighbourhood-good-standing-propose = انضم إلى الحي (من غير تعليق لعضويتك) لتقترح مهمة.
task-sign-see-tasks = سجّل الدخول لترى مهامك.
task-finished-task-cannot-edited = لا يمكن تعديل مهمة منتهية.
task-only-neighbourhood-s-coordinators-its = منسقو الحي وموظفو الجهة فقط يمكنهم فعل هذا.
task-only-proposed-task-can-approved = يمكن الموافقة على المهمة المقترحة فقط.
task-task-already-verified-cancelled = هذه المهمة مؤكدة أو ملغاة بالفعل.
task-suspended-members-cannot-do-until = الأعضاء المعلّقون لا يمكنهم فعل هذا حتى تعود عضويتهم.
task-hold-no-claim-task = لست مسجلًا في هذه المهمة.
task-claim-scheduled-task-lasts-until = التسجيل في مهمة لها موعد يستمر حتى نهاية المهمة؛ لا شيء لتمديده.
not-found-claim = التسجيل غير موجود.
task-work-verified-by-coordinator-by = يؤكد العمل منسقٌ أو عضو غير مسجل في المهمة، ولا يؤكده أبدًا من قام به.
task-only-work-marked-done-can = يمكن تأكيد أو رفض العمل المعلَّم بأنه أُنجز فقط.
task-only-neighbourhood-s-members-verify = أعضاء الحي فقط يؤكدون عمل متطوعيه.
request-request-body-larger-than-limit = محتوى الطلب أكبر من الحد المسموح ({ $limit } بايت).
startup-send-body-as-json-with = أرسل المحتوى بصيغة JSON مع `Content-Type: application/json`.
startup-request-body-empty-json-object = محتوى الطلب فارغ؛ المتوقع كائن JSON.
support-cursor-not-one-list-produced = هذا المؤشر ليس من هذه القائمة.
problem-record-not-found = ما يشير إليه الطلب غير موجود.
request-body-unreadable = تعذّرت قراءة محتوى الطلب: { $reason }
request-json-invalid = محتوى JSON غير صالح: { $reason }
request-path-invalid = مسار العنوان غير صالح: { $reason } (المعرّفات من نوع UUID).
request-query-invalid = معاملات الطلب غير صالحة: { $reason }
request-no-such-route = لا يوجد { $method } { $path }.
text-url-path-nul = يجب ألا يحتوي مسار العنوان على حرف NUL ‏(U+0000).
text-url-path-control = يجب ألا يحتوي مسار العنوان على حروف تحكم (U+{ $code })؛ يُسمح فقط بفواصل الأسطر وعلامات الجدولة.
text-url-path-noncharacter = يجب ألا يحتوي مسار العنوان على الرمز غير المسموح U+{ $code }.
live-own-notifications-only = يمكنك الاشتراك في إشعاراتك فقط.
photo-upload-unreadable = تعذّرت قراءة الملف المرفوع: { $reason }
photo-upload-too-large = يمكن أن يكون حجم الصورة { $max } ميغابايت على الأكثر.
discussion-suspended = عضويتك في هذا الحي معلّقة ولا يمكنك المشاركة حتى ينتهي التعليق.
discussion-pending = طلب انضمامك ينتظر المنسق؛ يمكنك المشاركة بعد الموافقة عليه.
discussion-join-to-take-part = انضم إلى الحي لتشارك في نقاشاته.
issue-join-to-support = انضم إلى الحي لتؤيد مشكلاته.
issue-members-only-still-a-problem = الأعضاء غير المعلّقين فقط يمكنهم القول إن المشكلة ما زالت قائمة.
issue-already-status =
    هذه المشكلة { $status ->
        [open] مفتوحة
        [acknowledged] مستلمة
        [in_progress] قيد العمل
        [resolved] محلولة
        [declined] مرفوضة
        [duplicate] مكررة
       *[other] { $status }
    } بالفعل.
issue-status-cannot-change =
    لا يمكن وضع حالة { $to ->
        [open] «مفتوحة»
        [acknowledged] «مستلمة»
        [in_progress] «قيد العمل»
        [resolved] «محلولة»
        [declined] «مرفوضة»
        [duplicate] «مكررة»
       *[other] { $to }
    } لمشكلة حالتها { $from ->
        [open] «مفتوحة»
        [acknowledged] «مستلمة»
        [in_progress] «قيد العمل»
        [resolved] «محلولة»
        [declined] «مرفوضة»
        [duplicate] «مكررة»
       *[other] { $from }
    }.
task-takes-no-claims =
    هذه المهمة { $status ->
        [proposed] مقترحة
        [open] مفتوحة
        [staffed] مكتملة العدد
        [in_progress] قيد العمل
        [done] منجزة
        [verified] مؤكدة
        [cancelled] ملغاة
       *[other] { $status }
    } ولا يمكن التسجيل فيها.
task-claim-cannot =
    لا يمكن { $doing ->
        [release] إلغاء
        [extend] تمديد
        [check_in] تأكيد حضور
       *[done] وضع علامة الإنجاز على (أكّد الحضور أولًا)
    } تسجيل حالته { $status ->
        [active] نشط
        [checked_in] حاضر
        [done] منجز
        [verified] مؤكد
        [released] ملغى
        [expired] منتهٍ
       *[other] { $status }
    }.
issue-join-to-report = انضم إلى الحي (من غير تعليق لعضويتك) لترسل بلاغًا.

# البلاغات نيابةً عن جار ليس لديه حساب.
validation-assisted-consent = سجّل أنه وافق على أن تبلّغ نيابةً عنه
validation-assisted-members-only = للبلاغات التي يرسلها الأعضاء فقط
validation-phone = يجب أن يكون رقم هاتف من { $max } حرفًا على الأكثر: أرقام ومسافات و+ ( ) - .
not-found-assisted-report = لم يُعثر على البلاغ المقدَّم نيابةً عن جار
forbidden-erase-neighbour = لا يحذف بيانات الجار إلا منسقو الحي.

# متابعة مشكلة بالبريد الإلكتروني: مشكلات الروابط.
follow-link-no-token = هذا الرابط بلا رمز.
follow-link-expired = انتهت صلاحية هذا الرابط. اطلب متابعة المشكلة مرة أخرى.
follow-link-invalid = هذا الرابط غير صالح. انسخ الرابط كاملًا من البريد.
follow-ended = انتهت هذه المتابعة. اطلب متابعة المشكلة مرة أخرى.
follow-accepted = إن كان هذا العنوان يستقبل البريد، فرسالة فيها رابط للتأكيد في طريقها إليه. لن يُرسل شيء قبل استخدام الرابط.
