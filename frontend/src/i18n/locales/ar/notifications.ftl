# الإشعارات: ما يقوله كل نوع، والجرس، وصندوق الإشعارات، والإعدادات.

## notices.ts: جملة واحدة لكل نوع.

notif-a-neighbour = أحد الجيران
notif-link-issue = اعرض المشكلة
notif-link-task = اعرض المهمة
notif-link-thread = افتح النقاش
notif-link-neighbourhood = اعرض الحي
notif-link-invitations = اعرض دعواتك
notif-link-moderation = افتح قائمة الإشراف
notif-issue-status-changed =
    { $titled ->
        [yes] المشكلة «{ $issueTitle }»
       *[no] مشكلة تؤيدها
    }{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    } { $status ->
        [open] أصبحت الآن مفتوحة
        [acknowledged] أصبحت الآن مستلمة
        [in_progress] أصبحت الآن قيد التنفيذ
        [resolved] أصبحت الآن محلولة
        [declined] أصبحت الآن مرفوضة
        [duplicate] أصبحت الآن مكررة
       *[other] تم تحديثها
    }.{ $hasNote ->
        [yes] {" "}تقول الجهة: «{ $note }»
       *[no] {""}
    }
notif-assisted-issue-status-changed =
    { $titled ->
        [yes] المشكلة «{ $issueTitle }»
       *[no] مشكلة أبلغت عنها نيابةً عن جار
    }{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    } { $status ->
        [open] أصبحت الآن مفتوحة
        [acknowledged] أصبحت الآن مستلمة
        [in_progress] أصبحت الآن قيد التنفيذ
        [resolved] أصبحت الآن محلولة
        [declined] أصبحت الآن مرفوضة
        [duplicate] أصبحت الآن مكررة
       *[other] تم تحديثها
    }.{ $hasNote ->
        [yes] {" "}تقول الجهة: «{ $note }»
       *[no] {""}
    } أرجو أن تنقل هذا إلى { $named ->
        [yes] { $neighbours }
       *[no] الجار الذي أبلغت نيابةً عنه
    }: ليس لديه حساب، فسيعرف الخبر منك.
notif-issue-merged =
    دُمجت مشكلة تؤيدها{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    } في بلاغ آخر عن المشكلة نفسها؛ وانتقل تأييدك معها.
notif-issue-reopened =
    يقول الجيران إن مشكلة محلولة{ $atPlace ->
        [yes] {" "}({ $place })
       *[no] {""}
    }{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    } ما زالت قائمة؛ فأصبحت مفتوحة من جديد.
notif-invitation-received =
    { $inPlace ->
        [yes] أنت مدعو للانضمام إلى حي { $where }. اقبل الدعوة أو ارفضها.
       *[no] أنت مدعو للانضمام إلى حي. اقبل الدعوة أو ارفضها.
    }
notif-membership-added =
    { $inPlace ->
        [yes] أُضفت إلى حي { $where }.
       *[no] أُضفت إلى حي.
    }
notif-membership-approved =
    { $inPlace ->
        [yes] قُبل طلبك للانضمام إلى حي { $where }. أهلًا بك!
       *[no] قُبل طلبك للانضمام إلى الحي. أهلًا بك!
    }
notif-membership-rejected =
    { $inPlace ->
        [yes] رُفض طلبك للانضمام إلى حي { $where }.
       *[no] رُفض طلبك للانضمام إلى الحي.
    }
notif-role-changed =
    { $inPlace ->
        [yes]
            { $role ->
                [coordinator] أصبحت الآن منسقًا في حي { $where }.
               *[other] أصبحت الآن عضوًا في حي { $where }.
            }
       *[no]
            { $role ->
                [coordinator] أصبحت الآن منسقًا.
               *[other] أصبحت الآن عضوًا.
            }
    }
notif-suspended =
    أُوقفت عضويتك{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    }{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-reinstated =
    { $inPlace ->
        [yes] عادت عضويتك في حي { $where } فعّالة.
       *[no] عادت عضويتك فعّالة.
    }
notif-removed =
    { $inPlace ->
        [yes] أُزلت من حي { $where }.
       *[no] أُزلت من الحي.
    }
notif-task-lease-expiring =
    مكانك في { $task ->
        [titled] مهمة «{ $title }»
        [where] مهمة في حي { $where }
       *[none] مهمة
    } { $state ->
        [in] ينتهي بعد { $left }
        [expired] انتهى
       *[soon] ينتهي قريبًا
    }. مدّده، وإلا فسيُترك لغيرك.
notif-task-lease-expired =
    انتهى وقت مكانك في { $task ->
        [titled] مهمة «{ $title }»
        [where] مهمة في حي { $where }
       *[none] مهمة
    }، فصار المكان متاحًا لغيرك.
notif-task-cancelled =
    أُلغيت { $task ->
        [titled] مهمة «{ $title }» التي سجّلت فيها
        [where] مهمة سجّلت فيها في حي { $where }
       *[none] مهمة سجّلت فيها
    }{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-task-work-verified =
    تم التحقق من ساعات العطاء التي قدمتها في { $task ->
        [titled] مهمة «{ $title }»
        [where] مهمة في حي { $where }
       *[none] مهمة
    }. شكرًا لك.
notif-task-work-rejected =
    أُعيد إليك عملك في { $task ->
        [titled] مهمة «{ $title }»
        [where] مهمة في حي { $where }
       *[none] مهمة
    }{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    } أصلحه ثم علّم المهمة منجزة من جديد.
notif-mentioned =
    { $inPlace ->
        [yes] ذكرك { $by } في حي { $where }.
       *[no] ذكرك { $by }.
    }
notif-reply =
    { $inPlace ->
        [yes] ردّ { $by } على مشاركتك في حي { $where }.
       *[no] ردّ { $by } على مشاركتك.
    }
notif-post-hidden =
    أُخفيت مشاركة لك{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    }{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-post-restored =
    { $inPlace ->
        [yes] أُعيدت مشاركة لك في حي { $where }.
       *[no] أُعيدت مشاركة لك.
    }
notif-post-flagged =
    أُبلغ عن مشاركة{ $inPlace ->
        [yes] {" "}في حي { $where }
       *[no] {""}
    } لمراجعتها{ $hasReason ->
        [yes] : { $reason }
       *[no] .
    }
notif-other-kind =
    { $inPlace ->
        [yes] { $kind } (حي { $where }).
       *[no] { $kind }.
    }
notif-kind-unnamed = إشعار

## notices.ts: ما تعرضه صفحة الإعدادات للكتم

notif-mute-kind-issue-status-changed = تغيّر حالة المشكلات التي أؤيدها
notif-mute-kind-assisted-issue-status-changed = تغيّر حالة المشكلات التي أبلغت عنها نيابةً عن جار
notif-mute-kind-issue-merged = دمج مشكلات أؤيدها في مشكلة أخرى
notif-mute-kind-issue-reopened = إعادة فتح المشكلات (للمنسقين وموظفي الجهة)
notif-mute-kind-task-lease-expiring = أماكني في المهام التي توشك أن تنتهي
notif-mute-kind-task-lease-expired = أماكني في المهام التي انتهت
notif-mute-kind-task-cancelled = إلغاء مهام سجّلت فيها
notif-mute-kind-task-work-verified = التحقق من ساعات العطاء التي قدمتها
notif-mute-kind-task-work-rejected = إعادة عملي التطوعي إليّ لإصلاحه
notif-mute-kind-mentioned = ذكري في النقاشات
notif-mute-kind-reply = الردود على مشاركاتي
notif-mute-kind-role-changed = تغيّر دوري في حي
notif-mute-kind-post-flagged = مشاركات أُبلغ عنها للمراجعة (للمنسقين)

## notices.ts: شيء مكتوم

notif-subject =
    { $kind ->
        [issue] مشكلة
        [task] مهمة
        [thread] نقاش
       *[other] { $subject }
    }

## NotificationBell و NotificationBanner

notif-bell = الإشعارات
notif-bell-unread =
    { $count ->
        [zero] الإشعارات، لا شيء غير مقروء
        [one] الإشعارات، واحد غير مقروء
        [two] الإشعارات، اثنان غير مقروءين
        [few] الإشعارات، { $count } غير مقروءة
        [many] الإشعارات، { $count } غير مقروء
       *[other] الإشعارات، { $count } غير مقروء
    }
notif-dismiss = أغلق
notif-dismiss-hidden = هذا الإشعار

## NotificationsPage: صندوق الإشعارات

notif-title = الإشعارات
notif-loading = جارٍ التحميل…
notif-sign-in = <link>سجّل الدخول</link> لترى إشعاراتك.
notif-tabs = الإشعارات
notif-tab-all = الكل
notif-tab-unread = غير المقروءة
notif-tab-settings = الإعدادات
notif-mark-all-read = علّم الكل مقروءًا
notif-list-label = إشعاراتك
notif-all-caught-up = قرأت كل شيء.
notif-none-yet = لا توجد إشعارات بعد.
notif-unread-prefix = غير مقروء:{" "}
notif-muted = مكتوم
notif-mark-read = علّمه مقروءًا
notif-about-hidden = : { $text }
notif-marked-read = عُلّم مقروءًا.
notif-nothing-unread = لم يكن هناك شيء غير مقروء.
notif-marked-all =
    { $count ->
        [zero] لم يُعلَّم أي إشعار مقروءًا.
        [one] عُلّم إشعار واحد مقروءًا.
        [two] عُلّم إشعاران مقروءين.
        [few] عُلّمت { $count } إشعارات مقروءة.
        [many] عُلّم { $count } إشعارًا مقروءًا.
       *[other] عُلّم { $count } إشعار مقروءًا.
    }
notif-mute-subject =
    { $kind ->
        [issue] اكتم هذه المشكلة
        [task] اكتم هذه المهمة
        [thread] اكتم هذا النقاش
       *[other] اكتم { $subject }
    }
notif-muted-done =
    { $kind ->
        [issue] تم الكتم. لن تزعجك هذه المشكلة بعد الآن؛ يمكنك تغيير ذلك في إعدادات الإشعارات.
        [task] تم الكتم. لن تزعجك هذه المهمة بعد الآن؛ يمكنك تغيير ذلك في إعدادات الإشعارات.
        [thread] تم الكتم. لن يزعجك هذا النقاش بعد الآن؛ يمكنك تغيير ذلك في إعدادات الإشعارات.
       *[other] تم الكتم. لن يزعجك { $subject } بعد الآن؛ يمكنك تغيير ذلك في إعدادات الإشعارات.
    }

## NotificationPreferencesPage: الإعدادات

notif-prefs-title = إعدادات الإشعارات
notif-prefs-sign-in = <link>سجّل الدخول</link> لتغيّر إعدادات إشعاراتك.
notif-prefs-back = العودة إلى إشعاراتك
notif-prefs-mute-legend = اكتم هذه الأنواع
notif-prefs-mute-hint = الإشعارات المكتومة تصل إلى صندوقك مقروءة، لكنها لا تُنبّه الجرس ولا ترسل بريدًا إلكترونيًا أبدًا.
notif-prefs-email-legend = البريد الإلكتروني
notif-prefs-email-unavailable = هذا الخادم لا يرسل بريدًا إلكترونيًا في الوقت الحالي.
notif-email-off = بدون بريد إلكتروني
notif-email-immediate = رسالة بريد إلكتروني لكل إشعار
notif-email-daily = رسالة واحدة في اليوم بما لم أقرأه
notif-save = احفظ
notif-saving = جارٍ الحفظ…
notif-saved = تم الحفظ.
notif-prefs-muted-heading = المشكلات والمهام والنقاشات المكتومة
notif-prefs-muted-none = لا شيء. يمكنك كتم شيء من إشعار في صندوقك.
notif-unmute = ألغِ الكتم
notif-unmute-hidden =
    { $kind ->
        [issue] عن المشكلة
        [task] عن المهمة
        [thread] عن النقاش
       *[other] { $subject }
    }
notif-unmuted-done =
    { $kind ->
        [issue] لم تعد المشكلة مكتومة.
        [task] لم تعد المهمة مكتومة.
        [thread] لم يعد النقاش مكتومًا.
       *[other] لم يعد { $subject } مكتومًا.
    }
