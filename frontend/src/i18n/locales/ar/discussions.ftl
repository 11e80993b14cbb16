# النقاشات: النقاشات والمشاركات والإشراف عليها.

## logic.ts: التحقق والأعداد

post-error-empty = اكتب شيئًا أولًا.
post-error-too-long = لا تتجاوز { $max } حرف.
thread-error-title-length = اكتب للنقاش عنوانًا طوله من { $min } إلى { $max } حرفًا.
moderation-error-reason-empty = قل السبب، حتى يستطيع المنسقون أن يقرروا.
moderation-error-reason-too-long = لا يتجاوز السبب { $max } حرف.
post-new-count =
    { $count ->
        [zero] لا توجد مشاركات جديدة
        [one] مشاركة جديدة واحدة
        [two] مشاركتان جديدتان
        [few] { $count } مشاركات جديدة
        [many] { $count } مشاركة جديدة
       *[other] { $count } مشاركة جديدة
    }
post-unread-count =
    { $count ->
        [zero] لا توجد مشاركات غير مقروءة
        [one] مشاركة واحدة غير مقروءة
        [two] مشاركتان غير مقروءتين
        [few] { $count } مشاركات غير مقروءة
        [many] { $count } مشاركة غير مقروءة
       *[other] { $count } مشاركة غير مقروءة
    }

## logic.ts: سجل الإشراف، سطر لكل إجراء

moderation-log-a-coordinator = منسق
moderation-log-post-hidden =
    { $hasUser ->
        [yes] { $actor } أخفى مشاركة كتبها { $user }
       *[no] { $actor } أخفى مشاركة
    }
moderation-log-post-auto-hidden =
    { $hasUser ->
        [yes] أُخفيت مشاركة تلقائيًا بعد البلاغات عنها (كتبها { $user })
       *[no] أُخفيت مشاركة تلقائيًا بعد البلاغات عنها
    }
moderation-log-post-restored =
    { $hasUser ->
        [yes] { $actor } أعاد مشاركة كتبها { $user }
       *[no] { $actor } أعاد مشاركة
    }
moderation-log-flags-dismissed =
    { $hasUser ->
        [yes] { $actor } رفض البلاغات عن مشاركة كتبها { $user }
       *[no] { $actor } رفض البلاغات عن مشاركة
    }
moderation-log-post-deleted =
    { $hasUser ->
        [yes] { $actor } حذف مشاركة كتبها { $user }
       *[no] { $actor } حذف مشاركة
    }
moderation-log-thread-locked = { $actor } أغلق نقاشًا
moderation-log-thread-unlocked = { $actor } فتح نقاشًا من جديد
moderation-log-thread-pinned = { $actor } ثبّت نقاشًا
moderation-log-thread-unpinned = { $actor } ألغى تثبيت نقاش
moderation-log-member-suspended =
    { $hasUser ->
        [yes] { $actor } أوقف عضوية { $user }
       *[no] { $actor } أوقف عضوًا
    }
moderation-log-member-reinstated =
    { $hasUser ->
        [yes] { $actor } أعاد عضوية { $user }
       *[no] { $actor } أعاد عضوًا
    }
moderation-log-neighbour-details-erased =
    { $hasUser ->
        [yes] { $actor } حذف بيانات جار أبلغ { $user } نيابةً عنه
       *[no] { $actor } حذف بيانات جار أبلغ عضو نيابةً عنه
    }
moderation-log-member-removed =
    { $hasUser ->
        [yes] { $actor } أزال { $user }
       *[no] { $actor } أزال عضوًا
    }
# إجراء لا تعرفه هذه النسخة: اسمه كما يرسله الخادم.
moderation-log-other = { $actor }: { $action }

## DiscussionPanel: نقاش مشكلة أو مهمة

thread-discussion-heading = النقاش
thread-start-issue-discussion = ابدأ النقاش حول هذه المشكلة
thread-start-task-discussion = ابدأ النقاش حول هذه المهمة
thread-discussion-none = لا يوجد نقاش بعد. يستطيع أعضاء الحي أن يبدؤوه.

## ThreadsPage: نقاشات الحي

thread-subject-issue = نقاش حول مشكلة
thread-subject-task = نقاش حول مهمة
thread-pinned = مثبّت
thread-locked = مغلق
thread-post-count =
    { $count ->
        [zero] لا مشاركات
        [one] مشاركة واحدة
        [two] مشاركتان
        [few] { $count } مشاركات
        [many] { $count } مشاركة
       *[other] { $count } مشاركة
    }
thread-last-activity = آخر نشاط <time>{ $age }</time>
thread-started-by = بدأه { $name }
thread-list-title = النقاشات
thread-list-title-in = النقاشات · { $name }
thread-back-to = العودة إلى { $name }
moderation-link = الإشراف
thread-list-heading = النقاشات
thread-list-loading = جارٍ تحميل النقاشات…
thread-list-empty = لا توجد نقاشات بعد. ابدأ أول نقاش.
thread-list-more = نقاشات أخرى
thread-new-heading = ابدأ نقاشًا
thread-new-sign-in = <link>سجّل الدخول</link> لتبدأ نقاشًا.
thread-new-members-only = يستطيع أعضاء الحي غير الموقوفين أن يبدؤوا نقاشات.
thread-new-title-label = العنوان
thread-new-first-post = المشاركة الأولى
thread-new-submit = ابدأ النقاش

## ThreadPage: نقاش واحد، وإغلاقه وتثبيته

moderation-thread-heading = أشرف على هذا النقاش
moderation-thread-reason = السبب (يُحفظ في سجل الإشراف؛ مطلوب للإغلاق)
moderation-thread-lock = أغلق
moderation-thread-unlock = افتح
moderation-thread-pin = ثبّت
moderation-thread-unpin = ألغِ التثبيت
moderation-thread-locked = أُغلق النقاش.
moderation-thread-unlocked = فُتح النقاش من جديد.
moderation-thread-pinned = ثُبّت النقاش.
moderation-thread-unpinned = أُلغي تثبيت النقاش.
thread-not-found-title = لم نجد النقاش
thread-title = نقاش
thread-loading-title = جارٍ تحميل النقاش…
thread-not-found = هذا النقاش غير موجود، أو لا يحق لك أن تراه.
thread-all-threads = كل النقاشات
thread-the-issue = المشكلة
thread-the-task = المهمة

## Composer: كتابة مشاركة

post-composer-hint = الروابط التي تلصقها تعمل. اكتب @ ثم اسمًا لتذكر أحد الجيران؛ «معاينة» تريك كيف ستبدو.
post-composer-error-prefix = خطأ:{" "}
post-composer-mention-list = جيران يمكنك ذكرهم
post-composer-preview-label = معاينة
post-composer-preview = معاينة
post-composer-keep-writing = تابع الكتابة
post-cancel = إلغاء
post-submit = انشر

## PostItem: مشاركة واحدة

post-former-member = عضو سابق
post-deleted = #{ $seq } · حُذفت هذه المشاركة.
post-replying-to = ردًا على { $name }
post-edited = معدّلة
post-flag-count =
    { $count ->
        [zero] لا بلاغات
        [one] بلاغ واحد
        [two] بلاغان
        [few] { $count } بلاغات
        [many] { $count } بلاغًا
       *[other] { $count } بلاغ
    }
post-hidden-under-review = هذه المشاركة مخفية حتى يراجعها المنسقون.
post-hidden-from-others = مخفية عن الآخرين: { $reason }
post-hidden-awaiting-review = مخفية عن الآخرين: بانتظار المراجعة
post-edit-label = عدّل مشاركتك
post-save = احفظ
post-reactions = التفاعلات
post-reaction-hidden = تفاعل مع مشاركة { $author }
post-reply = ردّ
post-reply-hidden = على { $author }
post-reply-label = ردّ على { $author }
post-edit = عدّل
post-edit-hidden = مشاركتك
post-delete = احذف
post-delete-confirm = أتحذف هذه المشاركة؟ سيُمحى نصها نهائيًا.
post-by-hidden = مشاركة { $author }
post-on-hidden = عن مشاركة { $author }
post-flag = أبلغ
post-flagged-by-you = أبلغت عن هذه المشاركة.
post-flag-reason = لماذا يجب أن ينظر المنسقون في هذا؟
moderation-hide = أخفِ
moderation-hide-reason = لماذا تخفيها؟ (سيُخبَر كاتبها)
moderation-restore = أعِدها
moderation-dismiss-flags = ارفض البلاغات
post-earlier-versions = النسخ السابقة
post-earlier-versions-count = النسخ السابقة ({ $count })
post-written = كُتبت <time>{ $age }</time>

## ThreadPosts: مشاركات النقاش

post-list-label = المشاركات
post-list-loading = جارٍ تحميل المشاركات…
post-list-more = اعرض مشاركات أخرى
post-add-label = أضف مشاركة
post-thread-locked = هذا النقاش مغلق: لا مشاركات جديدة.
post-members-only = يستطيع أعضاء الحي غير الموقوفين أن يشاركوا هنا.
post-sign-in-to-post = سجّل الدخول بصفتك عضوًا لتشارك هنا.

## ModerationPage: قائمة المنسقين وسجلهم

moderation-post-by = مشاركة كتبها { $author }
moderation-post-hidden = مخفية
moderation-post-visible = ظاهرة
moderation-flags = البلاغات
moderation-a-member = عضو
moderation-flag-line = { $name }: «{ $reason }»
moderation-decision-reason = سبب قرارك (سيُخبَر كاتب المشاركة)
moderation-keep-hidden = أبقِها مخفية
moderation-hidden-done = أُخفيت مشاركة { $author }.
moderation-restored-done = أُعيدت مشاركة { $author }.
moderation-dismissed-done = رُفضت البلاغات.
moderation-title = الإشراف
moderation-title-in = الإشراف · { $name }
moderation-queue-heading = بانتظار قرار
moderation-loading = جارٍ التحميل…
moderation-queue-empty = لا شيء ينتظر. شكرًا لك.
moderation-queue-more = المزيد
moderation-log-heading = سجل الإشراف
moderation-log-line = <time>{ $age }</time>: { $what }
moderation-log-line-reason = <time>{ $age }</time>: { $what } — «{ $reason }»
moderation-log-older = إدخالات أقدم
