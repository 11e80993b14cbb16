# Neighbourhoods: the directory, a neighbourhood's page, its members, starting one, and the printed leaflet.
# Terms: see docs/glossary.md (neighbourhood, member, coordinator, issue, task, hours given, place).

## Shared by the directory card and the neighbourhood page

nbh-member-count = { $count ->
    [zero] لا أعضاء
    [one] عضو واحد
    [two] عضوان
    [few] { $count } أعضاء
    [many] { $count } عضوًا
   *[other] { $count } عضو
}
nbh-open-to-join = الانضمام مفتوح
nbh-join-by-request = الانضمام بطلب
nbh-finding-you = جارٍ تحديد موقعك…
nbh-latitude = خط العرض
nbh-longitude = خط الطول

## NeighbourhoodCard

# $place: the street or place the neighbourhood was found by.
nbh-card-covers = يشمل { $place }
nbh-card-request-pending = الطلب قيد الانتظار
nbh-card-you-are-member = أنت عضو

## Directory

nbh-directory-title = الأحياء
nbh-directory-intro = ابحث عن حيّك، أو <start>أنشئ حيًا</start> إن لم يكن موجودًا بعد.
nbh-search-label = الأحياء
nbh-search-q = الاسم أو الشارع أو الرمز البريدي
nbh-search-q-hint = اسم حي، أو شارع أو رمز بريدي أو مكان فيه: اختر من القائمة، أو اضغط «ابحث».
nbh-search-no-place = لا يوجد شارع أو رمز بريدي أو مكان يطابق «{ $q }». البحث يشمل الأسماء أيضًا.
nbh-near-legend = بالقرب من مكان (اختياري)
nbh-near-hint = رتّب حسب المسافة من موقعك أو من إحداثيات تكتبها.
nbh-near-me = بالقرب مني
nbh-search = ابحث
nbh-search-latitude-range = أدخل خط عرض بين -90 و90.
nbh-search-longitude-range = أدخل خط طول بين -180 و180.
nbh-results-heading = النتائج
nbh-results-loading = جارٍ تحميل الأحياء…
nbh-results-none = لا توجد أحياء بعد.
nbh-results-none-match = لا توجد أحياء تطابق «{ $q }».
nbh-results = { $count ->
    [zero] لا تُعرض أي أحياء.
    [one] يُعرض حي واحد.
    [two] يُعرض حيّان.
    [few] تُعرض { $count } أحياء.
    [many] يُعرض { $count } حيًا.
   *[other] يُعرض { $count } حي.
}
nbh-results-nearest = { $count ->
    [zero] لا تُعرض أي أحياء.
    [one] يُعرض حي واحد، الأقرب أولًا.
    [two] يُعرض حيّان، الأقرب أولًا.
    [few] تُعرض { $count } أحياء، الأقرب أولًا.
    [many] يُعرض { $count } حيًا، الأقرب أولًا.
   *[other] يُعرض { $count } حي، الأقرب أولًا.
}
nbh-results-matching = { $count ->
    [zero] لا تُعرض أي أحياء للبحث عن «{ $q }».
    [one] يُعرض حي واحد للبحث عن «{ $q }».
    [two] يُعرض حيّان للبحث عن «{ $q }».
    [few] تُعرض { $count } أحياء للبحث عن «{ $q }».
    [many] يُعرض { $count } حيًا للبحث عن «{ $q }».
   *[other] يُعرض { $count } حي للبحث عن «{ $q }».
}
nbh-results-matching-nearest = { $count ->
    [zero] لا تُعرض أي أحياء للبحث عن «{ $q }».
    [one] يُعرض حي واحد للبحث عن «{ $q }»، الأقرب أولًا.
    [two] يُعرض حيّان للبحث عن «{ $q }»، الأقرب أولًا.
    [few] تُعرض { $count } أحياء للبحث عن «{ $q }»، الأقرب أولًا.
    [many] يُعرض { $count } حيًا للبحث عن «{ $q }»، الأقرب أولًا.
   *[other] يُعرض { $count } حي للبحث عن «{ $q }»، الأقرب أولًا.
}
# Said after the sentence above when more can be loaded.
nbh-results-more = وهناك المزيد.
nbh-places-heading = حسب الشارع أو الرمز البريدي أو المكان
nbh-places-loading = جارٍ البحث عن الأماكن…
nbh-places-no-match = لا يوجد شارع أو رمز بريدي أو مكان يطابق «{ $q }».
nbh-places-none-cover = وجدنا أماكن تطابق «{ $q }»، لكن لا يوجد حي يشملها بعد.
nbh-places-covered = { $count ->
    [zero] لا توجد أحياء تشمل أماكن تطابق «{ $q }».
    [one] حي واحد يشمل أماكن تطابق «{ $q }».
    [two] حيّان يشملان أماكن تطابق «{ $q }».
    [few] { $count } أحياء تشمل أماكن تطابق «{ $q }».
    [many] { $count } حيًا تشمل أماكن تطابق «{ $q }».
   *[other] { $count } حي تشمل أماكن تطابق «{ $q }».
}
# $sources: the map data's credits, as the place search gives them.
nbh-places-attribution = الأماكن: { $sources }

## CreateNeighbourhood

nbh-create-title = أنشئ حيًا
nbh-create-intro = ستكون أول منسق فيه: تستطيع قبول الأعضاء ومشاركة هذا الدور مع غيرك.
nbh-checking-session = جارٍ التحقق من تسجيل دخولك…
nbh-create-sign-in = <signin>سجّل الدخول</signin> أو <signup>أنشئ حسابًا</signup> لتنشئ حيًا.
nbh-create-name = الاسم
nbh-create-name-hint = من { $min } إلى { $max } حرفًا.
nbh-create-description = الوصف (اختياري)
nbh-create-description-hint = ما هذا المكان، وماذا يريد الجيران أن يفعلوا معًا؟
nbh-create-visibility = من يستطيع رؤيته
nbh-create-public-hint = يستطيع أي شخص أن يجده ويرى ما يحدث فيه.
nbh-create-private-hint = الأعضاء وحدهم يستطيعون أن يجدوه أو يروا ما بداخله.
nbh-create-join-policy = كيف ينضم الناس
nbh-create-open = مفتوح
nbh-create-open-hint = يستطيع أي شخص الانضمام فورًا.
nbh-create-approval = بموافقة
nbh-create-where = أين يقع
nbh-create-where-hint = مركز المنطقة كما تعطيه الخريطة (مثل 51.4545, -2.5879)، وإلى أي مدى تمتد.
nbh-create-lat = خط عرض المركز
nbh-create-lon = خط طول المركز
nbh-use-my-location = استخدم موقعي
nbh-create-radius = نصف القطر بالأمتار
nbh-create-radius-hint = من { NUMBER($min, useGrouping: 0) } إلى { NUMBER($max, useGrouping: 0) }.
nbh-creating = جارٍ الإنشاء…
nbh-create-submit = أنشئ الحي

## viewed (a neighbourhood that is not there)

nbh-not-found-title = الحي غير موجود
nbh-not-found = هذا الحي غير موجود، أو هو خاص ولست عضوًا فيه.
nbh-not-found-browse = هذا الحي غير موجود، أو هو خاص ولست عضوًا فيه. <browse>تصفّح الأحياء</browse>.

## NeighbourhoodPage

nbh-page-title = الحي
nbh-page-loading = جارٍ تحميل الحي…
nbh-online-count = { $count ->
    [zero] لا جيران متصلون الآن
    [one] جار واحد متصل الآن
    [two] جاران متصلان الآن
    [few] { $count } جيران متصلون الآن
    [many] { $count } جارًا متصلًا الآن
   *[other] { $count } جار متصل الآن
}
nbh-about-heading = عن الحي
nbh-no-description = لا يوجد وصف بعد.
nbh-fact-members = الأعضاء
nbh-fact-visibility = الظهور
nbh-fact-joining = الانضمام
nbh-fact-area = المنطقة
nbh-fact-started = تاريخ الإنشاء
# $center: the centre's coordinates, "51.45450, -2.58790".
nbh-area-radius = { $count ->
    [zero] { $count } متر حول { $center }
    [one] متر واحد حول { $center }
    [two] متران حول { $center }
    [few] { $count } أمتار حول { $center }
    [many] { $count } مترًا حول { $center }
   *[other] { $count } متر حول { $center }
}
nbh-area-boundary = حدود مركزها { $center }
nbh-orgs-heading = الجهات العامة التي تعمل هنا
nbh-orgs-none = لا توجد جهة عامة تخدم هذا الحي على Commonground بعد.
nbh-activity-heading = آخر النشاطات
nbh-activity-empty = تظهر التغييرات هنا فور حدوثها.
nbh-leaflet-heading = الوصول إلى مزيد من الجيران
nbh-leaflet-invite = <print>اطبع نشرة</print> فيها رمز QR لهذه الصفحة، لصناديق البريد ولوحات الإعلانات.
nbh-discussions-heading = النقاشات
nbh-threads-link = النقاشات: تحدّث مع جيرانك
nbh-moderation-link = قائمة الإشراف وسجله
nbh-volunteering-heading = التطوع
nbh-tasks-link = لوحة المهام: أعمال تحتاج إلى أشخاص
nbh-hours-link = ساعات العطاء

## The live activity feed (describe.ts). $who: a person's name; the -you messages are about the reader.

nbh-feed-someone = شخص ما
nbh-feed-joined = انضم { $who } إلى الحي
nbh-feed-joined-you = انضممت إلى الحي
nbh-feed-requested = طلب { $who } الانضمام
nbh-feed-requested-you = طلبت الانضمام
nbh-feed-approved = أصبح { $who } عضوًا
nbh-feed-approved-you = أصبحت عضوًا
nbh-feed-left = غادر { $who } الحي
nbh-feed-left-you = غادرت الحي
nbh-feed-removed = أُزيل { $who } من الحي
nbh-feed-removed-you = أُزلت من الحي
nbh-feed-now-coordinator = أصبح { $who } منسقًا
nbh-feed-now-coordinator-you = أصبحت منسقًا
nbh-feed-now-member = أصبح { $who } عضوًا
nbh-feed-now-member-you = أصبحت عضوًا
nbh-feed-withdrew = سحب { $who } طلب الانضمام
nbh-feed-withdrew-you = سحبت طلب الانضمام
nbh-feed-rejected = رُفض طلب { $who } للانضمام
nbh-feed-rejected-you = رُفض طلبك للانضمام
nbh-feed-suspended = عُلّقت عضوية { $who }
nbh-feed-suspended-you = عُلّقت عضويتك
nbh-feed-reinstated = أُعيدت عضوية { $who }
nbh-feed-reinstated-you = أُعيدت عضويتك
nbh-feed-invited = دُعي شخص إلى الانضمام
nbh-feed-invitation-declined = رُفضت دعوة
nbh-feed-invitation-withdrawn = سُحبت دعوة
nbh-feed-updated = تغيّرت معلومات الحي
nbh-feed-started = أُنشئ الحي
nbh-feed-issue-reported = أُبلغ عن مشكلة جديدة
nbh-feed-issue-another-report = وصل بلاغ آخر عن مشكلة
nbh-feed-issue-new-supporter = أبلغ جار آخر عن مشكلة معروفة
nbh-feed-issue-supported = جار آخر تأثر بمشكلة
nbh-feed-issue-status-changed = تغيّرت حالة مشكلة
nbh-feed-issue-open = أصبحت مشكلة مفتوحة من جديد
nbh-feed-issue-acknowledged = استُلمت مشكلة
nbh-feed-issue-in-progress = بدأ العمل على مشكلة
nbh-feed-issue-resolved = حُلّت مشكلة
nbh-feed-issue-declined = رُفضت مشكلة
nbh-feed-issue-duplicate = عُلّمت مشكلة على أنها مكررة
# A status this version does not know, shown as the server names it.
nbh-feed-issue-status-other = حالة مشكلة الآن: { $status }
# $place: where on the map, as the server words it.
nbh-feed-issue-placed = وُضعت مشكلة على الخريطة: { $place }

## MembershipPanel

member-heading = عضويتك
member-sign-in-to-join = <signin>سجّل الدخول</signin> أو <signup>أنشئ حسابًا</signup> لتنضم.
member-anyone-can-join = يستطيع أي شخص الانضمام إلى هذا الحي.
member-coordinator-approves = يوافق منسق على كل طلب انضمام.
member-join = انضم إلى الحي
member-request-to-join = اطلب الانضمام
member-request-pending = <strong>الطلب قيد الانتظار.</strong> سينظر فيه منسق قريبًا.
member-withdraw-request = اسحب الطلب
member-suspended = عضويتك معلّقة.
member-you-are-member = أنت <strong>عضو</strong> هنا.
member-you-are-coordinator = أنت <strong>منسق</strong> هنا.
member-leave = غادر الحي
# $name: the neighbourhood's name.
member-joined = انضممت إلى { $name }.
member-left = غادرت { $name }.
member-request-sent = أُرسل طلب انضمامك إلى المنسقين.
member-request-withdrawn = سُحب طلبك.

## MemberList, PendingRequests ($name: the member's name)

member-list-heading = الأعضاء
member-list-members-only = يرى قائمة الأعضاء أعضاء هذا الحي فقط.
member-list-loading = جارٍ تحميل الأعضاء…
# After the reader's own name in the list.
member-you-suffix = (أنت)
member-joined-on = عضو منذ { $date }
member-make-member = اجعله عضوًا
member-make-coordinator = اجعله منسقًا
member-remove = أزِل
member-now-member = أصبح { $name } عضوًا.
member-now-coordinator = أصبح { $name } منسقًا.
member-removed = أُزيل { $name }.
member-load-more = عرض مزيد من الأعضاء
member-pending-heading = طلبات الانضمام
member-pending-none = لا أحد ينتظر الانضمام.
member-asked-on = الطلب بتاريخ { $date }
member-approve = وافق
member-reject = ارفض
member-request-declined = رُفض طلب { $name }.
member-load-more-requests = عرض مزيد من الطلبات

## LeafletPage (the coordinators' page and the printed leaflet)

leaflet-title = النشرة
leaflet-page-title = نشرة لـ{ $name }
leaflet-coordinators-only = منسقو الحي وحدهم يطبعون نشرته.
leaflet-back = العودة إلى { $name }
leaflet-intro = اطبع هذه الصفحة لصناديق البريد ولوحات الإعلانات والمكتبة والمتجر القريب. رمز QR فيها يوصل إلى <page>{ $name }</page>.
leaflet-private-notice = { $name } حي خاص: من يمسح الرمز لا يراه إلا بعد أن يُدعى، لذلك تطلب النشرة منه أن يتواصل معكم. أضف وسيلة تواصل أدناه.
leaflet-contact-label = وسيلة التواصل المطبوعة (اختياري)
leaflet-contact-hint = اسم ورقم هاتف أو بريد إلكتروني للجيران الذين ليس لديهم إنترنت. يُطبع فقط ولا يُحفظ أبدًا.
leaflet-print = اطبع النشرة

# The printed leaflet: read by neighbours who have never used Commonground.
leaflet-kicker = مجموعة حيّك
leaflet-what-heading = ماذا نفعل معًا
leaflet-what-report = <strong>نبلّغ عن المشكلات</strong> مثل الحفر والأضواء المعطلة والنفايات المرمية. عندما يبلّغ الجيران عن الشيء نفسه، يصبح مشكلة مشتركة واحدة، ويعرف الجميع ما تفعله البلدية بشأنها.
leaflet-what-talk = <strong>نتحدث</strong> مع الجيران في نقاشات الحي.
leaflet-what-help = <strong>نساعد</strong> في أعمال صغيرة تحتاج إلى بضعة أشخاص، ونرى ساعات العطاء التي نقدمها معًا.
leaflet-join-heading = انضم إلينا
leaflet-qr-alt = رمز QR للعنوان { $address }
leaflet-qr-failed = تعذّر تحميل رمز QR. أعد تحميل الصفحة لتحاول مرة أخرى.
leaflet-qr-loading = جارٍ تحميل رمز QR…
leaflet-scan = امسح الرمز بكاميرا هاتفك، أو اكتب هذا العنوان في متصفح الإنترنت:
leaflet-join-private = هذا الحي خاص: تواصل معنا وسندعوك.
leaflet-join-open = يستطيع كل من يسكن أو يعمل في المنطقة أن ينضم: الأمر يستغرق دقيقة.
leaflet-join-approval = اطلب الانضمام، وسيرحب بك واحد منا.
leaflet-join-other = تواصل معنا وسنساعدك على الانضمام.
leaflet-how-to-report = لتبلّغ عن مشكلة، افتح صفحة الحي واختر «أبلغ عن مشكلة».
leaflet-contact-heading = لا يوجد إنترنت؟ اسألنا
leaflet-contact-offer = نستطيع أن نبلّغ عن مشكلة بدلًا منك، أو نخبرك بما يجري.
