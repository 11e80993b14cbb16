# المشاكل المشتركة: الإبلاغ عن مشكلة، صفحة المشكلة، القائمة والخريطة.
# المصطلحات: انظر docs/glossary.md (مشكلة، بلاغ، مؤيد، حي، منسق، مكان).

## logic.ts: الحالات والأعداد والأوقات وفحص النموذج

# الحالات بصيغة المؤنث لتوافق كلمة «المشكلة».
issue-status-open = مفتوحة
issue-status-acknowledged = مستلمة
issue-status-in-progress = قيد المعالجة
issue-status-resolved = محلولة
issue-status-declined = مرفوضة
issue-status-duplicate = مدمجة

issue-name-with-place = { $category }، { $place }

issue-affected-count =
    { $count ->
        [zero] لا يتأثر بها أي جار
        [one] جار واحد متأثر
        [two] جاران متأثران
        [few] { $count } جيران متأثرون
        [many] { $count } جارًا متأثرًا
       *[other] { $count } جار متأثر
    }
issue-report-count =
    { $count ->
        [zero] لا توجد بلاغات
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $count } بلاغات
        [many] { $count } بلاغًا
       *[other] { $count } بلاغ
    }

issue-age-just-now = الآن
issue-age-minutes =
    { $count ->
        [one] منذ دقيقة
        [two] منذ دقيقتين
        [few] منذ { $count } دقائق
        [many] منذ { $count } دقيقة
       *[other] منذ { $count } دقيقة
    }
issue-age-hours =
    { $count ->
        [one] منذ ساعة
        [two] منذ ساعتين
        [few] منذ { $count } ساعات
        [many] منذ { $count } ساعة
       *[other] منذ { $count } ساعة
    }
issue-age-days =
    { $count ->
        [one] منذ يوم
        [two] منذ يومين
        [few] منذ { $count } أيام
        [many] منذ { $count } يومًا
       *[other] منذ { $count } يوم
    }
issue-age-on-date = في { $date }

issue-council-says = تقول الجهة: «{ $note }»

issue-error-choose-category = اختر نوع المشكلة.
issue-error-describe = صف المشكلة.
issue-error-description-too-long = لا تكتب أكثر من { $max } حرف (الآن { $count }).
issue-error-address-too-long = لا تكتب أكثر من { $max } حرف.
issue-error-latitude = أدخل خط عرض بين -90 و90.
issue-error-longitude = أدخل خط طول بين -180 و180.
issue-error-no-place = حدد النقطة (أو استخدم موقعك)، أو صف المكان في خانة العنوان.

## ReportPage: الإبلاغ عن مشكلة

report-page-title = أبلغ عن مشكلة
report-page-title-in = أبلغ عن مشكلة في { $name }
report-checking-session = نتحقق من تسجيل دخولك…
report-sign-in = <signin>سجّل الدخول</signin> أو <signup>أنشئ حسابًا</signup> لتبلغ عن مشكلة.
report-neighbourhood-not-found = الحي غير موجود
report-neighbourhood-not-found-body = هذا الحي غير موجود، أو هو حي خاص ولست عضوًا فيه. <browse>تصفح الأحياء</browse>.
report-loading = جارٍ التحميل…
report-loading-categories = جارٍ تحميل الفئات…
report-back-to = العودة إلى { $name }
report-members-only = يمكن فقط للأعضاء النشطين في { $name } الإبلاغ عن المشاكل هنا. انضم إلى الحي أولًا.
report-no-service = لا تستقبل أي جهة بلاغات عن { $name } على Commonground بعد.
report-intro = أخبر الجهات العاملة في { $name } عن مشكلة. إذا كان الجيران قد أبلغوا عنها من قبل، ينضم بلاغك إلى بلاغاتهم.

report-label-category = ما نوع المشكلة؟
report-label-latitude = خط العرض
report-label-longitude = خط الطول
report-label-address = العنوان أو معلم قريب
report-label-description = صف المشكلة
report-label-photos = الصور (حتى 3)

report-draft-restored = أعدنا بلاغك الذي لم يُرسل بعد.
report-draft-discard = احذف
report-draft-discard-which = البلاغ المستعاد
report-choose-category = اختر فئة
report-category-group-other = أخرى
report-location-legend = مكان المشكلة
report-location-hint = زر «استخدم موقعي» يملأ النقطة إذا كنت هناك، أو اكتب العنوان أدناه. يجب أن يكون المكان داخل { $name }.
report-use-my-location = استخدم موقعي
report-finding-you = نبحث عن موقعك…
report-address-hint = أو اكتب العنوان: اختره من القائمة، فيوضع البلاغ على الخريطة هناك. مثلًا «3 شارع الطاحونة».
report-description-hint = ما الخطأ، وأي شيء يساعد على العثور عليه.
report-description-count = الأحرف: { $count } من { $max }
report-photos-hint =
    اختياري. يمكنك إضافة { $count ->
        [one] صورة واحدة
        [two] صورتين
        [few] { $count } صور
        [many] { $count } صورة
       *[other] { $count } صورة
    } على الأكثر بصيغة JPEG أو PNG أو WebP، حجم كل منها { $size } أو أقل؛ اختر المزيد لإضافتها. يراها كل من يستطيع رؤية المشكلة، من دون بيانات مكان التقاطها.
report-show-name = أظهر اسمي للجميع مع هذا البلاغ
report-show-name-hint = إذا لم تختر هذا، يرى الجيران بلاغك من دون اسمك. المنسقون والجهة يرون دائمًا من أرسل البلاغ.
report-checking = جارٍ التحقق…
report-continue = متابعة
report-sending = جارٍ الإرسال…

report-queued = حُفظ البلاغ — سنرسله عندما تعود متصلًا بالإنترنت.
report-queued-told = سنخبرك هنا عندما يُرسل.

## ReportPage: «هل هي واحدة من هذه؟»

report-pool-heading = هل هي واحدة من هذه؟
report-pool-intro =
    { $count ->
        [one] أبلغ الجيران من قبل عن هذه المشكلة قرب المكان الذي ذكرته. إذا كانت مشكلتك هي نفسها، أضف بلاغك إليها: المشكلة المشتركة التي يتأثر بها ناس أكثر لها وزن أكبر.
        [two] أبلغ الجيران من قبل عن هاتين المشكلتين قرب المكان الذي ذكرته. إذا كانت مشكلتك هي نفسها، أضف بلاغك إليها: المشكلة المشتركة التي يتأثر بها ناس أكثر لها وزن أكبر.
       *[other] أبلغ الجيران من قبل عن هذه المشاكل قرب المكان الذي ذكرته. إذا كانت مشكلتك هي نفسها، أضف بلاغك إليها: المشكلة المشتركة التي يتأثر بها ناس أكثر لها وزن أكبر.
    }
report-pool-join = أضف بلاغي إلى هذه
report-pool-join-which = ({ $category }، { $distance })
report-pool-something-else = مشكلتي شيء آخر
report-pool-back = العودة إلى بلاغي

## IssuePage: مشكلة مشتركة واحدة

issue-not-found = المشكلة غير موجودة
issue-page-title-plain = مشكلة
issue-loading = جارٍ تحميل المشكلة…
issue-not-found-body = هذه المشكلة غير موجودة، أو تتبع حيًا خاصًا لست عضوًا فيه. <browse>تصفح الأحياء</browse>.
issue-status-line = الحالة:
issue-in-neighbourhood = في <neighbourhood>{ $name }</neighbourhood>
issue-when = { $date } { $time }
issue-reported-joined =
    { $count ->
        [one] شكرًا لك. انضم بلاغك إلى مشكلة مشتركة: أنت من يبلغ عنها حتى الآن.
        [two] شكرًا لك. انضم بلاغك إلى مشكلة مشتركة: أنت واحد من جارين يبلغان عنها.
        [few] شكرًا لك. انضم بلاغك إلى مشكلة مشتركة: أنت واحد من { $count } جيران يبلغون عنها.
        [many] شكرًا لك. انضم بلاغك إلى مشكلة مشتركة: أنت واحد من { $count } جارًا يبلغون عنها.
       *[other] شكرًا لك. انضم بلاغك إلى مشكلة مشتركة: أنت واحد من { $count } جار يبلغون عنها.
    }
issue-reported-new = شكرًا لك. بدأ بلاغك مشكلة مشتركة جديدة؛ الجيران الذين يبلغون عن المشكلة نفسها سينضمون إليها.
issue-place-not-found-typed = لم نجد «{ $address }» على الخريطة، لذلك حُفظ بلاغك من دون نقطة. سيحدد منسقو الحي مكانه؛ وحتى ذلك الحين قد لا يُعرض بلاغك على الجيران الذين يبلغون عن المشكلة نفسها.
issue-place-not-found-untyped = لم نجد العنوان الذي ذكرته على الخريطة، لذلك حُفظ بلاغك من دون نقطة. سيحدد منسقو الحي مكانه؛ وحتى ذلك الحين قد لا يُعرض بلاغك على الجيران الذين يبلغون عن المشكلة نفسها.
issue-duplicate-of = دُمجت هذه المشكلة في <other>مشكلة أخرى</other>؛ تابع تلك المشكلة.
issue-merged-live = دُمجت هذه المشكلة في بلاغ آخر عن المشكلة نفسها.
issue-now-status = هذه المشكلة الآن { $status }.
issue-saving = جارٍ الحفظ…
issue-sending = جارٍ الإرسال…

issue-details-heading = التفاصيل
issue-fact-category = الفئة
issue-fact-status = الحالة
issue-fact-where = أين
issue-fact-address = العنوان المذكور
issue-fact-place-not-found = <badge>المكان غير موجود</badge> ليست على الخريطة بعد
issue-fact-location = الموقع
issue-fact-location-note = (وسط بلاغاتها)
issue-fact-affected = المتأثرون
issue-fact-reports = البلاغات
issue-fact-first-reported = أول بلاغ
issue-fact-latest-report = آخر بلاغ

issue-support-thanks = شكرًا لك. أنت الآن من بين الجيران المتأثرين.
issue-support-affected = <strong>أنت متأثر بها.</strong> ستعرف عندما تتغير حالتها.
issue-support-sign-in = <signin>سجّل الدخول</signin> لتقول إنها تؤثر عليك أيضًا.
issue-support-settled = هذه المشكلة { $status }.
issue-support-ask = هل تؤثر عليك هذه المشكلة أيضًا؟ إذا قلت ذلك نضيفك إلى العدد، من دون أن تكتب بلاغًا.
issue-support-button = تؤثر عليّ أيضًا
issue-support-members = يمكن لأعضاء <neighbourhood>{ $name }</neighbourhood> أن يقولوا إنها تؤثر عليهم أيضًا.

issue-reopen-thanks = شكرًا لك. المشكلة مفتوحة من جديد، وأخبرنا من يعملون عليها.
issue-reopen-heading = هل ما زالت المشكلة قائمة؟
issue-reopen-note = ما الذي لم يُصلح بعد
issue-reopen-note-optional = ما الذي لم يُصلح بعد (اختياري)
issue-reopen-button = ما زالت المشكلة قائمة

issue-place-label = أين هي؟
issue-placed-at = وُضعت في { $place }.
issue-placed-on-map = وُضعت على الخريطة.
issue-place-pick = اكتب العنوان واختره من القائمة.
issue-place-not-found = المكان غير موجود
issue-place-form-intro = تعذر وضع العنوان المذكور على الخريطة. ابحث عنه، فتوضع المشكلة هناك.
issue-placing = جارٍ تحديد المكان…
issue-place-button = ضعها هنا

issue-merge-into = ادمج في
issue-merge-note = ملاحظة عامة عن الدمج
issue-merged = تم الدمج. أصبحت بلاغاتها ومؤيدوها جزءًا من المشكلة { $category }.
issue-merge-note-missing = قل لماذا هذه هي المشكلة نفسها.
issue-merge-heading = هل هي المشكلة نفسها مثل مشكلة أخرى؟
issue-merge-looking = نبحث عن مشاكل قريبة…
issue-merge-none = لا توجد مشكلة مفتوحة أخرى على بعد { $radius } م للدمج معها.
issue-merge-option = { $category }، { $distance }، { $affected }
issue-merging = جارٍ الدمج…
issue-merge-button = ادمج في المشكلة المختارة

issue-status-form-status = الحالة الجديدة
issue-status-form-note = ملاحظة عامة
issue-status-changed = تغيرت الحالة إلى: { $status }. سنخبر المؤيدين.
issue-status-note-missing = اكتب ملاحظة للجيران.
issue-status-form-heading = حدّث الحالة
issue-status-form-note-hint = يستطيع الجميع قراءتها، وسنخبر كل مؤيد. قل ما الذي سيحدث بعد ذلك.
issue-status-form-button = حدّث الحالة

issue-timeline-heading = التحديثات
issue-timeline-empty = لا توجد تحديثات من الجهة أو المنسقين بعد.

issue-reports-heading = البلاغات ({ $count })
issue-reported-by = أبلغ عنها: { $name }
issue-name-not-shown = الاسم غير ظاهر

## IssuePage: الصور

photo-heading = الصور
photo-label = الصورة { $number } من { $count } في بلاغات هذه المشكلة
photo-not-loaded = { $label } (تعذر تحميلها)
photo-loading = { $label } (جارٍ التحميل…)
photo-opens-new-tab = (تفتح الصورة كاملة في علامة تبويب جديدة)

## IssueList: مشاكل الحي

issue-list-heading = المشاكل المبلغ عنها هنا
issue-list-report = أبلغ عن مشكلة
issue-list-members-only = يمكن لأعضاء هذا الحي الإبلاغ عن المشاكل هنا.
issue-filter-label = تصفية المشاكل
issue-filter-status = الحالة
issue-filter-any-status = أي حالة
issue-filter-category = الفئة
issue-filter-any-category = أي فئة
issue-sort-label = الترتيب
issue-sort-newest = الأحدث أولًا
issue-sort-impact = الأكثر تأثيرًا أولًا (المفتوحة فقط)
issue-sort-oldest-unresolved = المنتظرة منذ أطول وقت (المفتوحة فقط)
issue-map-hide = أخفِ الخريطة
issue-map-show = أظهر الخريطة
issue-list-loading = جارٍ تحميل المشاكل…
issue-list-none-filtered = لا توجد مشاكل تطابق هذه التصفية.
issue-list-none = لم يبلغ أحد عن مشاكل هنا بعد.
issue-list-load-more = حمّل مشاكل أخرى
issue-places-attribution = الأماكن: { $attribution }
issue-summary-place-not-found = <badge>المكان غير موجود</badge> سيضعها منسق على الخريطة
issue-summary-first-reported = أول بلاغ <time>{ $age }</time>

## IssueMap: خريطة المشاكل

issue-map-label = خريطة المشاكل في { $name }
issue-map-help = عندما تكون الخريطة محددة، تحركها مفاتيح الأسهم، ويكبّرها + ويصغّرها −؛ ويصل مفتاح Tab إلى كل مشكلة عليها، ويفتحها Enter. المشاكل المبلغ عنها بالعنوان فقط موجودة في القائمة، لا على الخريطة.
issue-map-none = لا توجد مشاكل محددة المكان في هذا العرض.
issue-map-count =
    { $count ->
        [zero] لا توجد مشاكل على الخريطة.
        [one] مشكلة واحدة على الخريطة.
        [two] مشكلتان على الخريطة.
        [few] { $count } مشاكل على الخريطة.
        [many] { $count } مشكلة على الخريطة.
       *[other] { $count } مشكلة على الخريطة.
    }
issue-map-limit = نعرض أحدث { $limit }: كبّر الخريطة لترى غيرها.
issue-map-no-background = تعذر تحميل خلفية الخريطة؛ المشاكل ما زالت ظاهرة.
issue-map-key = مفتاح الخريطة
issue-map-popup-counts = { $affected } · { $reports }
issue-marker-label = { $category }: { $status }، { $affected }
issue-map-bad-data = بيانات الخريطة ليست مجموعة GeoJSON (FeatureCollection).

## الصور: اختيارها وفحصها وإرسالها (PhotoPicks وphotos.ts وoffline.ts)

photo-picks-label = الصور التي سترسلها
photo-unnamed = الصورة { $number }
photo-remove = أزل
photo-megabytes = { $size } ميغابايت
photo-error-too-many =
    { $max ->
        [one] اختر صورة واحدة على الأكثر؛ اخترت { $count }.
        [two] اختر صورتين على الأكثر؛ اخترت { $count }.
        [few] اختر { $max } صور على الأكثر؛ اخترت { $count }.
        [many] اختر { $max } صورة على الأكثر؛ اخترت { $count }.
       *[other] اختر { $max } صورة على الأكثر؛ اخترت { $count }.
    }
photo-error-too-big = يجب أن يكون حجم كل صورة { $size } أو أقل: { $names } كبيرة جدًا.
photo-error-wrong-type = يجب أن تكون الصور بصيغة JPEG أو PNG أو WebP: { $names } ليست كذلك.
photo-reason-too-big = حجمها أكبر من { $size }
photo-reason-wrong-type = ليست صورة بصيغة JPEG أو PNG أو WebP
photo-reason-too-many =
    { $max ->
        [one] يمكن أن يحمل البلاغ صورة واحدة على الأكثر
        [two] يمكن أن يحمل البلاغ صورتين على الأكثر
        [few] يمكن أن يحمل البلاغ { $max } صور على الأكثر
        [many] يمكن أن يحمل البلاغ { $max } صورة على الأكثر
       *[other] يمكن أن يحمل البلاغ { $max } صورة على الأكثر
    }
photo-failed =
    { $count ->
        [one] أُرسل بلاغك، لكن تعذرت إضافة صورة واحدة.
        [two] أُرسل بلاغك، لكن تعذرت إضافة صورتين.
        [few] أُرسل بلاغك، لكن تعذرت إضافة { $count } صور.
        [many] أُرسل بلاغك، لكن تعذرت إضافة { $count } صورة.
       *[other] أُرسل بلاغك، لكن تعذرت إضافة { $count } صورة.
    }
photo-failed-which =
    { $count ->
        [one] أُرسل بلاغك، لكن تعذرت إضافة صورة واحدة: { $which }.
        [two] أُرسل بلاغك، لكن تعذرت إضافة صورتين: { $which }.
        [few] أُرسل بلاغك، لكن تعذرت إضافة { $count } صور: { $which }.
        [many] أُرسل بلاغك، لكن تعذرت إضافة { $count } صورة: { $which }.
       *[other] أُرسل بلاغك، لكن تعذرت إضافة { $count } صورة: { $which }.
    }
photo-failed-one = { $name } ({ $reason })
photo-sending = جارٍ إرسال الصورة { $number } من { $count }…

## OfflineQueue: البلاغات المحفوظة دون اتصال

report-offline-sent = أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت.
report-offline-sent-photos-failed =
    { $count ->
        [one] أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت، لكن تعذرت إضافة صورة واحدة.
        [two] أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت، لكن تعذرت إضافة صورتين.
        [few] أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت، لكن تعذرت إضافة { $count } صور.
        [many] أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت، لكن تعذرت إضافة { $count } صورة.
       *[other] أُرسل بلاغك الذي حُفظ وأنت غير متصل بالإنترنت، لكن تعذرت إضافة { $count } صورة.
    }
report-offline-see-issue = اعرض المشكلة
report-offline-refused = تعذر إرسال بلاغ حُفظ وأنت غير متصل بالإنترنت: { $problem } أعدناه إلى نموذج البلاغ.
report-offline-open-form = افتح نموذج البلاغ
report-offline-dismiss = إغلاق
report-offline-dismiss-which = هذا الإشعار

## QuestionFields وquestions.ts: أسئلة الفئة

report-question-optional = { $question } (اختياري)
report-question-tick-all = اختر كل ما ينطبق.
report-question-error-required = أجب عن «{ $question }».
report-question-error-number = أدخل رقمًا في «{ $question }».
report-question-error-datetime = أدخل تاريخًا ووقتًا في «{ $question }».

# الإبلاغ نيابةً عن جار ليس لديه حساب (AssistedReporterFields، ReportNeighbour).
report-neighbour-legend = هل تبلّغ نيابةً عن جار ليس لديه حساب؟
report-neighbour-checkbox = أبلّغ عن هذا نيابةً عن جار
report-neighbour-checkbox-hint = شخص عند الباب أو على الهاتف ليس لديه حساب. هو المتأثر بالمشكلة، لا أنت.
report-neighbour-label-name = اسمه
report-neighbour-name-hint = بماذا تناديه. لا يراه إلا أنت والمنسقون وموظفو الجهة.
report-neighbour-label-consent = وافق على أن أبلّغ عن هذا نيابةً عنه
report-neighbour-label-consent-short = الموافقة
report-neighbour-label-email = بريده الإلكتروني (اختياري)
report-neighbour-label-email-short = بريده الإلكتروني
report-neighbour-label-phone = رقم هاتفه (اختياري)
report-neighbour-label-phone-short = رقم هاتفه
report-neighbour-what-they-get = ما الذي سيصله: ستصلك رسالة كلما تغيّرت المشكلة لتنقلها إليه. اكتب بريده فقط إن أراد الأخبار بالبريد: ستصله أولًا رسالة ليؤكد. واكتب هاتفه فقط إن قبل أن يُتّصل به بشأنها. يحذف المنسق بياناته متى طلب ذلك.
report-neighbour-error-name = اكتب اسمًا تناديه به.
report-neighbour-error-name-long =
    { $max ->
        [one] استخدم حرفًا واحدًا على الأكثر.
        [two] استخدم حرفين على الأكثر.
        [few] استخدم { $max } أحرف على الأكثر.
       *[other] استخدم { $max } حرفًا على الأكثر.
    }
report-neighbour-error-consent = اسأله أولًا: لا تبلّغ نيابةً عنه إلا إذا وافق.
report-neighbour-error-email = تحقّق من البريد الإلكتروني أو اتركه فارغًا.
report-neighbour-error-phone = استخدم الأرقام والمسافات و+ ( ) - فقط، أو اتركه فارغًا.
report-neighbour-for-a-neighbour = أُبلغ عنه نيابةً عن جار
report-neighbour-erased = أُبلغ عنه نيابةً عن جار. حُذفت بياناته بطلب منه في { $when }.
report-neighbour-a-neighbour = جار
report-neighbour-for-named = أُبلغ عنه نيابةً عن <name>{ $name }</name>
report-neighbour-email = البريد الإلكتروني
report-neighbour-phone = الهاتف
report-neighbour-agreed = الموافقة
report-neighbour-recorded-by = سجّلها { $who }، { $when }
report-neighbour-recorded = سُجّلت { $when }
report-neighbour-removed = حُذفت بيانات { $name }. يبقى البلاغ وتأييده.
report-neighbour-remove = احذف بياناته
report-neighbour-remove-question = هل تحذف اسم { $name } ووسيلة الاتصال به من هذا البلاغ؟ يبقى البلاغ وتأييده. لا يمكن التراجع عن هذا.
report-neighbour-removing = جارٍ الحذف…
report-neighbour-remove-confirm = احذف
report-neighbour-keep = أبقِها
