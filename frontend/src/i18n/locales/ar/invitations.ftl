# الدعوات: الرد على دعواتك، ودعوة المنسقين بالبريد الإلكتروني.

## InvitationsPage

invite-title = الدعوات
invite-yours-title = دعواتك
invite-loading = جارٍ التحميل…
invite-sign-in = <link>سجّل الدخول</link> لترى الدعوات المرسلة إلى عنوانك. جديد هنا؟ <signup>أنشئ حسابًا</signup> بالعنوان الذي وصلت إليه الدعوة.

## parts

invite-about = دعوة إلى حي { $name }
invite-load-more = حمّل دعوات أخرى

## MyInvitations: الدعوات التي تنتظر ردك

invite-heading = الدعوات
invite-joined = انضممت إلى حي { $name }.
invite-declined = رفضت الدعوة إلى حي { $name }.
invite-go-to = اذهب إلى حي { $name }
invite-list-loading = جارٍ تحميل الدعوات…
invite-none-waiting = لا توجد دعوات تنتظرك.
invite-invited-to = أنت مدعو للانضمام إلى حي { $name }
invite-until = صالحة حتى { $date }
invite-accept = اقبل
invite-decline = ارفض

## InvitationManager: للمنسقين

invite-email-label = عنوان البريد الإلكتروني
invite-sent = أُرسلت الدعوة إلى { $email }. إن قبلها، فسينضم إلى الحي.
invite-withdrawn = سُحبت الدعوة الموجهة إلى { $email }.
invite-manager-heading = ادعُ بالبريد الإلكتروني
invite-email-hint = تصله دعوة يمكنه قبولها أو رفضها؛ لا يُضاف أحد دون موافقته.
invite-sending = جارٍ الإرسال…
invite-send = أرسل الدعوة
invite-pending-heading = دعوات بانتظار الرد
invite-pending-none = لا توجد دعوات تنتظر ردًا.
invite-withdraw = اسحب الدعوة
