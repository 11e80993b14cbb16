# مهام المتطوعين: لوحة المهام، وصفحة المهمة، ونموذج المهمة، والتحقق من العمل، وساعات العطاء،
# ورابط التقويم. المصطلحات: docs/glossary.md (مهمة، متطوع، التسجيل في مهمة، ساعات العطاء، عضو).

## logic.ts: الحالات والأوقات والساعات والعد التنازلي والأخطاء والأحداث المباشرة

task-status-proposed = بانتظار الموافقة
task-status-open = تحتاج إلى أشخاص
task-status-staffed = العدد مكتمل
task-status-in-progress = قيد التنفيذ
task-status-done = منجزة
task-status-verified = تم التحقق
task-status-cancelled = ملغاة

claim-status-active = مسجَّل
claim-status-checked-in = حاضر
claim-status-done = منجز، بانتظار التحقق
claim-status-verified = تم التحقق
claim-status-released = ترك مكانه
claim-status-expired = انتهى الحجز

hours-count = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
task-when-any-time = في أي وقت

# الوقت المتبقي، مختصرًا ("47 س 12 د") وبكلمات كاملة لقارئات الشاشة.
claim-duration-s = { $count } ث
claim-duration-min = { $count } د
claim-duration-h = { $count } س
claim-duration-d = { $count } يوم
claim-duration-seconds = { $count ->
    [zero] { $count } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $count } ثوانٍ
    [many] { $count } ثانية
   *[other] { $count } ثانية
}
claim-duration-minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
claim-duration-hours = { $count ->
    [zero] { $count } ساعة
    [one] ساعة واحدة
    [two] ساعتين
    [few] { $count } ساعات
    [many] { $count } ساعة
   *[other] { $count } ساعة
}
claim-duration-days = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
claim-duration-pair = { $first } و{ $second }
# عن المكان: "ينتهي مكانك بعد 47 س 12 د".
claim-countdown-expires-in = ينتهي بعد { $duration }
claim-countdown-expired = انتهى

hours-error-enter = اكتب عدد الساعات التي عملتها، مثل 1.5.
hours-error-range = اكتب عددًا من الساعات بين { $min } و{ $max }.
hours-error-quarters = استخدم أرباع الساعة، مثل 1 أو 1.25 أو 1.5 أو 1.75.

claim-error-conflict = لا يمكنك التسجيل في هذه المهمة الآن: ربما اكتمل العدد أو لم تعد المهمة مفتوحة، أو ربما لك مكان فيها من قبل، أو ربما وصلت إلى أكبر عدد مسموح به من الأماكن في وقت واحد ({ $max }).
claim-error-not-member = التسجيل في المهام متاح فقط للأعضاء النشطين في هذا الحي.

# مخطط الساعات: "أسبوع 23 نوفمبر 2026".
hours-week-of = أسبوع { $date }

# أحداث مباشرة. قيمة $named هي "yes" عندما يكون عنوان المهمة ($title) معروفًا. $filled فارغ أو
# هو نص task-event-filled.
task-event-filled = {" "}(الأماكن المشغولة: { $claimed } من { $slots })
task-event-proposed = اقترح أحدهم مهمة.
task-event-created = نُشرت مهمة جديدة.
task-event-updated = { $named ->
    [yes] تم تعديل المهمة "{ $title }".
   *[no] تم تعديل إحدى المهام.
}
task-event-approved = { $named ->
    [yes] تمت الموافقة على المهمة "{ $title }" وهي تحتاج إلى أشخاص.
   *[no] تمت الموافقة على إحدى المهام وهي تحتاج إلى أشخاص.
}
task-event-claimed = { $named ->
    [yes] سجّل أحدهم في المهمة "{ $title }"{ $filled }.
   *[no] سجّل أحدهم في إحدى المهام{ $filled }.
}
task-event-released = { $named ->
    [yes] أصبح مكان في المهمة "{ $title }" متاحًا{ $filled }.
   *[no] أصبح مكان في إحدى المهام متاحًا{ $filled }.
}
task-event-claim-extended = { $named ->
    [yes] مدّد متطوع حجز مكانه في المهمة "{ $title }".
   *[no] مدّد متطوع حجز مكانه في إحدى المهام.
}
task-event-lease-expired = { $named ->
    [yes] انتهى حجز في المهمة "{ $title }" وأصبح المكان متاحًا{ $filled }.
   *[no] انتهى حجز في إحدى المهام وأصبح المكان متاحًا{ $filled }.
}
task-event-checked-in = { $named ->
    [yes] سجّل متطوع حضوره في المهمة "{ $title }".
   *[no] سجّل متطوع حضوره في إحدى المهام.
}
task-event-done = { $named ->
    [yes] تم وضع علامة "منجز" على العمل في المهمة "{ $title }".
   *[no] تم وضع علامة "منجز" على العمل في إحدى المهام.
}
task-event-verified = { $named ->
    [yes] تم التحقق من العمل في المهمة "{ $title }".
   *[no] تم التحقق من العمل في إحدى المهام.
}
task-event-rejected = { $named ->
    [yes] أُعيد العمل في المهمة "{ $title }" للتصحيح.
   *[no] أُعيد العمل في إحدى المهام للتصحيح.
}
task-event-cancelled = { $named ->
    [yes] أُلغيت المهمة "{ $title }".
   *[no] أُلغيت إحدى المهام.
}
task-event-changed = { $named ->
    [yes] تغيّرت المهمة "{ $title }".
   *[no] تغيّرت إحدى المهام.
}

task-error-title-short = اكتب للمهمة عنوانًا لا يقل عن { $min } أحرف.
task-error-too-long = استخدم ما لا يزيد على { $max } من الأحرف.
task-error-description-long = استخدم ما لا يزيد على { $max } من الأحرف (الآن { $length }).
task-error-slots = اكتب عدد الأشخاص المطلوبين: عددًا صحيحًا من 1 إلى { $max }.
task-error-lease-hours = اكتب عددًا صحيحًا من الساعات من 1 إلى { $max }، أو اترك الحقل فارغًا ليكون { $usual }.
task-error-date-time = اكتب تاريخًا ووقتًا.
task-error-end-missing = اكتب أيضًا متى تنتهي المهمة، أو اترك الحقلين فارغين لمهمة بلا وقت محدد.
task-error-start-missing = اكتب أيضًا متى تبدأ المهمة، أو اترك الحقلين فارغين لمهمة بلا وقت محدد.
task-error-end-before-start = يجب أن تكون النهاية بعد البداية.
task-error-skills = اذكر { $max } مهارات على الأكثر.

## TaskBits.tsx: شارة الحالة، والأماكن، والمهارات، وبطاقة المهمة، وروابط التطوع

task-slots-filled = الأماكن المشغولة: <strong>{ $claimed } من { $slots }</strong>
task-skills = المهارات
task-card-when = متى:
task-card-my-place = لك مكان فيها
task-nav-label = التطوع
task-nav-board = لوحة المهام
task-nav-verify = التحقق من العمل
task-nav-hours = ساعات العطاء

## TaskPage.tsx: مهمة واحدة، ومكانك فيها، وإدارتها، ومن يساعد

task-created-proposed = شكرًا لك. اقتراحك بانتظار موافقة منسق؛ بعدها يمكن للجيران التسجيل فيه.
task-created-open = نُشرت المهمة وهي مفتوحة: يمكن للجيران التسجيل فيها الآن.
# $status هي حالة المهمة (task-status-*).
task-created-other = تم حفظ المهمة. حالتها: { $status }.

claim-extended-until = تم تمديد حجز مكانك حتى { $time }.
claim-extended = تم تمديد حجز مكانك.
# <countdown> هو الوقت المتبقي المتغير: "ينتهي بعد 47 س 12 د" أو "انتهى".
claim-lease-open-ended = مكانك <countdown></countdown>.
claim-lease-scheduled = مكانك محجوز حتى نهاية المهمة؛ <countdown></countdown>.
claim-lease-extend-hint = مدِّد الحجز ما دمت تعمل على المهمة: سيبقى محجوزًا لمدة { $hours } من الآن.
claim-extending = جارٍ التمديد…
claim-extend = مدِّد حجز مكاني

claim-done-hours = عدد الساعات التي عملتها
claim-done-note = ملاحظة لمن سيتحقق من العمل (اختياري)
claim-done-thanks = شكرًا لك. ساعاتك ({ $hours }) بانتظار أن يتحقق منها أحد الجيران.
claim-done-hours-hint = من { $min } إلى { $max }، بأرباع الساعة: 1.5 تعني ساعة ونصفًا.
task-sending = جارٍ الإرسال…
claim-mark-done = ضع علامة "منجز"

claim-heading = مكانك
claim-sign-in = <link>سجّل الدخول</link> لتسجّل في هذه المهمة.
claim-hold-ran-out = انتهى حجزك في هذه المهمة.
claim-all-taken = كل الأماكن مشغولة. قد يصبح مكان متاحًا لاحقًا.
claim-awaiting-approval = هذه المهمة بانتظار موافقة منسق.
claim-closed = حالة هذه المهمة: { $status }. لم تعد تقبل أشخاصًا آخرين.
claim-members-only = يمكن لأعضاء حي <link>{ $name }</link> التسجيل في مهامه.
claim-free-places = { $count ->
    [zero] لا يوجد مكان متاح.
    [one] هناك مكان واحد متاح.
    [two] هناك مكانان متاحان.
    [few] هناك { $count } أماكن متاحة.
    [many] هناك { $count } مكانًا متاحًا.
   *[other] هناك { $count } مكان متاح.
}
claim-free-places-begun = { $count ->
    [zero] بدأ العمل. لا يوجد مكان متاح.
    [one] بدأ العمل. هناك مكان واحد متاح.
    [two] بدأ العمل. هناك مكانان متاحان.
    [few] بدأ العمل. هناك { $count } أماكن متاحة.
    [many] بدأ العمل. هناك { $count } مكانًا متاحًا.
   *[other] بدأ العمل. هناك { $count } مكان متاح.
}
claim-taken = لك مكان في هذه المهمة. شكرًا لك.
claim-taking = جارٍ التسجيل…
claim-take = سجّل في المهمة
claim-released = تركت مكانك. يمكن لشخص آخر أن يأخذه الآن.
claim-release = اترك مكاني
claim-have-place = لك مكان في هذه المهمة.
claim-checked-in-announce = تم تسجيل حضورك. ضع علامة "منجز" على المهمة عندما تنتهي.
claim-check-in = سجّل حضوري
claim-checked-in = <strong>تم تسجيل حضورك.</strong> عندما تنتهي، اكتب كم ساعة عملت.
claim-sent-back = أُعيد عملك للتصحيح: { $reason }
claim-marked-done = وضعت علامة "منجز" مع { $hours }. سيتحقق أحد الجيران من العمل.
claim-verified = تم التحقق من ساعاتك ({ $hours }). شكرًا لك.

task-approved = تمت الموافقة. المهمة مفتوحة للمتطوعين.
task-cancelled-announce = أُلغيت المهمة. سيُبلَّغ كل من له مكان فيها.
task-cancel-reason-missing = اكتب السبب، حتى يعرفه المتطوعون.
task-manage-heading = إدارة هذه المهمة
task-approve = وافق على الاقتراح
task-save-changes = احفظ التغييرات
task-updated = تم تعديل المهمة.
task-unchanged = لم يتغير شيء.
task-edit = عدّل المهمة
task-cancel-reason = سبب الإلغاء
task-cancel-reason-hint = سيُبلَّغ كل من له مكان في المهمة، مع هذا السبب.
task-cancel = ألغِ المهمة

claim-list-heading = من يساعد
claim-list-empty = لم يسجّل أحد بعد.
claim-a-neighbour = أحد الجيران
claim-verify-link = تحقق من العمل المنجز

task-not-found-title = المهمة غير موجودة
task-title = مهمة
task-loading = جارٍ تحميل المهمة…
task-not-found-body = هذه المهمة غير موجودة، أو تتبع حيًّا خاصًّا لست عضوًا فيه. <link>تصفّح الأحياء</link>.
task-status-in-neighbourhood = <status></status> في حي <link>{ $name }</link>
task-fully-staffed = العدد مكتمل
task-cancelled-because = ملغاة: { $reason }
task-cancelled-note = ملغاة.
task-details = التفاصيل
task-fact-when = متى
task-fact-where = أين
task-fact-status = الحالة
task-fact-skills = المهارات
task-fact-accessibility = إمكانية الوصول
task-fact-equipment = المعدات
task-fact-lease = مدة حجز المكان
task-fact-lease-value = { $hours }، ثم يُمدَّد الحجز أو يصبح المكان متاحًا
task-fact-about = بخصوص
task-fact-about-issue = المشكلة المُبلَّغ عنها
task-fact-hours = ساعات العطاء
task-fact-hours-verified = { $hours } تم التحقق منها

## TaskBoardPage.tsx: لوحة المهام وقوائمها وعوامل التصفية

task-tab-needs-people = تحتاج إلى أشخاص
task-tab-mine = مهامي
task-tab-done = المنجزة
task-tabs-label = قوائم المهام
task-board-empty-needs-people = لا توجد مهام تحتاج إلى أشخاص الآن.
task-board-empty-mine = ليس لك مكان في أي مهمة هنا.
task-board-empty-done = لا توجد مهام منجزة بعد.
task-board-no-match = لا توجد مهام تطابق عوامل التصفية هذه.
task-new = مهمة جديدة
task-propose = اقترح مهمة
task-filters-label = تصفية المهام
task-filter-skill = المهارة
task-filter-from = من
task-filter-to = إلى
task-filters-apply = طبّق التصفية
task-filters-clear = امسح التصفية
task-board-mine-sign-in = <link>سجّل الدخول</link> لترى المهام التي لك مكان فيها.
task-board-loading = جارٍ تحميل المهام…
task-board-load-more = حمّل مزيدًا من المهام
task-board-title = المهام
task-board-title-in = المهام في { $name }
task-board-lede = أشياء يمكن للجيران أن يفعلوها معًا. سجّل في مهمة تحتاج إلى أشخاص.
task-board-sign-in = <link>سجّل الدخول</link> لتسجّل في مهمة.

## NewTaskPage.tsx: نشر مهمة أو اقتراحها

task-propose-members-only = يمكن لأعضاء حي <link>{ $name }</link> اقتراح مهام. انضم إلى الحي أولًا.
task-propose-sign-in = <link>سجّل الدخول</link> لتقترح مهمة.
task-new-lede = تصبح المهمة مفتوحة للمتطوعين بمجرد أن تنشرها.
task-propose-lede = ينظر منسق في اقتراحك أولًا؛ وبعد الموافقة عليه يمكن للجيران التسجيل فيه.
task-post = انشر المهمة
task-send-proposal = أرسل الاقتراح

## TaskForm.tsx: حقول المهمة

task-field-title = العنوان
task-field-description = ما العمل المطلوب (اختياري)
task-field-issue = المشكلة المرتبطة (اختياري)
task-field-address = أين (اختياري)
task-field-starts-at = البداية (اختياري)
task-field-ends-at = النهاية (اختياري)
task-field-slots = عدد الأشخاص المطلوبين
task-field-lease-hours = كم ساعة يبقى المكان محجوزًا (اختياري)
task-field-skills = المهارات (اختياري)
task-field-accessibility = إمكانية الوصول (اختياري)
task-field-equipment = المعدات (اختياري)
task-field-times-hint = اترك الوقتين فارغين لمهمة يمكن إنجازها في أي وقت.
task-field-lease-hours-hint = للمهام التي ليس لها وقت محدد: كم يبقى مكان المتطوع محجوزًا قبل أن يحتاج إلى تمديده. { $usual } إذا تُرك فارغًا.
task-field-issue-hint = تُحسب ساعات العطاء في هذه المهمة عندها لتلك المشكلة.
task-field-issue-none = لا شيء
task-field-issue-current = المشكلة المرتبطة الآن
task-field-skills-hint = افصل بينها بفواصل، مثل: البستنة، القيادة. { $max } على الأكثر.
task-field-accessibility-hint = مدخل بلا درج، أماكن للجلوس، وقت هادئ: ما يساعد الناس على المشاركة.
task-field-equipment-hint = ما الذي سيتوفر، وما الذي يجب إحضاره.
task-saving = جارٍ الحفظ…
task-cancel-editing = ألغِ التعديل

## VerificationQueuePage.tsx: التحقق من العمل الذي وضع عليه الجيران علامة "منجز"

verify-reason-missing = اكتب ما يحتاج إلى تصحيح، حتى يستطيعوا إصلاحه.
verify-sent-back = أُعيد العمل إلى { $name } مع السبب الذي كتبته.
verify-done-at = أُنجز <time>{ $age }</time>
verify-note = "{ $note }"
verify-reason = ما الذي يحتاج إلى تصحيح؟
verify-reason-hint = سيرى { $name } هذا النص، وسيعود العمل إليه.
verify-send-back = أعِد للتصحيح
verify-send-back-label = أعِد للتصحيح عمل { $name } في المهمة "{ $title }"
verify-keep = أبقِه
verify-keep-label = أبقِه في القائمة
verify-verified = تم التحقق من { $hours } لـ{ $name }. شكرًا لك.
verify-verify = تحقق
verify-verify-label = تحقق من عمل { $name } في المهمة "{ $title }"
verify-send-back-open = أعِد للتصحيح…
verify-send-back-open-label = أعِد للتصحيح… عمل { $name } في المهمة "{ $title }"
verify-queue-heading = بانتظار التحقق
verify-loading = جارٍ التحميل…
verify-queue-empty = لا شيء بانتظار التحقق. يظهر هنا العمل الذي وُضعت عليه علامة "منجز" ليتحقق منه أحد الجيران.
verify-lede = تُحسب الساعات عندما يؤكد جار لم يشارك في المهمة أن العمل قد أُنجز. يمكن للمنسقين التحقق من أي مهمة.
verify-sign-in = <link>سجّل الدخول</link> لتتحقق من العمل.
verify-members-only = يتحقق أعضاء حي <link>{ $name }</link> من عمل بعضهم بعضًا.

## HoursPage.tsx وHoursChart.tsx وHoursTable.tsx: ساعات العطاء في الحي

hours-issue-unnamed = مشكلة مُبلَّغ عنها
hours-csv-heading = للمنسقين
hours-csv-body = ساعات كل متطوع، لسجلاتك ولرسائل الشكر. لا تظهر على الموقع أبدًا.
hours-csv-download = نزّل ملف CSV
hours-csv-done = تم تنزيل ملف CSV.
hours-loading = جارٍ تحميل الساعات…
hours-total-meta = ساعات التطوع التي تم التحقق منها في { $name }، مجتمعةً
hours-by-task = حسب المهمة
hours-by-task-empty = لا توجد مهمة لها ساعات تم التحقق منها بعد.
hours-task = المهمة
hours-by-issue = حسب المشكلة المُبلَّغ عنها
hours-by-issue-empty = لا توجد ساعات مرتبطة بمشكلات مُبلَّغ عنها بعد.
hours-issue = المشكلة
hours-title-in = ساعات العطاء في { $name }
hours-period-legend = اعرض الساعات حسب
hours-week = الأسبوع
hours-month = الشهر
hours-verified-hours = الساعات التي تم التحقق منها

hours-chart-empty-short = لا توجد ساعات تم التحقق منها بعد.
hours-chart-summary-weeks = { $total } خلال { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}.
hours-chart-summary-months = { $total } خلال { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}.
hours-chart-summary-weeks-busiest = { $total } خلال { $count ->
    [zero] { $count } أسبوع
    [one] أسبوع واحد
    [two] أسبوعين
    [few] { $count } أسابيع
    [many] { $count } أسبوعًا
   *[other] { $count } أسبوع
}؛ وأكثرها في أسبوع { $date }: { $most }.
hours-chart-summary-months-busiest = { $total } خلال { $count ->
    [zero] { $count } شهر
    [one] شهر واحد
    [two] شهرين
    [few] { $count } أشهر
    [many] { $count } شهرًا
   *[other] { $count } شهر
}؛ وأكثرها في { $date }: { $most }.
hours-chart-caption-week = الساعات التي تم التحقق منها حسب الأسبوع
hours-chart-caption-month = الساعات التي تم التحقق منها حسب الشهر
hours-chart-empty = لا توجد ساعات تم التحقق منها بعد: ستظهر هنا بعد التحقق من العمل.
hours-chart-tick = { $hours } س
hours-chart-as-table = الأرقام نفسها في جدول

## CalendarPanel.tsx: رابط خاص للتقويم بالمهام التي لك مكان فيها

calendar-turned-off = تم إيقاف رابط التقويم. التقويمات التي استخدمته لن تتحدث بعد الآن.
calendar-renewed = رابط تقويم جديد جاهز. الرابط القديم لم يعد يعمل: حدّثه في تطبيق التقويم.
calendar-ready = رابط تقويمك جاهز. أضفه إلى تطبيق التقويم كاشتراك.
calendar-copied = تم نسخ الرابط.
calendar-selected = تم تحديد الرابط: انسخه بلوحة المفاتيح أو من القائمة.
calendar-heading = تقويمي
calendar-intro = شاهد المهام التي لك مكان فيها في تقويمك الخاص. الرابط خاص: كل من لديه الرابط يستطيع رؤية تلك المهام.
calendar-link = رابط تقويمك
calendar-copy = انسخ
calendar-copy-label = انسخ رابط التقويم
calendar-new-link = رابط جديد
calendar-turn-off = أوقف
calendar-working = جارٍ العمل…
calendar-get = احصل على رابط تقويمي
calendar-turn-off-earlier = أوقف أي رابط سابق
