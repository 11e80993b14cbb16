# الإشعارات: السطر في البريد الإلكتروني (وعنوان الرسالة الفورية) وما يعنيه.
notice-issue-status-changed =
    المشكلة «{ $title }» الآن { $status ->
        [open] مفتوحة
        [acknowledged] مستلمة
        [in_progress] قيد العمل
        [resolved] محلولة
        [declined] مرفوضة
        [duplicate] مكررة
       *[other] { $status }
    }: { $note }
notice-issue-status-changed-untitled =
    مشكلة تؤيدها الآن { $status ->
        [open] مفتوحة
        [acknowledged] مستلمة
        [in_progress] قيد العمل
        [resolved] محلولة
        [declined] مرفوضة
        [duplicate] مكررة
       *[other] { $status }
    }: { $note }
notice-assisted-issue-status-changed =
    المشكلة «{ $title }» التي أبلغت عنها نيابةً عن { $named ->
        [yes] { $neighbours }
       *[no] جار
    } الآن { $status ->
        [open] مفتوحة
        [acknowledged] مستلمة
        [in_progress] قيد العمل
        [resolved] محلولة
        [declined] مرفوضة
        [duplicate] مكررة
       *[other] { $status }
    }: { $note }
notice-issue-merged = دُمجت مشكلة تؤيدها في مشكلة أخرى
notice-issue-merged-at = دُمجت مشكلة تؤيدها ({ $place }) في مشكلة أخرى
notice-issue-reopened = أُعيد فتح مشكلة: { $note }
notice-issue-reopened-at = أُعيد فتح مشكلة ({ $place }): { $note }
notice-invitation-received = أنت مدعو للانضمام؛ اقبل الدعوة أو ارفضها
notice-membership-added = أُضفت عضوًا
notice-membership-approved = تمت الموافقة على طلب انضمامك
notice-membership-rejected = رُفض طلب انضمامك
notice-role-changed =
    دورك الآن { $role ->
        [member] عضو
        [coordinator] منسق
       *[other] { $role }
    }
notice-suspended = عُلّقت عضويتك
notice-reinstated = أُعيدت عضويتك
notice-removed = أُزلت من الحي
notice-task-lease-expiring = تسجيلك في «{ $task }» ينتهي قريبًا؛ أكّد حضورك
notice-task-lease-expired = انتهى تسجيلك في «{ $task }»
notice-task-cancelled = أُلغيت مهمة «{ $task }»: { $reason }
notice-task-work-verified = تم تأكيد عملك في «{ $task }»
notice-task-work-rejected = لم يتم تأكيد عملك في «{ $task }»
notice-mentioned = ذكرك { $by } في نقاش
notice-reply = ردّ { $by } على مشاركتك
notice-post-hidden-automatically = أُخفيت مشاركتك بعد أن أبلغ عنها أعضاء؛ سيراجعها منسق
notice-post-hidden = أخفى منسق مشاركتك: { $reason }
notice-post-restored-why = مشاركتك ظاهرة مرة أخرى: { $reason }
notice-post-restored = مشاركتك ظاهرة مرة أخرى
notice-post-flagged = أُبلغ عن مشاركة للمراجعة: { $reason }
notice-in-place = { $line } ({ $place })

notice-detail-issue-status-changed = صفحة المشكلة تعرض تاريخها كاملًا.
notice-detail-assisted-issue-status-changed = ليس لديه حساب، فسيعرف الخبر منك: أرجو أن تنقل إليه هذا التحديث.
notice-detail-issue-merged = تأييدك يُحسب الآن للمشكلة التي دُمجت فيها.
notice-detail-issue-reopened = تحتاج إلى النظر فيها مرة أخرى.
notice-detail-invitation-received = افتح دعواتك لتقبل أو ترفض.
notice-detail-membership-added = يمكنك الآن المشاركة في الحي.
notice-detail-membership-rejected = يمكنك أن تسأل المنسق عن السبب.
notice-detail-role-changed = تغيّر ما يمكنك فعله هناك.
notice-detail-suspended = يمكنك القراءة، لكن لا يمكنك المشاركة حتى ينتهي التعليق.
notice-detail-reinstated = يمكنك المشاركة مرة أخرى.
notice-detail-removed = لم تعد تشارك في الحي.
notice-detail-task-lease-expiring = أكّد حضورك أو مدّد تسجيلك، وإلا عاد المكان إلى الآخرين.
notice-detail-task-lease-expired = المكان متاح مرة أخرى لشخص آخر.
notice-detail-task-cancelled = انتهى تسجيلك فيها.
notice-detail-task-work-verified = ساعاتك تُحسب من ساعات العطاء في الحي.
notice-detail-task-work-rejected = اطّلع على ما ينقص، ثم أبلغ عن الإنجاز مرة أخرى.
notice-detail-mentioned = افتح النقاش لتقرأ المشاركة.
notice-detail-reply = افتح النقاش لتقرأ الرد.
notice-detail-post-hidden = أنت والمنسقون فقط يمكنكم قراءتها الآن.
notice-detail-post-restored = يمكن للجميع قراءتها مرة أخرى.
notice-detail-post-flagged = افتح قائمة المراجعة لتبقيها أو تخفيها؛ يصلك إشعار واحد لكل مشاركة.

mail-digest-subject =
    { $count ->
        [zero] Commonground: لا إشعارات جديدة
        [one] Commonground: إشعار جديد واحد
        [two] Commonground: إشعاران جديدان
        [few] Commonground: { $count } إشعارات جديدة
        [many] Commonground: { $count } إشعارًا جديدًا
       *[other] Commonground: { $count } إشعار جديد
    }
mail-greeting = مرحبًا { $name }،
mail-inbox = صندوق إشعاراتك
mail-change-preferences = غيّر ما يصلك

# رسائل البريد عن الحسابات والدعوات.
mail-hello = مرحبًا،
mail-invitation-subject = أنت مدعو للانضمام إلى { $neighbourhood } في Commonground
mail-invitation-body = دعا منسق في { $neighbourhood } هذا العنوان للانضمام إلى الحي في Commonground.
mail-invitation-next = لن يحدث شيء إلا إذا قبلت. سجّل الدخول (أو أنشئ حسابًا بهذا العنوان) لتقبل أو ترفض؛ تنتهي الدعوة بعد 14 يومًا. إن لم تكن تتوقعها فتجاهل هذه الرسالة.
mail-invitation-link = اعرض دعواتك
mail-registration-attempt-subject = حاول أحدهم إنشاء حساب في Commonground بعنوانك
mail-registration-attempt-body = حاول أحدهم إنشاء حساب جديد في Commonground بهذا البريد الإلكتروني، وله حساب من قبل. لم يُنشأ أي حساب جديد.
mail-registration-attempt-next = إن كنت أنت، فسجّل الدخول بحسابك الحالي. وإن لم تكن أنت، فلا تفعل شيئًا: حسابك لم يتغيّر.
mail-registration-attempt-link = تسجيل الدخول
