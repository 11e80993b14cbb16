# رسائل الحقول في النماذج (يظهر اسم الحقل بجانبها).
account-must-valid-e-mail-address = يجب أن يكون عنوان بريد إلكتروني صالحًا
account-must-not-empty = يجب ألا يكون فارغًا
account-must-not-contain-control-characters = يجب ألا يحتوي على حروف تحكم
account-must-iana-time-zone-name = يجب أن يكون اسم منطقة زمنية من IANA مثل Europe/Warsaw
account-must-at-least-min-characters =
    { $min ->
        [one] يجب أن يكون حرفًا واحدًا على الأقل
        [two] يجب أن يكون حرفين على الأقل
        [few] يجب أن يكون { $min } أحرف على الأقل
       *[other] يجب أن يكون { $min } حرفًا على الأقل
    }
account-must-at-most-max-characters =
    { $max ->
        [one] يجب ألا يزيد على حرف واحد
        [two] يجب ألا يزيد على حرفين
        [few] يجب ألا يزيد على { $max } أحرف
       *[other] يجب ألا يزيد على { $max } حرفًا
    }
task-must-min-max-characters = يجب أن يكون طوله من { $min } إلى { $max } حرفًا
discussion-must-plain-text-one-line = يجب أن يكون نصًا عاديًا في سطر واحد
geo-latitude-must-between-90-90 = يجب أن يكون خط العرض بين -90 و90
geo-longitude-must-between-180-180 = يجب أن يكون خط الطول بين -180 و180
geo-radius-must-between-min-max = يجب أن يكون نصف القطر بين { $min } و{ $max } مترًا
geo-must-geojson-polygon-geometry = يجب أن يكون شكلًا هندسيًا من نوع GeoJSON Polygon
geo-polygons-with-holes-are-not = المضلعات التي فيها ثقوب غير مدعومة
geo-polygon-ring-must-have-between = يجب أن يكون لحدود المضلع من 4 إلى { $max } نقطة
geo-every-position-needs-longitude-latitude = كل نقطة تحتاج إلى خط طول وخط عرض
geo-polygon-ring-must-closed-first = يجب أن تكون حدود المضلع مغلقة (أول نقطة تساوي آخر نقطة)
geo-polygon-must-enclose-area = يجب أن يحيط المضلع بمساحة
idempotency-idempotency-key-header-empty = ترويسة Idempotency-Key فارغة.
idempotency-idempotency-key-header-may-at = يمكن أن تحتوي ترويسة Idempotency-Key على { $max } حرفًا على الأكثر.
idempotency-idempotency-key-header-may-hold = يمكن أن تحتوي ترويسة Idempotency-Key على حروف ASCII ظاهرة فقط (معرّف UUID مفتاح جيد).
neighbourhood-must-between-min-max-characters = يجب أن يكون طوله بين { $min } و{ $max } حرفًا
photo-photo-empty = الصورة فارغة
photo-photos-must-jpeg-png-webp = يجب أن تكون الصورة بصيغة JPEG أو PNG أو WebP
photo-image-declares-more-pixels-than = تعلن الصورة عن عدد نقاط أكبر مما يحمله ملفها
dashboard-required-set-status = مطلوب مع set_status
dashboard-required-merge = مطلوب مع merge
issue-must-min-lon-min-lat = يجب أن يكون بالشكل min_lon,min_lat,max_lon,max_lat بالدرجات
task-must-1-max = يجب أن يكون من 1 إلى { $max }
issue-must-1-max-characters = يجب أن يكون طوله من 1 إلى { $max } حرفًا
account-required-set-new-password = مطلوب لتعيين كلمة مرور جديدة
account-not-current-password = ليست كلمة مرورك الحالية
discussion-not-post-thread = ليست مشاركة في هذا النقاش
discussion-must-not-negative = يجب ألا يكون سالبًا
discussion-say-why-thread-locked = اكتب لماذا أُغلق النقاش
idempotency-key-was-already-used-different = استُخدم هذا المفتاح لطلب مختلف؛ استخدم مفتاحًا جديدًا لطلب جديد.
issue-give-location-map-address = حدّد مكانًا على الخريطة أو اكتب عنوانًا
issue-not-category-handled-neighbourhood = ليست فئة تُعالج في هذا الحي
issue-unknown = غير معروف
issue-public-note-1-max-characters = مطلوب ملاحظة عامة طولها من 1 إلى { $max } حرفًا
issue-issue-cannot-merged-into-itself = لا يمكن دمج المشكلة في نفسها
issue-not-issue-same-neighbourhood = ليست مشكلة من الحي نفسه
issue-me-none-user-id = يجب أن يكون `me` أو `none` أو معرّف مستخدم
issue-name-1-max-issues = اذكر من 1 إلى { $max } مشكلة
issue-not-organisation-s-staff = ليس من موظفي هذه الجهة
neighbourhood-must-future-within-max-days = يجب أن يكون في المستقبل وخلال { $max } يومًا
neighbourhood-give-either-boundary-center-with = حدّد إما حدودًا أو مركزًا مع radius_m، لا الاثنين معًا
neighbourhood-required-with-radius-m-unless = مطلوب (مع radius_m) ما لم تُحدَّد حدود
neighbourhood-required-with-center = مطلوب مع المركز (center)
neighbourhood-must-0-more = يجب أن يكون 0 أو أكثر
notification-at-most-max-kinds = { $max } نوعًا على الأكثر
organisation-must-min-max-characters-plain = يجب أن يكون نصًا عاديًا طوله من { $min } إلى { $max } حرفًا
task-must-between-min-max = يجب أن يكون بين { $min } و{ $max }
organisation-at-most-max-keywords-keywords = { $max_keywords } كلمة مفتاحية على الأكثر، طول كل منها من 1 إلى { $max_keyword_chars } حرفًا
organisation-must-1-max-characters-z = يجب أن يكون طوله من 1 إلى { $max } حرفًا من a-z و0-9 و_ و-
organisation-no-account-uses-e-mail = لا يوجد حساب يستخدم هذا البريد الإلكتروني
task-required = مطلوب
task-must-inside-neighbourhood = يجب أن يكون داخل الحي
task-must-after-starts-at = يجب أن يكون بعد starts_at
task-give-both-starts-at-ends = حدّد starts_at وends_at معًا أو لا تحدد أيًا منهما
task-must-min-max = يجب أن يكون من { $min } إلى { $max }
task-held-people-hold-slot-release =
    { $held ->
        [one] شخص واحد يشغل مكانًا؛ ألغِ التسجيلات قبل تقليل العدد
        [two] شخصان يشغلان مكانين؛ ألغِ التسجيلات قبل تقليل العدد
        [few] { $held } أشخاص يشغلون أماكن؛ ألغِ التسجيلات قبل تقليل العدد
       *[other] { $held } شخصًا يشغلون أماكن؛ ألغِ التسجيلات قبل تقليل العدد
    }
task-at-most-max-skills-skills = { $max_skills } مهارة على الأكثر، طول كل منها حتى { $max_skill_chars } حرفًا
task-not-issue-neighbourhood = ليست مشكلة من هذا الحي
task-wanted-not-task-status = «{ $wanted }» ليست حالة مهمة
task-must-after-from = يجب أن يكون بعد from
task-say-what-missing = اكتب ما الذي ينقص
task-must-at-most-max-characters = يجب أن يكون نصًا عاديًا حتى { $max } حرفًا
neighbourhood-must-between-1-max = يجب أن يكون بين 1 و{ $max }
support-must-at-most-max-chars = يجب ألا يزيد على { $max_chars } حرفًا
photo-at-most-mib = يمكن أن يكون حجم الصورة { $max } ميغابايت على الأكثر
photo-not-an-image = الملف ليس صورة
photo-too-large = الصورة كبيرة جدًا: { $side } نقطة عرضًا وارتفاعًا و{ $megapixels } ميغابكسل على الأكثر
photo-unreadable = تعذّرت قراءة الصورة
photo-unencodable = تعذّر حفظ الصورة
geo-must-be-lat-lon = يجب أن يكون بالشكل "lat,lon"
geo-latitude-not-number = خط العرض ليس رقمًا
geo-longitude-not-number = خط الطول ليس رقمًا
geo-polygon-no-ring = ليس للمضلع حدود
notification-mute-subject-format = يجب أن يكون thread:{"{"}id{"}"} أو issue:{"{"}id{"}"} أو task:{"{"}id{"}"}
notification-unknown-kind = `{ $kind }` ليس نوع إشعار؛ الأنواع هي { $kinds }
validation-rule-failed = غير صالح ({ $rule })
request-name-not-blank = يجب أن يحتوي على حروف ظاهرة، لا مسافات أو علامات خفية أو علامات اتجاه فقط
text-nul = يجب ألا يحتوي على حرف NUL ‏(U+0000)
text-control = يجب ألا يحتوي على حروف تحكم (U+{ $code })؛ يُسمح فقط بفواصل الأسطر وعلامات الجدولة
text-noncharacter = يجب ألا يحتوي على الرمز غير المسموح U+{ $code }
discussion-reaction-one-of = يجب أن يكون أحد التفاعلات: { $reactions }
