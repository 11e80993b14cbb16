# رسائل البريد إلى من يتابع مشكلة بالبريد دون حساب (domain::follow).
follow-hello = مرحبًا،
follow-confirm-subject = أكّد أنك تريد متابعة: { $title }
follow-confirm-asked = طلب أحدٌ (ربما أنت) رسائل بريد عندما تتغيّر هذه المشكلة على Commonground: { $title }.
follow-confirm-how = لتصلك الرسائل، افتح الرابط في الأسفل واضغط «تأكيد». إن لم تكن أنت، فلا تفعل شيئًا: لن نرسل شيئًا آخر دون تأكيدك.
follow-confirm-link = تأكيد
follow-update-subject = { $title }: الآن { $status }
follow-update-now = المشكلة التي تتابعها الآن: { $status }.
follow-update-note = ملاحظة من المجلس: { $note }
follow-merged = ضُمّت هذه المشكلة إلى مشكلة أخرى عن الأمر نفسه. من الآن تصلك رسائل عن تلك المشكلة.
follow-reopened = يقول أحد الجيران إن المشكلة ما زالت موجودة، فهي مفتوحة من جديد.
follow-see-issue = عرض المشكلة
follow-unsubscribe = تصلك هذه الرسالة لأنك تتابع هذه المشكلة. لإيقافها، ألغِ الاشتراك:
follow-unsubscribe-link = إلغاء الاشتراك
follow-status =
    { $status ->
        [open] مفتوحة
        [acknowledged] اطّلع عليها المجلس
        [in_progress] قيد العمل
        [resolved] تم إصلاحها
        [declined] مرفوضة
       *[duplicate] ضُمّت إلى مشكلة أخرى
    }
follow-digest-subject =
    { $count ->
        [zero] { $title }: لا تغييرات اليوم
        [one] { $title }: تغيير واحد اليوم
        [two] { $title }: تغييران اليوم
        [few] { $title }: { $count } تغييرات اليوم
        [many] { $title }: { $count } تغييرًا اليوم
       *[other] { $title }: { $count } تغيير اليوم
    }
follow-digest-intro = هذا ما تغيّر في المشكلة التي تتابعها، من الأقدم إلى الأحدث.
follow-digest-how-often = طلبتَ رسالة واحدة في اليوم على الأكثر. في الصفحة في الأسفل يمكنك أن تطلب رسالة عند كل تغيير بدلًا من ذلك، أو أن توقفها.
