# لوحة المتابعة وقائمة الفرز لموظفي الجهة (كلمات بسيطة ودقيقة).

## logic.ts: المدد

dash-duration-minutes = { $minutes } دقيقة
dash-duration-hours = { $hours } ساعة
dash-duration-days =
    { $count ->
        [zero] { $days } يوم
        [one] { $days } يوم
        [two] { $days } يوم
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }

## DashboardPage

dash-title = لوحة المتابعة
dash-organisation = الجهة
dash-forbidden = لا يرى لوحة متابعة الجهة إلا موظفوها.
dash-loading = جارٍ تحميل الأرقام…
dash-live = مباشر: تتغير الأرقام مع كل تغيير.
dash-sign-in-for-live = سجّل الدخول لترى الأرقام مباشرة.
dash-scope =
    تشمل الأرقام { $count ->
        [zero] { $count } حي
        [one] حيًا واحدًا
        [two] حيين
        [few] { $count } أحياء
        [many] { $count } حيًا
       *[other] { $count } حي
    }؛ وأوقات الاستجابة ودمج البلاغات خلال آخر { $days ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }.
dash-now-heading = الآن
dash-tile-open = المشكلات المفتوحة
dash-tile-open-detail = جديدة: { $open }، مستلمة: { $acknowledged }، قيد التنفيذ: { $inProgress }
dash-tile-new-today = جديدة اليوم
dash-tile-this-week = { $count } هذا الأسبوع
dash-tile-past-target = تجاوزت الموعد المستهدف
dash-tile-time-to-acknowledge = الوقت حتى الاستلام
dash-tile-time-to-resolve = الوقت حتى الحل
dash-tile-median = الوسيط؛ 90% خلال { $p90 }
dash-tile-duplicate-work = العمل المكرر الذي تم توفيره
dash-tile-pooling =
    { $reports ->
        [zero] لا بلاغات دُمجت
        [one] بلاغ واحد دُمج
        [two] بلاغان دُمجا
        [few] { $reports } بلاغات دُمجت
        [many] { $reports } بلاغًا دُمجت
       *[other] { $reports } بلاغ دُمجت
    } في { $issues ->
        [zero] { $issues } مشكلة
        [one] مشكلة واحدة
        [two] مشكلتين
        [few] { $issues } مشكلات
        [many] { $issues } مشكلة
       *[other] { $issues } مشكلة
    }
dash-tile-tasks = المهام
dash-tile-tasks-detail = مفتوحة؛ مكتملة العدد: { $staffed }، منجزة: { $done }؛ ساعات العطاء هذا الأسبوع: { $hours }
dash-tile-members-online = الأعضاء المتصلون الآن
dash-trend-heading = الاتجاه
dash-trend-caption = آخر 30 يومًا: المشكلات الجديدة والحلول في كل يوم
dash-trend-desc =
    { $created ->
        [zero] لا مشكلات جديدة
        [one] مشكلة جديدة واحدة
        [two] مشكلتان جديدتان
        [few] { $created } مشكلات جديدة
        [many] { $created } مشكلة جديدة
       *[other] { $created } مشكلة جديدة
    } و{ $resolved ->
        [zero] لا حلول
        [one] حل واحد
        [two] حلان
        [few] { $resolved } حلول
        [many] { $resolved } حلًا
       *[other] { $resolved } حل
    } خلال 30 يومًا؛ وأكثر عدد في يوم واحد { $max }.
dash-trend-new = جديدة
dash-trend-resolved = محلولة
dash-category-heading = المشكلات المفتوحة حسب الفئة
dash-col-category = الفئة
dash-col-open = مفتوحة
dash-col-acknowledged = مستلمة
dash-col-in-progress = قيد التنفيذ
dash-col-past-target = تجاوزت الموعد
dash-top-heading = الأكثر تأثيرًا على الجيران
dash-affected =
    { $count ->
        [zero] لا يتأثر بها أحد من الجيران
        [one] يتأثر بها جار واحد
        [two] يتأثر بها جاران
        [few] يتأثر بها { $count } جيران
        [many] يتأثر بها { $count } جارًا
       *[other] يتأثر بها { $count } جار
    }
dash-map-heading = خريطة المشكلات المفتوحة
dash-map-truncated = تعرض الخريطة أحدث { $count } مشكلة مفتوحة.
dash-downloads-heading = نزّل المشكلات
dash-downloads-intro = كل المشكلات في الأحياء التي تخدمها، لجدول بيانات أو لخريطة.
dash-export-csv = جدول بيانات (CSV)
dash-export-csv-done = نُزّل جدول البيانات.
dash-export-geojson = بيانات الخريطة (GeoJSON)
dash-export-geojson-done = نُزّلت بيانات الخريطة.

## DashboardMap

dash-map-issue = مشكلة
dash-map-marker =
    { $category }: { $status }، { $count ->
        [zero] لا يتأثر بها أحد من الجيران
        [one] يتأثر بها جار واحد
        [two] يتأثر بها جاران
        [few] يتأثر بها { $count } جيران
        [many] يتأثر بها { $count } جارًا
       *[other] يتأثر بها { $count } جار
    }
dash-map-label =
    { $count ->
        [zero] خريطة بلا مشكلات مفتوحة
        [one] خريطة لمشكلة مفتوحة واحدة
        [two] خريطة لمشكلتين مفتوحتين
        [few] خريطة لـ { $count } مشكلات مفتوحة
        [many] خريطة لـ { $count } مشكلة مفتوحة
       *[other] خريطة لـ { $count } مشكلة مفتوحة
    }

## TriagePage: قائمة فرز المشكلات لدى الجهة

triage-title = قائمة الفرز
triage-forbidden = لا يفرز مشكلات الجهة إلا موظفوها.
triage-bulk-done =
    { $count ->
        [zero] لم تُنجز أي مشكلة.
        [one] أُنجزت مشكلة واحدة.
        [two] أُنجزت مشكلتان.
        [few] أُنجزت { $count } مشكلات.
        [many] أُنجزت { $count } مشكلة.
       *[other] أُنجزت { $count } مشكلة.
    }
triage-bulk-done-refused =
    { $count ->
        [zero] لم تُنجز أي مشكلة
        [one] أُنجزت مشكلة واحدة
        [two] أُنجزت مشكلتان
        [few] أُنجزت { $count } مشكلات
        [many] أُنجزت { $count } مشكلة
       *[other] أُنجزت { $count } مشكلة
    }؛ ورُفض { $refused }: { $reasons }.
triage-note-first = اكتب الملاحظة العامة أولًا: ستصل إلى كل مشكلة.
triage-merge-how = حدّد المشكلات المكررة، وضع التركيز على المشكلة التي ستبقى، واكتب ملاحظة عامة.
triage-filters = عوامل التصفية
triage-filter-status = الحالة
triage-filter-status-default = مفتوحة ومستلمة وقيد التنفيذ
triage-filter-neighbourhood = الحي
triage-filter-all-served = كل الأحياء المخدومة
triage-filter-category = الفئة
triage-filter-all = الكل
triage-filter-assigned = المسؤول
triage-filter-anyone = أي شخص
triage-filter-to-me = أنا
triage-filter-to-nobody = لا أحد
triage-filter-order = الترتيب
triage-order-impact = التأثير على الجيران
triage-order-newest = الأحدث
triage-order-oldest = الأقدم
triage-bulk-actions = إجراءات جماعية
triage-public-note = ملاحظة عامة
triage-new-status = الحالة الجديدة
triage-acknowledge = استلم (a)
triage-set-status = غيّر الحالة (s)
triage-assign-to-me = أسندها إليّ (g)
triage-merge = ادمج في المشكلة المحددة (m)
triage-keys-help = المفاتيح: j / k للتنقل، x للتحديد، * لتحديد الكل، a للاستلام، s لتغيير الحالة، g للإسناد إليك، m لدمج المحدد في المشكلة التي عليها التركيز.
triage-queue-label = مشكلات للفرز
triage-empty = لا شيء للفرز هنا.
triage-loading = جارٍ التحميل…
triage-col-selected = محددة
triage-col-issue = المشكلة
triage-col-neighbourhood = الحي
triage-col-status = الحالة
triage-col-affected = المتأثرون
triage-col-assigned = المسؤول
triage-select = حدّد { $name }
triage-place-not-found = لم نجد المكان
