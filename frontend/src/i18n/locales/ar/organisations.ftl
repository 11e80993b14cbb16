# الجهات (features/organisations): الدليل، وصفحة الجهة الواحدة، والأدوات التي يستخدمها
# موظفوها هناك (الفئات ومفاتيح Open311 API). الكلمات: docs/glossary.md (جهة، موظف الجهة،
# حي، بلاغ).

## Organisations (الدليل)

org-list-title = الجهات
org-list-intro = الجهات العامة التي تعمل مع الأحياء هنا. يدير موظفوها الفئات التي يبلّغ فيها السكان، ومفاتيح API للتطبيقات التي ترسل البلاغات إليها.
org-list-loading = جارٍ تحميل الجهات…
org-list-empty = لا توجد جهات بعد.
org-list-showing = { $count ->
    [zero] لا تظهر أي جهة.
    [one] تظهر جهة واحدة.
    [two] تظهر جهتان.
    [few] تظهر { $count } جهات.
    [many] تظهر { $count } جهة.
   *[other] تظهر { $count } جهة.
}
org-list-showing-more = { $count ->
    [zero] لا تظهر أي جهة. توجد جهات أخرى.
    [one] تظهر جهة واحدة. توجد جهات أخرى.
    [two] تظهر جهتان. توجد جهات أخرى.
    [few] تظهر { $count } جهات. توجد جهات أخرى.
    [many] تظهر { $count } جهة. توجد جهات أخرى.
   *[other] تظهر { $count } جهة. توجد جهات أخرى.
}
org-serves = { $count ->
    [zero] لا تخدم أي حي
    [one] تخدم حيًّا واحدًا
    [two] تخدم حيّين
    [few] تخدم { $count } أحياء
    [many] تخدم { $count } حيًّا
   *[other] تخدم { $count } حي
}
org-loading-more = جارٍ التحميل…
org-load-more = عرض المزيد

## OrganisationPage

org-loading = جارٍ تحميل الجهة…
org-title = جهة
org-not-found-title = الجهة غير موجودة
org-not-found-body = لا توجد جهة بهذا العنوان. <link>اعرض كل الجهات</link>.
org-all = كل الجهات
org-no-description = لا يوجد وصف بعد.
org-since = في Commonground منذ { $date }
org-service-nav-label = إدارة الخدمة
org-dashboard-link = اللوحة المباشرة
org-triage-link = قائمة الفرز
org-checking-access = نتحقّق مما يمكنك إدارته هنا…
org-served-heading = الأحياء التي تخدمها
org-served-none = لا تخدم أي حي في Commonground بعد.
org-served-intro = موظفوها هم موظفو الجهة في كل حي منها.
org-manage-heading = إدارة هذه الجهة
org-manage-sign-in = يمكن لموظفيها إدارة فئاتها ومفاتيح API الخاصة بها هنا. <link>سجّل الدخول</link> إذا كنت تعمل في { $name }.
org-manage-not-staff = أنت لست من موظفي { $name }.
org-manage-only-staff = لا يستطيع رؤية موظفيها وتغيير فئاتها وإصدار مفاتيح API الخاصة بها إلا موظفوها ومسؤولو المنصة.
org-manage-ask-admin = إذا كنت تعمل هناك، فاطلب من أحد مسؤولي المنصة أن يضيفك إلى موظفيها.

## StaffList

staff-heading = الموظفون
staff-intro = يديرون فئاتها ومفاتيح API الخاصة بها، ويعملون موظفين للجهة حيث تعمل.
staff-loading = جارٍ تحميل الموظفين…
staff-empty = لا يوجد موظفون بعد.
staff-name-you = { $name } (أنت)
staff-added = أُضيف في { $date }
staff-loading-more = جارٍ التحميل…
staff-load-more = عرض المزيد من الموظفين

## CategoryManager

category-heading = الفئات
category-intro = ما يمكن للسكان أن يبلّغوا عنه إلى { $name }. تراها التطبيقات خدمات Open311، والرمز هو رمز الخدمة.
category-loading = جارٍ تحميل الفئات…
category-empty = لا توجد فئات بعد.
category-saved = حُفظت التغييرات على «{ $name }».
category-added = أُضيفت الفئة «{ $name }».
category-edit = تعديل
# اسم الزر لقارئات الشاشة: الكلمة الظاهرة، ثم الفئة.
category-edit-named = تعديل ({ $name })
category-add = أضف فئة
category-code = الرمز <code>{ $code }</code>
category-group = المجموعة: { $group }
category-no-target = لا يوجد وقت مستهدف
category-target = { $count ->
    [zero] الهدف: الحل في اليوم نفسه
    [one] الهدف: الحل خلال يوم واحد
    [two] الهدف: الحل خلال يومين
    [few] الهدف: الحل خلال { $count } أيام
    [many] الهدف: الحل خلال { $count } يومًا
   *[other] الهدف: الحل خلال { $count } يوم
}
category-keywords = الكلمات المفتاحية: { $keywords }
category-extra-questions = أسئلة إضافية:
category-no-questions = لا توجد أسئلة إضافية.
# ‏$type نوع الإجابة (category-datatype-…)؛ و‏$required قيمته "yes" أو "no".
category-question-details = ({ $type }، { $required ->
    [yes] إلزامي
   *[no] اختياري
})
category-question-choices = : { $choices }

## CategoryForm

category-form-new-heading = فئة جديدة
category-form-edit-heading = تعديل «{ $name }»
category-form-code-fixed = (تستخدمه التطبيقات رمزًا لخدمة Open311، لذلك لا يمكن تغييره)
category-form-code-hint = رمز خدمة Open311 الذي تستخدمه التطبيقات، مثل pothole: من 1 إلى { $count } من الأحرف a إلى z والأرقام 0 إلى 9 و_ و-. لا يمكن تغييره لاحقًا.
category-form-name-hint = ما يختاره السكان عند البلاغ، مثل «حفرة». من { $min } إلى { $count } حرفًا.
category-form-description-hint = ما يدخل في هذه الفئة.
category-form-group-hint = تُعرض الفئات حسب المجموعة، مثل «الطرق».
category-form-target-hint = أيام كاملة، من 1 إلى { $count }.
category-form-target-hint-edit = أيام كاملة، من 1 إلى { $count }. اتركه فارغًا إن لم يكن هناك هدف.
category-form-keywords-hint = كلمات تساعد على إيجادها، تفصل بينها فواصل. { $count } على الأكثر.
category-form-saving = جارٍ الحفظ…
category-form-save = احفظ التغييرات
category-form-add = أضف الفئة
category-form-cancel = إلغاء

## QuestionEditor

category-questions-legend = أسئلة إضافية (اختيارية)
category-questions-hint = تُطرح عندما يبلّغ أحد عن مشكلة في هذه الفئة، وتراها التطبيقات سمات Open311. { $count } على الأكثر.
category-add-question = أضف سؤالًا
category-question-legend = السؤال { $number }
category-question-description-hint = كما سيراه المبلّغون، مثل «ما عمقها بالسنتيمتر؟»
category-question-code-hint = أحرف أو أرقام أو _ أو -، مثل depth.
category-question-order-hint = الأرقام الأصغر تُسأل أولًا.
category-question-help-hint = تظهر مع السؤال، مثل «قِس عند أعمق نقطة.»
# خيار في قائمة أنواع الإجابة: النوع بالكلمات، ثم اسمه في Open311.
category-datatype-option = { $label } ({ $datatype })
category-remove-question = احذف السؤال<hidden> (السؤال { $number })</hidden>
# الكلمات داخل <hidden>…</hidden> تقرؤها قارئات الشاشة فقط.
category-choices-legend = الخيارات<hidden> للسؤال { $number }</hidden>
category-choices-hint = المفتاح هو ما ترسله التطبيقات (مفتاح Open311)، والاسم هو ما يراه المبلّغون.
category-choice-key = مفتاح الخيار { $choice }
category-choice-name = اسم الخيار { $choice }
category-remove-choice = احذف الخيار<hidden> (الخيار { $choice } من السؤال { $question })</hidden>
category-add-choice = أضف خيارًا<hidden> إلى السؤال { $number }</hidden>
category-field-error-prefix = خطأ:

## حقول الفئة: التسميات وأنواع الإجابة والتحقق قبل الإرسال

category-label-code = الرمز
category-label-name = الاسم
category-label-description = الوصف (اختياري)
category-label-group = المجموعة (اختيارية)
category-label-keywords = الكلمات المفتاحية (اختيارية)
category-label-target-days = الأيام المستهدفة للحل (اختياري)
category-label-attributes = أسئلة إضافية
category-question-label-description = السؤال
category-question-label-datatype = نوع الإجابة
category-question-label-required = يجب على المبلّغين الإجابة عنه
category-question-label-help = مساعدة في الإجابة (اختيارية)
category-question-label-order = الترتيب
category-question-label-values = الخيارات
category-datatype-string = نص قصير
category-datatype-text = نص طويل
category-datatype-number = رقم
category-datatype-datetime = التاريخ والوقت
category-datatype-singlevaluelist = خيار واحد من قائمة
category-datatype-multivaluelist = أي خيارات من قائمة
# ملخص الأخطاء يسمّي حقول السؤال: "السؤال 2: الرمز".
category-summary-question-field = السؤال { $question }: { $label }
category-summary-choice-key = السؤال { $question }: مفتاح الخيار { $choice }
category-summary-choice-name = السؤال { $question }: اسم الخيار { $choice }
category-error-too-many-questions = { $count ->
    [zero] لا تطرح أي سؤال.
    [one] اطرح سؤالًا واحدًا على الأكثر.
    [two] اطرح سؤالين على الأكثر.
    [few] اطرح { $count } أسئلة على الأكثر.
    [many] اطرح { $count } سؤالًا على الأكثر.
   *[other] اطرح { $count } سؤال على الأكثر.
}
category-error-question-code-missing = أدخل رمزًا للسؤال.
category-error-question-code-format = استخدم من 1 إلى { $count } من الأحرف أو الأرقام أو _ أو -.
category-error-question-code-taken = هذا الرمز مستخدم في سؤال آخر.
category-error-question-missing = أدخل السؤال الذي سيراه المبلّغون.
category-error-at-most-characters = { $count ->
    [zero] لا تكتب أي حرف.
    [one] استخدم حرفًا واحدًا على الأكثر.
    [two] استخدم حرفين على الأكثر.
    [few] استخدم { $count } أحرف على الأكثر.
    [many] استخدم { $count } حرفًا على الأكثر.
   *[other] استخدم { $count } حرف على الأكثر.
}
category-error-order = أدخل الترتيب عددًا صحيحًا.
category-error-no-choices = أضف خيارًا واحدًا على الأقل.
category-error-choice-key-missing = أدخل مفتاحًا لهذا الخيار.
category-error-choice-key-taken = هذا المفتاح مستخدم في خيار آخر.
category-error-choice-name-missing = أدخل الاسم الذي سيراه المبلّغون.
category-error-code-missing = أدخل رمزًا، مثل pothole.
category-error-code-format = استخدم من 1 إلى { $count } حرفًا: a إلى z و0 إلى 9 و_ و-.
category-error-name-length = استخدم من { $min } إلى { $count } حرفًا.
category-error-keywords = استخدم { $count } كلمة مفتاحية على الأكثر، لا تزيد كل منها على { $characters } حرفًا.
category-error-target-days = أدخل عددًا صحيحًا من الأيام من 1 إلى { $count }.

## ApiKeyManager

apikey-heading = مفاتيح Open311 API
apikey-intro = ترسل تطبيقات مثل FixMyStreet البلاغات إلى { $name } عبر Open311 GeoReport v2 API، ولكل تطبيق مفتاحه الخاص. ألغِ المفتاح حالما يجب أن يتوقف التطبيق.
apikey-issue-heading = أصدر مفتاحًا
apikey-name-label = الغرض من المفتاح
apikey-name-hint = التطبيق أو الشريك الذي يستخدمه، مثل FixMyStreet. من { $min } إلى { $count } حرفًا.
apikey-error-name-length = استخدم من { $min } إلى { $count } حرفًا.
apikey-issuing = جارٍ الإصدار…
apikey-issue = أصدر المفتاح
apikey-new-heading = مفتاح API جديد لـ«{ $name }»
apikey-new-warning = <strong>انسخ هذا المفتاح الآن: لن يظهر مرة أخرى.</strong> لا يحتفظ Commonground إلا ببصمة منه. إذا ضاع، فألغِه وأصدر مفتاحًا جديدًا.
apikey-new-label = مفتاح API لـ«{ $name }»
apikey-copy = انسخ المفتاح
apikey-copied = نُسخ المفتاح إلى الحافظة.
apikey-copy-failed = تعذّر النسخ تلقائيًا: المفتاح محدَّد، اضغط Ctrl+C (‏⌘C على Mac).
apikey-hide = نسخته: أخفِ المفتاح
apikey-list-heading = المفاتيح
apikey-loading = جارٍ تحميل المفاتيح…
apikey-empty = لا توجد مفاتيح بعد.
apikey-status-active = نشط
apikey-status-revoked = ملغى
apikey-starts-with = يبدأ بـ
apikey-created = أُنشئ
apikey-last-used = آخر استخدام
apikey-never-used = لم يُستخدم
apikey-revoked-on = أُلغي
apikey-revoke = إلغاء
# أسماء الأزرار لقارئات الشاشة: الكلمات الظاهرة، ثم اسم المفتاح.
apikey-revoke-named = إلغاء ({ $name })
apikey-revoke-confirm = إلغاء «{ $name }»؟ ستُرفض التطبيقات التي تستخدمه فورًا. لا يمكن التراجع عن هذا.
apikey-revoke-yes = نعم، ألغِه
apikey-revoke-yes-named = نعم، ألغِه ({ $name })
apikey-revoking = جارٍ الإلغاء…
apikey-revoking-named = جارٍ الإلغاء… ({ $name })
apikey-keep = أبقِه
apikey-keep-named = أبقِه ({ $name })
apikey-revoked = أُلغي المفتاح «{ $name }»: الطلبات التي تستخدمه تُرفض من الآن.
